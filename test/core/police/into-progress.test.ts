import { makeGrid } from '../../../src/core/grid';
import { Target } from '../../../src/core/plan';
import { combineFileCounts, crimeTypesByTarget, FileCounts, isPoliceNote, mergePoliceCounts, readCrimeTypeMapping } from '../../../src/core/police';
import { progressSheetSpec, readProgress, ProgressRow } from '../../../src/core/targets';

const target = (id: string, indicator: string, unit: Target['unit'] = 'count', from = '2018/19', to = '2020/21'): Target => ({
  id,
  priority: null,
  indicator,
  unit,
  direction: 'reduce',
  baseline: { period: from, value: 100 },
  target: { period: to, value: 90 },
  stated: [],
  source: { sheet: 'Plan', cell: 'A1' },
});

const TARGETS = [target('T1', 'criminal damage incidents'), target('T2', 'house burglaries'), target('T3', 'residents feeling unsafe', 'percent'), target('T4', 'total recorded crime')];

/** n records of a type for each month from..to of a year. */
function file(name: string, year: number, months: number[], perMonth: Record<string, number>): FileCounts {
  const f = new FileCounts(name);
  for (const m of months)
    for (const [type, n] of Object.entries(perMonth)) for (let i = 0; i < n; i++) f.add({ month: `${year}-${String(m).padStart(2, '0')}`, crimeType: type, fallsWithin: 'Test Police' });
  return f;
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe('crime type mapping', () => {
  test('default words map count targets only', () => {
    const { byTarget } = crimeTypesByTarget(TARGETS, null);
    expect(byTarget.get('T1')).toEqual(['Criminal damage and arson']);
    expect(byTarget.get('T2')).toEqual(['Burglary']);
    expect(byTarget.has('T3')).toBe(false);
    expect(byTarget.get('T4')).toHaveLength(13);
    expect(byTarget.get('T4')).not.toContain('Anti-social behaviour');
  });

  test('a Crime type mapping table in the workbook replaces the defaults', () => {
    const grid = makeGrid('Crime type mapping', [
      ['Crime type', 'Indicator'],
      ['Criminal damage and arson', 'T1'],
      ['Public order', 'criminal damage incidents'],
      ['Burglary', 'Nonsense'],
    ]);
    const mapping = readCrimeTypeMapping([grid]);
    const { byTarget, findings } = crimeTypesByTarget(TARGETS, mapping);
    expect(byTarget.get('T1')).toEqual(['Criminal damage and arson', 'Public order']);
    expect(byTarget.has('T2')).toBe(false);
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['police-mapping-unknown-indicator', 'A4']]);
    expect(readCrimeTypeMapping([makeGrid('Plan', [['Action', 'Lead']])])).toBeNull();
  });
});

describe('police counts into Progress', () => {
  const types = new Map([['T1', ['Criminal damage and arson']]]);

  test('monthly rows, and complete financial years summed; a part year gets a note, not an actual', () => {
    const combined = combineFileCounts([file('2019.csv', 2019, range(1, 12), { 'Criminal damage and arson': 2, Drugs: 5 }), file('2020.csv', 2020, range(1, 3), { 'Criminal damage and arson': 3 })]);
    const { rows, findings } = mergePoliceCounts([TARGETS[0]], [], combined, types);
    expect(findings).toEqual([]);
    const get = (p: string) => rows.find((r) => r.period === p);
    expect(get('Jan 2019')).toMatchObject({ indicator: 'T1', actual: 2 });
    expect(get('Mar 2020')).toMatchObject({ actual: 3 });
    expect(get('2019/20')).toMatchObject({ actual: 9 * 2 + 3 * 3 });
    expect(get('2019/20')!.note).toMatch(/^data\.police\.uk: Criminal damage and arson \(Test Police\); sum of 12 months Apr 2019 to Mar 2020$/);
    expect(get('2018/19')).toMatchObject({ actual: null });
    expect(get('2018/19')!.note).toContain('6 so far from 3 of 12 months (Jan 2019 to Mar 2019)');
    expect(rows.every((r) => isPoliceNote(r.note))).toBe(true);
  });

  test('importing a month again replaces it; later months complete the year from earlier imports', () => {
    const first = combineFileCounts([file('a.csv', 2019, range(4, 9), { 'Criminal damage and arson': 1 })]);
    const one = mergePoliceCounts([TARGETS[0]], [], first, types);
    expect(one.rows.find((r) => r.period === '2019/20')!.actual).toBeNull();
    // Through a written and re-read Progress sheet, as the command does it.
    const sheet = progressSheetSpec([TARGETS[0]], one.rows);
    const existing = readProgress([{ sheet: 'Progress', rows: sheet.rows as never, merges: [], generated: true }]);
    const second = combineFileCounts([
      file('a.csv', 2019, range(4, 9), { 'Criminal damage and arson': 1 }),
      file('b.csv', 2019, range(10, 12), { 'Criminal damage and arson': 4 }),
      file('c.csv', 2020, range(1, 3), { 'Criminal damage and arson': 4 }),
    ]);
    const two = mergePoliceCounts([TARGETS[0]], existing, second, types);
    const months = two.rows.filter((r) => /^[A-Z][a-z]{2} \d{4}$/.test(r.period));
    expect(months).toHaveLength(12);
    expect(new Set(months.map((r) => r.period)).size).toBe(12);
    expect(two.rows.find((r) => r.period === '2019/20')!.actual).toBe(6 * 1 + 6 * 4);
  });

  test('an actual a person typed is kept, and the difference reported', () => {
    const existing: ProgressRow[] = [
      { indicator: 'T1', period: 'Apr 2019', actual: 7, stated: null, note: 'from our own system', typed: { actual: 7, stated: null, extra: {} }, source: { sheet: 'Progress', cell: 'A5' } },
    ];
    const combined = combineFileCounts([file('a.csv', 2019, [4, 5], { 'Criminal damage and arson': 1 })]);
    const { rows, findings } = mergePoliceCounts([TARGETS[0]], existing, combined, types);
    expect(rows.find((r) => r.period === 'Apr 2019')).toMatchObject({ actual: 7, note: 'from our own system' });
    expect(rows.find((r) => r.period === 'May 2019')).toMatchObject({ actual: 1 });
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['police-differs-from-typed', 'A5']]);
  });

  test('months outside the target range are not used, and a percent target takes no counts', () => {
    const combined = combineFileCounts([file('a.csv', 2015, [4], { Burglary: 1, 'Criminal damage and arson': 1 })]);
    const { rows, findings } = mergePoliceCounts(
      TARGETS,
      [],
      combined,
      new Map([
        ['T1', ['Criminal damage and arson']],
        ['T3', ['Burglary']],
      ]),
    );
    expect(rows).toEqual([]);
    expect(findings.map((f) => f.code)).toEqual(['police-outside-range', 'police-not-a-count']);
  });

  test('quarterly targets are summed by quarter', () => {
    const q = target('Q', 'burglary', 'count', 'Q1 2019/20', 'Q4 2019/20');
    const combined = combineFileCounts([file('a.csv', 2019, range(4, 8), { Burglary: 2 })]);
    const { rows } = mergePoliceCounts([q], [], combined, new Map([['Q', ['Burglary']]]));
    expect(rows.find((r) => r.period === 'Q1 2019/20')!.actual).toBe(6);
    expect(rows.find((r) => r.period === 'Q2 2019/20')!.actual).toBeNull();
  });
});
