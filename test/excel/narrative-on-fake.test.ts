/**
 * A narrative plan (seed 004 pasted from Word) built through the office.js host on the in-memory
 * Excel: one Actions row per activity, Issues asking for each one's lead and timescale at its
 * Actions cells, and a rebuild that keeps what a task group typed into Actions.
 */
import { buildWorkbook } from '../../src/core/app/commands';
import { ACTION_COLUMNS } from '../../src/core/sheets/actions-sheet';
import { ExcelHost } from '../../src/excel';
import { FakeExcel, capabilitiesOf, excelRunOf } from '../../src/excel/fake';
import { seed004Grid } from '../fixtures/seed004';

const TODAY = new Date(Date.UTC(2012, 5, 1));
const col = (name: (typeof ACTION_COLUMNS)[number]) => ACTION_COLUMNS.indexOf(name) + 1;

function hostOn(fake: FakeExcel): ExcelHost {
  return new ExcelHost({ run: excelRunOf(fake), capabilities: capabilitiesOf(fake) });
}

test('seed 004 builds into a working action plan, and a rebuild keeps the lead, timescale and status a task group typed', async () => {
  const fake = FakeExcel.fromGrids([seed004Grid()]);
  const userBefore = JSON.stringify(fake.dump().sheets[0]);
  const host = hostOn(fake);
  const first = await buildWorkbook(host, { today: TODAY });
  expect(first.written).toEqual(expect.arrayContaining(['Summary', 'Actions', 'Issues']));
  const actions = fake.dump().sheets.find((s) => s.name === 'Actions')!.values;
  const rows = actions.slice(1).filter((r) => r[col('Action') - 1] !== '');
  expect(rows.filter((r) => r[col('Priority') - 1] === 'Anti social behaviour')).toHaveLength(11);
  expect(rows.filter((r) => r[col('Priority') - 1] === 'Violent crime')).toHaveLength(10);
  const cctv = actions.findIndex((r, i) => i > 0 && r[col('Priority') - 1] === 'Violent crime' && String(r[col('Action') - 1]).startsWith('The Partnership will fully utilise CCTV')) + 1;
  expect(cctv).toBeGreaterThan(1);
  const issues = (n: ReturnType<FakeExcel['dump']>) =>
    n.sheets
      .find((s) => s.name === 'Issues')!
      .values.map((r) => r.join(' | '))
      .join('\n');
  expect(issues(fake.dump())).toContain(`G${cctv}`);
  expect(issues(fake.dump())).toContain(`K${cctv}`);

  // The task group fills in the activity's lead, timescale and status in the Actions sheet.
  const sheet = fake.sheet('Actions');
  fake.putCell(sheet, cctv, col('Lead agency'), 'Carlisle City Council CCTV team');
  fake.putCell(sheet, cctv, col('Timescale'), 'March 2013');
  fake.putCell(sheet, cctv, col('Status'), 'On track');
  await buildWorkbook(host, { today: TODAY });

  const after = fake.dump();
  const row = after.sheets.find((s) => s.name === 'Actions')!.values[cctv - 1];
  expect(row[col('Lead agency') - 1]).toBe('Carlisle City Council CCTV team');
  expect(row[col('Timescale') - 1]).toBe('March 2013');
  expect(row[col('Status') - 1]).toBe('On track');
  expect(row[col('Due') - 1]).not.toBe('');
  expect(issues(after)).not.toContain(`G${cctv} `);
  expect(issues(after)).not.toMatch(new RegExp(`\\bK${cctv}\\b`));
  // The same activity in the other priority still asks for its lead.
  const asbCctv =
    after.sheets
      .find((s) => s.name === 'Actions')!
      .values.findIndex((r, i) => i > 0 && r[col('Priority') - 1] === 'Anti social behaviour' && String(r[col('Action') - 1]).startsWith('The Partnership will fully utilise CCTV')) + 1;
  expect(issues(after)).toMatch(new RegExp(`\\bG${asbCctv}\\b`));
  expect(JSON.stringify(after.sheets.find((s) => s.name === 'Partnership Plan'))).toBe(userBefore);
});
