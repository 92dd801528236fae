/**
 * The in-memory Excel computes the live cells SaferPlan writes. Built through the office.js host,
 * every formula computes to the figure cached with it. After an officer's edits (a status, an
 * actual) the computed figures are those a rebuild then caches.
 */
import { buildWorkbook } from '../../../src/core/app/commands';
import { columnLetters } from '../../../src/core/grid';
import { ExcelHost } from '../../../src/excel';
import { FakeExcel, capabilitiesOf, excelRunOf } from '../../../src/excel/fake';
import { FormulaEvaluator } from '../../../src/excel/fake/formula/evaluate';
import { cellKey, keyCol, keyRow } from '../../../src/excel/fake/model';
import { XlsxFileHost } from '../../../src/file/xlsx-host';
import { sampleWorkbook } from '../../fixtures/make-sample';

const TODAY = new Date(Date.UTC(2005, 10, 30));
const serial = (d: Date) => 25569 + d.getTime() / 86_400_000;

/** Every formula cell of a sheet (links aside): what it computes now, and what it holds. */
function live(fake: FakeExcel, name: string, upToRow = Infinity): Map<string, { computed: unknown; stored: unknown }> {
  const ev = new FormulaEvaluator({ model: fake.model, today: serial(TODAY) });
  const sheet = fake.model.sheets.find((s) => !s.deleted && s.name === name)!;
  const out = new Map<string, { computed: unknown; stored: unknown }>();
  for (const [k, c] of sheet.cells) {
    if (!c.f || /^=HYPERLINK\(/i.test(c.f) || keyRow(k) > upToRow) continue;
    const computed = ev.cell(sheet, keyRow(k), keyCol(k));
    out.set(`${columnLetters(keyCol(k))}${keyRow(k)}`, { computed: computed === null ? '' : computed, stored: c.v });
  }
  return out;
}

function close(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return a === b;
}

/** Rows of the Summary above its dated lists: the live tables, whose layout edits do not move. */
function listRow(fake: FakeExcel): number {
  const sheet = fake.model.sheets.find((s) => !s.deleted && s.name === 'Summary')!;
  for (const [k, c] of sheet.cells) if (keyCol(k) === 1 && typeof c.v === 'string' && c.v.startsWith('Overdue actions')) return keyRow(k) - 1;
  return Infinity;
}

test('every live cell of the built sample computes to its cached figure, and follows edits as a rebuild does', async () => {
  const grids = await (await XlsxFileHost.fromBuffer(await sampleWorkbook())).readGrids();
  const fake = FakeExcel.fromGrids(grids);
  const host = new ExcelHost({ run: excelRunOf(fake), capabilities: capabilitiesOf(fake) });
  await buildWorkbook(host, { today: TODAY, liveToday: false });
  for (const name of ['Summary', 'Trajectories']) {
    const cells = live(fake, name);
    expect(cells.size).toBeGreaterThan(30);
    const bad = [...cells].filter(([, v]) => !close(v.computed, v.stored)).map(([ref, v]) => `${name}!${ref} ${JSON.stringify(v)}`);
    expect(bad).toEqual([]);
  }

  // An officer marks an overdue action Complete and types an actual into Progress.
  const sheetOf = (name: string) => fake.model.sheets.find((s) => !s.deleted && s.name === name)!;
  const rowWhere = (name: string, test: (r: readonly unknown[]) => boolean) =>
    fake
      .toGrids()
      .find((g) => g.sheet === name)!
      .rows.findIndex(test) + 1;
  sheetOf('Actions').cells.set(
    cellKey(
      rowWhere('Actions', (r) => r[0] === '2.2'),
      12,
    ),
    { v: 'Complete' },
  ); // Status
  sheetOf('Progress').cells.set(
    cellKey(
      rowWhere('Progress', (r) => typeof r[0] === 'string' && /^T/.test(r[0]) && r[2] === '2005/06'),
      4,
    ),
    { v: 57 },
  ); // Actual
  const limit = listRow(fake);
  const computed = { Summary: live(fake, 'Summary', limit), Trajectories: live(fake, 'Trajectories') };

  await buildWorkbook(host, { today: TODAY, liveToday: false });
  let moved = 0;
  for (const name of ['Summary', 'Trajectories'] as const) {
    const rebuilt = live(fake, name, name === 'Summary' ? limit : Infinity);
    expect([...rebuilt.keys()].sort()).toEqual([...computed[name].keys()].sort());
    const bad = [...rebuilt]
      .filter(([ref, v]) => !close(computed[name].get(ref)!.computed, v.stored))
      .map(([ref, v]) => `${name}!${ref} live ${JSON.stringify(computed[name].get(ref))} rebuilt ${JSON.stringify(v.stored)}`);
    expect(bad).toEqual([]);
    moved += [...rebuilt].filter(([ref, v]) => !close(computed[name].get(ref)!.stored, v.stored)).length;
  }
  expect(moved).toBeGreaterThan(3); // the edits did move figures
});
