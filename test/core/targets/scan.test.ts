/**
 * Target recognition scans every cell of every sheet, so its scans take short cuts (letter counts
 * before header words, a digit before a period, only rows saying baseline/target for wide tables).
 * These pin that the short cuts never change an answer.
 */
import fc from 'fast-check';
import { CellValue, Grid, cellAt, cellText, columnCount, makeGrid, rowCount } from '../../../src/core/grid';
import { PROGRESS_HEADERS, TARGET_HEADERS, periodOfCell, recogniseTargets } from '../../../src/core/targets';
import { findHeaderRows, headerWords, HeaderNames, HeaderRow } from '../../../src/core/targets/headers';
import { wideTableTargets } from '../../../src/core/targets/wide-table';
import { parsePeriod } from '../../../src/core/timescale/period';

/** findHeaderRows as first written: every cell's words, every row. */
function reference<F extends string>(grid: Grid, names: HeaderNames<F>, required: readonly F[]): HeaderRow<F>[] {
  const found: HeaderRow<F>[] = [];
  const width = columnCount(grid);
  const fields = Object.keys(names) as F[];
  for (let r = 1; r <= rowCount(grid); r++) {
    const cols: Partial<Record<F, number>> = {};
    const others: { col: number; header: string }[] = [];
    for (let c = 1; c <= width; c++) {
      const raw = cellAt(grid, r, c);
      if (typeof raw !== 'string') {
        if (raw !== null) others.push({ col: c, header: cellText(raw) });
        continue;
      }
      const w = headerWords(raw);
      if (!w) continue;
      const f = fields.find((k) => cols[k] === undefined && names[k].includes(w));
      if (f) cols[f] = c;
      else others.push({ col: c, header: raw.trim() });
    }
    if (required.every((f) => cols[f] !== undefined)) found.push({ row: r, cols, others });
  }
  return found;
}

const allNames = [...Object.values(TARGET_HEADERS), ...Object.values(PROGRESS_HEADERS)].flat() as string[];
/** A header name as people type it: any case, punctuation, extra spaces, a non-ASCII letter. */
const typedName = fc.tuple(fc.constantFrom(...allNames), fc.constantFrom('', ':', ' ', '  (', '*', '\n', '–'), fc.boolean()).map(([n, p, up]) => (up ? n.toUpperCase() : n) + p);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  typedName,
  typedName,
  fc.constantFrom(
    '\u212Aey',
    'Ref.',
    'ID',
    '%',
    '1.1',
    '  ',
    'Sue Haslett\nDerbyshire Constabulary',
    'To establish an incident management system for anti-social behaviour',
    'Baseline period of the year',
    'Täget',
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.constant(null),
  fc.constant(new Date(Date.UTC(2020, 3, 1))),
);

/** A row likely to be a header: some of the usual names, shuffled, with other cells among them. */
const headerish = fc
  .tuple(
    fc.shuffledSubarray(['Indicator', 'Baseline', 'Target', 'Id', 'Period', 'Actual', 'Baseline period', 'TARGET PERIOD:', 'Unit', 'Notes', 'Checked by', 'Indicator'], { minLength: 3 }),
    fc.array(cell, { maxLength: 3 }),
  )
  .map(([names, rest]) => [...names, ...rest] as CellValue[]);

describe('findHeaderRows', () => {
  test('property: the same header rows, columns and other columns as reading every cell', () => {
    let headers = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.array(cell, { maxLength: 8 }), headerish), { maxLength: 8 }), (rows) => {
        const g = makeGrid('S', rows);
        headers += reference(g, TARGET_HEADERS, ['indicator', 'baseline']).length;
        expect(findHeaderRows(g, TARGET_HEADERS, ['indicator', 'baseline'])).toEqual(reference(g, TARGET_HEADERS, ['indicator', 'baseline']));
        expect(findHeaderRows(g, PROGRESS_HEADERS, ['indicator', 'period', 'actual'])).toEqual(reference(g, PROGRESS_HEADERS, ['indicator', 'period', 'actual']));
      }),
      { seed: 11, numRuns: 500 },
    );
    expect(headers).toBeGreaterThan(100);
  });
});

describe('periodOfCell', () => {
  test('text without a digit is never a period (the parser agrees)', () => {
    const words = fc.constantFrom(
      'April',
      'Apr',
      'Q1',
      'Summer term',
      'FY',
      'this year',
      'next year',
      'Sept',
      'baseline',
      'target',
      'autumn',
      'now',
      'today',
      'ongoing',
      'March and annually',
      'first quarter',
    );
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 3 }), (ws) => {
        const text = ws.join(' ');
        expect(parsePeriod(text)).toBeNull();
        expect(periodOfCell(text)).toBeNull();
      }),
      { seed: 5, numRuns: 300 },
    );
    expect(periodOfCell('2019/20 Baseline')!.label).toBe('2019/20');
  });
});

describe('wide tables', () => {
  const table: CellValue[][] = [
    ['Indicator', '2019/20 Baseline', '2020/21', '2021/22', '2022/23 (Target -10%)'],
    ['Burglary', 500, 480, 470, 450],
    ['Shoplifting', 300, 290, 280, 270],
  ];
  test('found among thousands of rows of actions, across and transposed', () => {
    const actions: CellValue[][] = Array.from({ length: 3000 }, (_, i) => [
      `${Math.floor(i / 25) + 1}.${(i % 25) + 1}`,
      'To deliver a target hardening scheme',
      'Sue Haslett',
      'Scheme in place',
      'March 2006',
      'On track',
    ]);
    const across = recogniseTargets([makeGrid('Plan', [...actions, [], ...table])]).targets;
    expect(across.map((t) => [t.indicator, t.source.cell, t.baseline, t.target])).toEqual([
      ['Burglary', 'A3003', { period: '2019/20', value: 500 }, { period: '2022/23', value: 450, change: -0.1 }],
      ['Shoplifting', 'A3004', { period: '2019/20', value: 300 }, { period: '2022/23', value: 270, change: -0.1 }],
    ]);
    const transposed: CellValue[][] = table[0].map((_, c) => table.map((row) => row[c]));
    const down = wideTableTargets(makeGrid('Plan', [...transposed, [], ...actions]), new Set()).drafts;
    expect(down.map((t) => [t.indicator, t.source.cell, t.stated.map((s) => s.cell)])).toEqual([
      ['Burglary', 'B1', ['B3', 'B4']],
      ['Shoplifting', 'C1', ['C3', 'C4']],
    ]);
  });
  test('a caption whose table sits beside a much wider row still finds its table', () => {
    const wide: CellValue[] = Array.from({ length: 40 }, (_, i) => `note ${i}`);
    const grid = makeGrid('Plan', [wide, ['Target: reduce burglary by 10% by 2022/23'], ['2019/20', '2020/21', '2021/22', '2022/23'], [500, 480, 470, 450]]);
    expect(recogniseTargets([grid]).targets.map((t) => [t.indicator, t.baseline, t.target?.value])).toEqual([['burglary', { period: '2019/20', value: 500 }, 450]]);
  });
});
