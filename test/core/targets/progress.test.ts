import { CellValue, makeGrid } from '../../../src/core/grid';
import { checkProgress, progressSheetSpec, readProgress, recogniseTargets } from '../../../src/core/targets';
import { seed001Grid } from './seed001-fixture';
import { specToGrid, typeInto } from './spec-grid';

const targets = recogniseTargets([seed001Grid()]).targets;

describe('Progress sheet', () => {
  test('one row per indicator x period from baseline to target, as an Excel table named Progress', () => {
    const spec = progressSheetSpec(targets, []);
    expect(spec.key).toBe('Progress');
    expect(spec.rows[0]).toEqual(['Indicator', 'Description', 'Period', 'Actual', 'Stated milestone', 'Note']);
    const t1 = spec.rows.filter((r) => r[0] === 'T1').map((r) => r[2]);
    expect(t1).toEqual(['2003/04', '2004/05', '2005/06', '2006/07', '2007/08']);
    const t3 = spec.rows.filter((r) => r[0] === 'T3').map((r) => r[2]);
    expect(t3).toEqual(['2004/05', '2005/06', '2006/07', '2007/08']);
    // 9 targets of 5 years, 4 targets of 4 years
    expect(spec.rows).toHaveLength(1 + 9 * 5 + 4 * 4);
    expect(spec.tables).toEqual([{ name: 'Progress', range: `A1:F${spec.rows.length}`, style: 'TableStyleMedium2' }]);
    const list = spec.validations!.find((v) => v.type === 'list');
    expect(list).toMatchObject({ range: expect.stringMatching(/^A2:A\d+$/), values: targets.map((t) => t.id) });
    expect(spec.validations!.find((v) => v.range.startsWith('D2'))).toMatchObject({ type: 'decimal', min: 0 });
  });

  test('regenerating keeps every typed cell, merged by indicator and period', () => {
    let grid = specToGrid(progressSheetSpec(targets, []));
    const row = (id: string, period: string) => grid.rows.findIndex((r) => r[0] === id && r[2] === period) + 1;
    grid = typeInto(grid, row('T1', '2004/05'), 4, 1101);
    grid = typeInto(grid, row('T1', '2004/05'), 6, 'Police figures, checked by analyst');
    grid = typeInto(grid, row('T5', '2005/06'), 4, 0.1);
    grid = typeInto(grid, row('T2', '2005/06'), 4, 'not yet');
    // A row added by hand for a month, and one for an indicator that is not in the plan.
    grid = typeInto(grid, grid.rows.length + 1, 1, 'T1');
    grid = typeInto(grid, grid.rows.length, 3, 'Apr 2005');
    grid = typeInto(grid, grid.rows.length, 4, 88);
    grid = typeInto(grid, grid.rows.length + 1, 1, 'Repeat victims');
    grid = typeInto(grid, grid.rows.length, 3, '2005/06');
    grid = typeInto(grid, grid.rows.length, 4, 12);
    // A column people added
    grid = typeInto(grid, 1, 7, 'Checked by');
    grid = typeInto(grid, row('T1', '2004/05'), 7, 'JB');

    const existing = readProgress([makeGrid('Plan', [['x']]), grid]);
    expect(existing.find((r) => r.indicator === 'T1' && r.period === '2004/05')).toMatchObject({ actual: 1101, note: 'Police figures, checked by analyst', typed: { extra: { 'Checked by': 'JB' } } });

    const again = progressSheetSpec(targets, existing);
    const find = (id: string, period: string) => again.rows.find((r) => r[0] === id && r[2] === period);
    expect(again.rows[0]).toEqual(['Indicator', 'Description', 'Period', 'Actual', 'Stated milestone', 'Note', 'Checked by']);
    expect(find('T1', '2004/05')).toEqual(['T1', 'criminal damage incidents', '2004/05', 1101, null, 'Police figures, checked by analyst', 'JB']);
    expect(find('T5', '2005/06')![3]).toBe(0.1);
    expect(find('T2', '2005/06')![3]).toBe('not yet');
    // The month row sits among T1's rows, in date order; the unknown indicator is kept at the end.
    const t1 = again.rows.filter((r) => r[0] === 'T1').map((r) => r[2]);
    expect(t1).toEqual(['2003/04', '2004/05', 'Apr 2005', '2005/06', '2006/07', '2007/08']);
    expect(again.rows[again.rows.length - 1].slice(0, 4)).toEqual(['Repeat victims', null, '2005/06', 12]);
    // Nothing typed was lost: every typed actual is in the new sheet.
    for (const r of existing) {
      if (r.typed.actual === null) continue;
      expect(again.rows.some((x) => x[0] === r.indicator && x[2] === r.period && x[3] === r.typed.actual)).toBe(true);
    }
    // And regenerating the regenerated sheet changes nothing.
    const third = progressSheetSpec(targets, readProgress([specToGrid(again)]));
    expect(third.rows).toEqual(again.rows);

    const findings = checkProgress(existing, targets);
    expect(findings.map((f) => f.code).sort()).toEqual(['progress-actual-not-number', 'progress-unknown-indicator']);
  });

  test('a user Progress table with names instead of ids and its own headers', () => {
    const rows: CellValue[][] = [['Quarterly returns'], ['Target', 'Year', 'Outturn', 'Comments'], ['criminal damage incidents', '2004/05', '1,099', 'from PNC'], ['T4', 'FY 2005/06', 4200, null]];
    const read = readProgress([makeGrid('Returns', rows)]);
    expect(read.map((r) => [r.indicator, r.period, r.actual, r.note, r.source.cell])).toEqual([
      ['criminal damage incidents', '2004/05', 1099, 'from PNC', 'A3'],
      ['T4', '2005/06', 4200, null, 'A4'],
    ]);
    const spec = progressSheetSpec(targets, read);
    expect(spec.rows.find((r) => r[0] === 'T1' && r[2] === '2004/05')![3]).toBe(1099);
    expect(spec.rows.find((r) => r[0] === 'T4' && r[2] === '2005/06')![3]).toBe(4200);
    expect(checkProgress(read, targets)).toEqual([]);
  });
});
