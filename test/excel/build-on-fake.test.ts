/**
 * The whole build through the office.js host, on the in-memory Excel: the same sheets and the same
 * charts as the file host writes, regenerated in place, with round trips that do not grow with rows.
 */
import { buildWorkbook, structureWorkbook } from '../../src/core/app/commands';
import { buildSpecs } from '../../src/core/app/build';
import { analyse } from '../../src/core/app/analyse';
import { CellValue, Grid } from '../../src/core/grid';
import { ExcelHost } from '../../src/excel';
import { FakeExcel, capabilitiesOf, excelRunOf } from '../../src/excel/fake';
import { seed000Grid } from '../fixtures/seed000';
import { seed001AsbGrid } from '../fixtures/seed001';
import { buildGrid } from '../fixtures/grid-builder';

const TODAY = new Date(Date.UTC(2005, 10, 30));

function hostOn(fake: FakeExcel): ExcelHost {
  return new ExcelHost({ run: excelRunOf(fake), capabilities: capabilitiesOf(fake) });
}

function bigPlan(rows: number): Grid {
  const out: CellValue[][] = [['No', 'Action', 'Lead', 'Target', 'Timescale', 'Status']];
  for (let i = 1; i <= rows; i++) {
    out.push([
      `${Math.ceil(i / 50)}.${((i - 1) % 50) + 1}`,
      `Action number ${i} to reduce harm`,
      i % 3 ? 'Community Safety Team' : 'Sue Haslett Partnership Support Team',
      'Done',
      i % 2 ? 'March 2006' : 'Q3 2005/06',
      i % 4 ? 'On track' : 'Complete',
    ]);
  }
  return buildGrid('Plan', out);
}

describe('build through the office.js host', () => {
  test('writes the same sheets and charts as the specs say, and a second build replaces them in place', async () => {
    const fake = FakeExcel.fromGrids([seed001AsbGrid(), seed000Grid()]);
    const userBefore = JSON.stringify(fake.dump().sheets.filter((s) => s.name === 'ASB Action Plan' || s.name === 'Partnership Plan 2009-10'));
    const host = hostOn(fake);
    const first = await buildWorkbook(host, { today: TODAY });
    const expected = buildSpecs(
      analyse(
        fake.toGrids().filter((g) => !first.written.includes(g.sheet)),
        {},
        { today: TODAY },
      ),
      { today: TODAY },
    );
    expect(first.written).toEqual(expected.specs.map((s) => s.name));
    const dumpOnce = fake.dump();
    const chartsOnce = dumpOnce.sheets.reduce((n, s) => n + s.charts.length, 0);
    expect(chartsOnce).toBe(expected.specs.reduce((n, s) => n + (s.charts?.length ?? 0), 0));
    expect(chartsOnce).toBeGreaterThanOrEqual(2);

    await buildWorkbook(host, { today: TODAY });
    const dumpTwice = fake.dump();
    expect(dumpTwice.sheets.map((s) => s.name)).toEqual(dumpOnce.sheets.map((s) => s.name));
    expect(dumpTwice.sheets.reduce((n, s) => n + s.charts.length, 0)).toBe(chartsOnce);
    expect(dumpTwice.sheets.map((s) => s.values)).toEqual(dumpOnce.sheets.map((s) => s.values));
    expect(JSON.stringify(dumpTwice.sheets.filter((s) => s.name === 'ASB Action Plan' || s.name === 'Partnership Plan 2009-10'))).toBe(userBefore);
  });

  test('round trips do not grow with rows, and every request stays under 5 MB', async () => {
    const syncs: number[] = [];
    for (const rows of [100, 3000]) {
      const fake = FakeExcel.fromGrids([bigPlan(rows)]);
      await structureWorkbook(hostOn(fake), { today: TODAY });
      syncs.push(fake.syncCount);
      expect(fake.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    }
    expect(syncs[1]).toBe(syncs[0]);
  });
});
