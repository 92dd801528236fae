/**
 * Rebuilding reads our own Targets and Progress sheets back beside the partnership's tables. Each
 * target and each indicator x period must come out once, whatever mix of their sheets and ours.
 */
import fc from 'fast-check';
import { CellValue, Grid, makeGrid } from '../../../src/core/grid';
import { checkProgress, progressSheetSpec, readProgress, recogniseTargets, targetsSheetSpec } from '../../../src/core/targets';
import { trajectoryRows } from '../../../src/core/trajectory';
import { specToGrid, typeInto } from './spec-grid';

const TARGET_HEADER = ['Id', 'Priority', 'Indicator', 'Unit', 'Direction', 'Baseline period', 'Baseline', 'Target period', 'Target'];

function userTargets(rows: CellValue[][]): Grid {
  return makeGrid('Targets 2019-23', [TARGET_HEADER, ...rows]);
}

describe('a Targets table with its own Id column', () => {
  const table = userTargets([
    ['K1', 'ASB', 'Burglary', 'count', 'reduce', '2019/20', 100, '2022/23', 80],
    ['K2', 'ASB', 'Shoplifting', 'count', 'reduce', '2019/20', 50, '2022/23', 40],
  ]);

  test('is read once beside our Targets sheet, keeping the settings chosen there', () => {
    const first = recogniseTargets([table]);
    expect(first.targets.map((t) => t.id)).toEqual(['K1', 'K2']);
    const ours = typeInto(specToGrid(targetsSheetSpec(first.targets)), 2, 13, 0.1); // Tolerance of K1
    const again = recogniseTargets([table, ours]);
    expect(again.targets).toEqual(first.targets);
    expect(again.findings).toEqual([]);
    expect(again.settings.K1).toEqual({ method: 'linear', rounding: 'none', tolerance: 0.1 });
    // And once more from what that run would write.
    const third = recogniseTargets([table, specToGrid(targetsSheetSpec(again.targets, { settings: again.settings }))]);
    expect(third.targets).toEqual(first.targets);
    expect(third.settings.K1.tolerance).toBe(0.1);
  });

  test('an id changed in their table wins over ours; the row is still the same target', () => {
    const first = recogniseTargets([table]);
    const ours = typeInto(specToGrid(targetsSheetSpec(first.targets)), 2, 13, 0.1);
    const renamed = typeInto(table, 2, 1, 'K9');
    const again = recogniseTargets([renamed, ours]);
    expect(again.targets.map((t) => t.id)).toEqual(['K9', 'K2']);
    expect(again.settings.K9.tolerance).toBe(0.1);
    expect(again.findings).toEqual([]);
  });

  test('rows moved in their table (a row inserted above) are matched by id', () => {
    const first = recogniseTargets([table]);
    const ours = typeInto(specToGrid(targetsSheetSpec(first.targets)), 3, 13, 0.2); // Tolerance of K2
    const moved = userTargets([['K3', 'ASB', 'Robbery', 'count', 'reduce', '2019/20', 30, '2022/23', 20], ...table.rows.slice(1).map((r) => [...r])]);
    const again = recogniseTargets([moved, ours]);
    expect(again.targets.map((t) => [t.id, t.indicator, t.source.cell])).toEqual([
      ['K3', 'Robbery', 'C2'],
      ['K1', 'Burglary', 'C3'],
      ['K2', 'Shoplifting', 'C4'],
    ]);
    expect(again.settings.K2.tolerance).toBe(0.2);
    expect(again.findings.filter((f) => f.code === 'target-id-duplicate')).toEqual([]);
  });
});

describe("the partnership's own table of actuals", () => {
  const table = userTargets([['', 'ASB', 'Burglary', 'count', 'reduce', '2019/20', 100, '2022/23', 80]]);
  const targets = recogniseTargets([table]).targets;
  const actuals = makeGrid('Monthly figures', [
    ['Indicator', 'Period', 'Actual', 'Checked by'],
    ['Burglary', '2020/21', 90, 'JB'],
    ['Burglary', '2021/22', null, null],
    ['Repeat victims', '2020/21', 12, null],
  ]);
  const rowOf = (g: Grid, id: string, period: string) => g.rows.findIndex((r) => r[0] === id && r[2] === period) + 1;
  const slots = (rows: readonly (readonly unknown[])[]) => rows.slice(1).map((r) => `${r[0]}|${r[2]}`);

  test('its rows are in the Progress sheet once, however often it is rebuilt', () => {
    const first = progressSheetSpec(targets, readProgress([table, actuals]));
    let grid = specToGrid(first);
    const second = progressSheetSpec(targets, readProgress([table, actuals, grid]));
    expect(second.rows).toEqual(first.rows);
    grid = specToGrid(second);
    const third = progressSheetSpec(targets, readProgress([table, actuals, grid]));
    expect(third.rows).toEqual(first.rows);
    expect(new Set(slots(third.rows)).size).toBe(third.rows.length - 1);
    expect(third.rows.find((r) => r[0] === 'T1' && r[2] === '2020/21')).toEqual(['T1', 'Burglary', '2020/21', 90, null, null, 'JB']);
    expect(third.rows[third.rows.length - 1]).toEqual(['Repeat victims', null, '2020/21', 12, null, null, null]);
    // Our copies are not "entered twice".
    expect(checkProgress(readProgress([table, actuals, grid]), targets).map((f) => f.code)).toEqual(['progress-unknown-indicator']);
  });

  test('their figure wins; what was typed in our sheet stays wherever theirs is blank', () => {
    let grid = specToGrid(progressSheetSpec(targets, readProgress([table, actuals])));
    grid = typeInto(grid, rowOf(grid, 'T1', '2020/21'), 4, 95); // over their 90
    grid = typeInto(grid, rowOf(grid, 'T1', '2020/21'), 6, 'checked against police data'); // a note they do not have
    grid = typeInto(grid, rowOf(grid, 'T1', '2021/22'), 4, 85); // their cell is blank
    const read = readProgress([table, actuals, grid]);
    const findings = checkProgress(read, targets);
    expect(findings.filter((f) => f.code !== 'progress-unknown-indicator')).toEqual([
      expect.objectContaining({ severity: 'info', code: 'progress-own-table-wins', sheet: 'Progress', cell: `A${rowOf(grid, 'T1', '2020/21')}` }),
    ]);
    expect(findings.find((f) => f.code === 'progress-own-table-wins')!.message).toMatch(/95.*90 at Monthly figures!A2/);

    const again = progressSheetSpec(targets, read);
    expect(again.rows.filter((r) => r[0] === 'T1' && r[2] === '2020/21')).toEqual([['T1', 'Burglary', '2020/21', 90, null, 'checked against police data', 'JB']]);
    expect(again.rows.filter((r) => r[0] === 'T1' && r[2] === '2021/22')).toEqual([['T1', 'Burglary', '2021/22', 85, null, null, null]]);
    const rows = trajectoryRows(targets, read);
    expect(rows.find((r) => r.period === '2020/21')!.actual).toBe(90);
    expect(rows.find((r) => r.period === '2021/22')!.actual).toBe(85);
    // Stable from then on, with nothing more to report.
    const next = readProgress([table, actuals, specToGrid(again)]);
    expect(progressSheetSpec(targets, next).rows).toEqual(again.rows);
    expect(checkProgress(next, targets).map((f) => f.code)).toEqual(['progress-unknown-indicator']);
  });

  test('rows a person repeated in our sheet are kept (and reported) unless they are exact copies', () => {
    let grid = specToGrid(progressSheetSpec(targets, []));
    const copy = (g: Grid, r: number, values: CellValue[]) => values.reduce<Grid>((acc, v, i) => typeInto(acc, r, i + 1, v), g);
    // Left by an earlier run that copied a row again and again: exact copies.
    grid = copy(grid, grid.rows.length + 1, ['T1', 'Burglary', '2020/21', null, null, null]);
    grid = typeInto(grid, rowOf(grid, 'T1', '2021/22'), 4, 70);
    grid = copy(grid, grid.rows.length + 1, ['T1', 'Burglary', '2021/22', 71, null, null]);
    const read = readProgress([table, grid]);
    const spec = progressSheetSpec(targets, read);
    expect(spec.rows.filter((r) => r[0] === 'T1' && r[2] === '2020/21')).toHaveLength(1);
    expect(spec.rows.filter((r) => r[0] === 'T1' && r[2] === '2021/22').map((r) => r[3])).toEqual([70, 71]);
    expect(checkProgress(read, targets).map((f) => f.code)).toEqual(['progress-duplicate', 'progress-duplicate']);
  });

  test('property: any mix of their rows and ours settles after one rebuild and keeps every typed cell', () => {
    const indicator = fc.constantFrom('Burglary', 'T1', 'burglary ', 'Repeat victims');
    const period = fc.constantFrom('2019/20', '2020/21', 'FY 2020/21', '2021/22', 'Apr 2020');
    const value = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 200 }), fc.constantFrom('n/a', '1,099'));
    const row = fc.tuple(indicator, period, value, fc.option(fc.constantFrom('JB', 'police'), { nil: null }));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), fc.array(fc.tuple(fc.nat(20), value), { maxLength: 4 }), (theirs, edits) => {
        const own = makeGrid('Monthly figures', [['Indicator', 'Period', 'Actual', 'Note'], ...theirs.map((r) => [...r])]);
        const ownRows = readProgress([own]);
        let grid = specToGrid(progressSheetSpec(targets, readProgress([table, own])));
        // A person types actuals into our sheet.
        for (const [r, v] of edits) if (r + 2 <= grid.rows.length) grid = typeInto(grid, r + 2, 4, v);
        const oursTyped = readProgress([grid]);
        const spec = progressSheetSpec(targets, readProgress([table, own, grid]));
        const again = progressSheetSpec(targets, readProgress([table, own, specToGrid(spec)]));
        expect(again.rows).toEqual(spec.rows);
        const key = (id: unknown, p: unknown) => `${String(id).toLowerCase()}|${String(p).toLowerCase()}`;
        const idOf = (text: string) => (/^(burglary|t1)$/i.test(text.trim()) ? 'T1' : text);
        // Their rows: one line each indicator x period, holding their first typed figure.
        const theirKeys = new Set(ownRows.map((r) => key(idOf(r.indicator), r.period)));
        for (const k of theirKeys) expect(spec.rows.filter((r) => key(r[0], r[2]) === k)).toHaveLength(1);
        for (const k of theirKeys) {
          const typed = ownRows.find((r) => key(idOf(r.indicator), r.period) === k && r.typed.actual !== null);
          const line = spec.rows.find((r) => key(r[0], r[2]) === k)!;
          if (typed) expect(line[3]).toBe(typed.actual ?? typed.typed.actual);
        }
        // Figures typed in our sheet on a line they leave blank are kept.
        for (const r of oursTyped) {
          const k = key(r.indicator, r.period);
          if (r.typed.actual === null || ownRows.some((o) => key(idOf(o.indicator), o.period) === k && o.typed.actual !== null)) continue;
          expect(spec.rows.some((x) => key(x[0], x[2]) === k && x[3] === (r.actual ?? r.typed.actual))).toBe(true);
        }
      }),
      { seed: 20240611, numRuns: 200 },
    );
  });
});
