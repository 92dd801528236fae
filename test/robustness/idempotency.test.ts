/**
 * Every command leaves the user's own sheets identical cell for cell, and running it twice gives
 * the same workbook as running it once (property over random plans, on the in-memory Excel and on
 * .xlsx files). Fixed seed, bounded budget.
 */
import fc from 'fast-check';
import { analyse } from '../../src/core/app/analyse';
import { buildSpecs } from '../../src/core/app/build';
import { structureSpecs } from '../../src/core/app/specs';
import { CommandOptions, CommandResult, buildWorkbook, structureWorkbook, trajectoriesWorkbook, validateWorkbook } from '../../src/core/app/commands';
import { Grid } from '../../src/core/grid';
import { WorkbookHost } from '../../src/core/host/workbook-host';
import { FakeExcel } from '../../src/excel/fake';
import { XlsxFileHost } from '../../src/file/xlsx-host';
import { gridsToXlsx } from '../fixtures/workbook';
import { planWith } from './arbitraries';

// Plans with and without an Id column in their targets table and their own table of actuals (the
// two bugs pinned down in 'known bugs' below, now fixed).
const randomPlan = fc.oneof(
  planWith({ targetIds: false, progress: false }),
  planWith({ targetIds: true, progress: false }),
  planWith({ targetIds: false, progress: true }),
  planWith({ targetIds: true, progress: true }),
);
import { SEED, TODAY, cellsOf, excelHostOf } from './support';

type UseCase = (host: WorkbookHost, o: CommandOptions) => Promise<CommandResult>;
const COMMANDS: [string, UseCase][] = [
  ['structure', structureWorkbook],
  ['validate', validateWorkbook],
  ['trajectories', trajectoriesWorkbook],
  ['build', buildWorkbook],
];

/** The user's sheets of a dump: everything but what SaferPlan marked as its own. */
function userSheets(fake: FakeExcel) {
  const ours = new Set(
    fake
      .dump()
      .names.filter((n) => n.name.startsWith('SaferPlan_'))
      .map((n) => n.formula.replace(/^=/, '').split('!')[0].replace(/^'|'$/g, '').replace(/''/g, "'")),
  );
  return fake
    .dump()
    .sheets.filter((s) => !ours.has(s.name))
    .map(({ position: _p, ...s }) => s);
}

describe('commands on the in-memory Excel', () => {
  test.each(COMMANDS)('%s leaves user sheets identical and is idempotent', async (_name, command) => {
    await fc.assert(
      fc.asyncProperty(randomPlan, fc.constantFrom(...COMMANDS.map(([, c]) => c)), async (grids, before) => {
        const fake = FakeExcel.fromGrids(grids);
        const host = excelHostOf(fake);
        // Sometimes the workbook was built before by another command.
        if (before !== command) await before(host, { today: TODAY });
        const mine = userSheets(fake);
        await command(host, { today: TODAY });
        const once = fake.dump();
        expect(userSheets(fake)).toEqual(mine);
        await command(host, { today: TODAY });
        expect(fake.dump()).toEqual(once);
      }),
      { seed: SEED, numRuns: 15 },
    );
  });
});

describe('commands on .xlsx files', () => {
  test('structure and build through the file host keep user sheets cell for cell and are idempotent', async () => {
    await fc.assert(
      fc.asyncProperty(randomPlan, fc.boolean(), async (grids, full) => {
        const host1 = await XlsxFileHost.fromBuffer(await gridsToXlsx(grids), 'plan.xlsx');
        const read1 = await host1.readGrids();
        const a1 = analyse(read1, await host1.generatedSheets(), { today: TODAY });
        const specs1 = full ? buildSpecs(a1, { today: TODAY }).specs : structureSpecs(a1);
        await host1.writeSheets(specs1);
        const host2 = await XlsxFileHost.fromBuffer(await host1.toBuffer(), 'once.xlsx');
        const read2 = await host2.readGrids();
        for (const g of read1) expect(cellsOf(read2.find((x) => x.sheet === g.sheet)!)).toEqual(cellsOf(g));
        const a2 = analyse(read2, await host2.generatedSheets(), { today: TODAY });
        const specs2 = full ? buildSpecs(a2, { today: TODAY }).specs : structureSpecs(a2);
        expect(specs2).toEqual(specs1);
        await host2.writeSheets(specs2);
        const read3 = await (await XlsxFileHost.fromBuffer(await host2.toBuffer(), 'twice.xlsx')).readGrids();
        expect(read3.map((g) => [g.sheet, cellsOf(g)])).toEqual(read2.map((g) => [g.sheet, cellsOf(g)]));
      }),
      { seed: SEED, numRuns: 10 },
    );
  }, 90_000);
});

/**
 * Found by the properties above (minimal counterexamples), kept as plain cases now that they are
 * fixed (src/core/targets: recogniseTargets matches equal ids; progressSheetSpec merges a
 * partnership's own rows with our copies of them).
 */
describe('once-known bugs (src/core/targets): rebuilding is idempotent', () => {
  const plan: Grid = {
    sheet: 'Action Plan',
    rows: [
      ['No', 'Action', 'Lead', 'Target', 'Timescale', 'Status'],
      ['1.1', 'To establish a reporting hotline', 'Sue Haslett', 'Done', 'March 2022', 'Complete'],
    ],
    merges: [],
  };
  async function twice(grids: Grid[]) {
    const fake = FakeExcel.fromGrids(grids);
    const host = excelHostOf(fake);
    await structureWorkbook(host, { today: TODAY });
    const once = fake.dump();
    await structureWorkbook(host, { today: TODAY });
    return { once, twice: fake.dump() };
  }
  test('a Targets table with its own Id column: the second run reads K1 once and adds no target', async () => {
    const targets: Grid = {
      sheet: 'Targets 2019-23',
      rows: [
        ['Id', 'Priority', 'Indicator', 'Unit', 'Direction', 'Baseline period', 'Baseline', 'Target period', 'Target'],
        ['K1', 'ASB', 'Indicator 1', 'count', 'reduce', '2019/20', 10, '2022/23', 8],
      ],
      merges: [],
    };
    const { once, twice: again } = await twice([plan, targets]);
    expect(again).toEqual(once);
  });
  test("the partnership's own table of actuals: its rows are in the Progress sheet once, however often it runs", async () => {
    const targets: Grid = {
      sheet: 'Targets 2019-23',
      rows: [
        ['Priority', 'Indicator', 'Unit', 'Direction', 'Baseline period', 'Baseline', 'Target period', 'Target'],
        ['ASB', 'Indicator 1', 'count', 'reduce', '2019/20', 10, '2022/23', 8],
      ],
      merges: [],
    };
    const actuals: Grid = {
      sheet: 'Monthly figures',
      rows: [
        ['Indicator', 'Period', 'Actual'],
        ['Indicator 1', '2020/21', 9],
      ],
      merges: [],
    };
    const { once, twice: again } = await twice([plan, targets, actuals]);
    expect(again).toEqual(once);
  });
});
