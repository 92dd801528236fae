/**
 * Where generated sheets land does not depend on the order the jobs were run in: after the user's
 * sheets, ours in one order (Summary first), through the office.js host as through the file host.
 */
import { buildWorkbook, structureWorkbook, trajectoriesWorkbook } from '../../src/core/app/commands';
import { GENERATED_KEYS } from '../../src/core/sheets/spec';
import { ExcelHost } from '../../src/excel';
import { FakeExcel, capabilitiesOf, excelRunOf } from '../../src/excel/fake';
import { XlsxFileHost } from '../../src/file/xlsx-host';
import { seed001AsbGrid } from '../fixtures/seed001';
import { seed001Grid as seed001TargetsGrid } from '../core/targets/seed001-fixture';
import { gridsToXlsx } from '../fixtures/workbook';

const today = new Date(Date.UTC(2005, 10, 30));
const USER = ['Action plan', 'ASB Action Plan'];
const hostOn = (fake: FakeExcel) => new ExcelHost({ run: excelRunOf(fake), capabilities: capabilitiesOf(fake) });

async function fileSheetsAfter(jobs: ('structure' | 'trajectories' | 'build')[]): Promise<string[]> {
  let buffer = await gridsToXlsx([seed001TargetsGrid(), seed001AsbGrid()]);
  for (const job of jobs) {
    const host = await XlsxFileHost.fromBuffer(buffer);
    await { structure: structureWorkbook, trajectories: trajectoriesWorkbook, build: buildWorkbook }[job](host, { today });
    buffer = await host.toBuffer();
  }
  const host = await XlsxFileHost.fromBuffer(buffer);
  return (await host.readGrids()).map((g) => g.sheet);
}

async function excelSheetsAfter(jobs: ('structure' | 'trajectories' | 'build')[]): Promise<string[]> {
  const fake = FakeExcel.fromGrids([seed001TargetsGrid(), seed001AsbGrid()]);
  for (const job of jobs) await { structure: structureWorkbook, trajectories: trajectoriesWorkbook, build: buildWorkbook }[job](hostOn(fake), { today });
  return fake.sheetNames();
}

/** The user's sheets first, then ours in GENERATED_KEYS order. */
function inOrder(names: string[]): boolean {
  const ours = names.slice(USER.length);
  const ranks = ours.map((n) => GENERATED_KEYS.findIndex((k) => n.replace(/ /g, '').toLowerCase() === k.toLowerCase()));
  return names.slice(0, USER.length).join('|') === USER.join('|') && ranks.every((r, i) => r >= 0 && (i === 0 || r > ranks[i - 1]));
}

describe.each([
  ['office.js host', excelSheetsAfter],
  ['file host', fileSheetsAfter],
])('%s', (_name, sheetsAfter) => {
  test.each([[['build']], [['structure', 'build']], [['trajectories', 'structure', 'build']]] as ('structure' | 'trajectories' | 'build')[][][])(
    'after %j the Summary comes first among our sheets, the rest in order',
    async (jobs) => {
      const names = await sheetsAfter(jobs);
      expect(names[USER.length]).toBe('Summary');
      expect(inOrder(names)).toBe(true);
    },
  );

  test('every order of the jobs gives the same sheets in the same order', async () => {
    expect(await sheetsAfter(['structure', 'trajectories', 'build'])).toEqual(await sheetsAfter(['build']));
  });
});
