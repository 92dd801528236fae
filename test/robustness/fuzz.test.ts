/**
 * The whole pipeline on random hostile workbooks: error values, 32,767-character strings, numbers
 * and dates as text and serials, merged blanks, unicode, 1-row and 16,384-column sheets. Nothing
 * throws, and every finding points at a real sheet and cell. Fixed seed, bounded budget.
 */
import fc from 'fast-check';
import { analyse } from '../../src/core/app/analyse';
import { buildSpecs } from '../../src/core/app/build';
import { structureSpecs } from '../../src/core/app/specs';
import { buildWorkbook, exportUniform, validateWorkbook } from '../../src/core/app/commands';
import { shareRecords } from '../../src/core/app/share';
import { toCsv } from '../../src/core/share';
import { FakeExcel } from '../../src/excel/fake';
import { XlsxFileHost } from '../../src/file/xlsx-host';
import { gridsToXlsx } from '../fixtures/workbook';
import { hostileWorkbook, randomPlan } from './arbitraries';
import { SEED, TODAY, excelHostOf, expectLocated } from './support';

const anyWorkbook = fc.oneof(
  hostileWorkbook,
  randomPlan,
  fc.tuple(randomPlan, hostileWorkbook).map(([a, b]) => [...a, ...b.map((g) => ({ ...g, sheet: `${g.sheet} (x)` }))]),
);

describe('the engine on random hostile grids', () => {
  test('analyse, every sheet spec and the uniform format never throw; every finding is located', () => {
    fc.assert(
      fc.property(anyWorkbook, (grids) => {
        const a = analyse(grids, {}, { today: TODAY });
        expectLocated(a.findings, grids);
        const out = buildSpecs(a, { today: TODAY });
        expectLocated(out.findings, grids);
        for (const s of [...out.specs, ...structureSpecs(a)]) {
          expect(s.name.length).toBeGreaterThan(0);
          for (const row of s.rows) for (const v of row) expect(v === undefined || typeof v !== 'number' || Number.isFinite(v)).toBe(true);
        }
        const { records } = shareRecords(a.plan, a.indicators, { exportedOn: '2021-06-30', depersonalise: true });
        expect(typeof toCsv(records)).toBe('string');
      }),
      { seed: SEED, numRuns: 80 },
    );
  });
});

describe('both hosts on random hostile workbooks', () => {
  test('the office.js host: validate, build and export finish and locate every finding', async () => {
    await fc.assert(
      fc.asyncProperty(anyWorkbook, async (grids) => {
        const fake = FakeExcel.fromGrids(grids);
        const host = excelHostOf(fake);
        const v = await validateWorkbook(host, { today: TODAY });
        expectLocated(v.findings, grids);
        const b = await buildWorkbook(host, { today: TODAY });
        expect(b.written.length).toBeGreaterThan(0);
        await exportUniform(host, { today: TODAY, depersonalise: true });
      }),
      { seed: SEED, numRuns: 25 },
    );
  });

  test('the file host: an .xlsx of random cells reads, builds, saves and reads back', async () => {
    await fc.assert(
      fc.asyncProperty(anyWorkbook, async (grids) => {
        const host = await XlsxFileHost.fromBuffer(await gridsToXlsx(grids), 'random.xlsx');
        const read = await host.readGrids();
        const a = analyse(read, await host.generatedSheets(), { today: TODAY });
        expectLocated(a.findings, read);
        await host.writeSheets(buildSpecs(a, { today: TODAY }).specs);
        const again = await XlsxFileHost.fromBuffer(await host.toBuffer(), 'built.xlsx');
        expect((await again.readGrids()).length).toBeGreaterThan(read.length);
      }),
      { seed: SEED, numRuns: 8 },
    );
  }, 60_000);
});
