import { a1, CellValue, makeGrid } from '../../../src/core/grid';
import { Target } from '../../../src/core/plan';
import { recogniseTargets } from '../../../src/core/targets';
import { seed001Grid, seedRow } from './seed001-fixture';

type Expect = Omit<Target, 'id' | 'source' | 'stated'> & { caption: string; stated: [string, number][] };

const FY = ['2003/04', '2004/05', '2005/06', '2006/07', '2007/08'];
const counts = (priority: string, indicator: string, change: number, values: number[], caption: string, unit: Target['unit'] = 'count'): Expect => {
  const periods = FY.slice(FY.length - values.length);
  return {
    caption,
    priority,
    indicator,
    unit,
    direction: 'reduce',
    baseline: { period: periods[0], value: values[0] },
    target: { period: '2007/08', value: values[values.length - 1], ...(Number.isNaN(change) ? {} : { change }) },
    stated: values.slice(1, -1).map((v, i) => [periods[i + 1], v] as [string, number]),
  };
};

/** Seed 001's thirteen captioned tables, field by field, from the seed's own figures. */
const EXPECTED: Expect[] = [
  counts('Anti-social Behaviour', 'criminal damage incidents', -0.16, [1140, 1095, 1050, 1005, 960], 'Anti-social Behaviour - Strategic target to reduce criminal damage'),
  counts('Anti-social Behaviour', 'deliberate secondary fires', -0.05, [217, 214, 211, 208, 206], 'Anti-social Behaviour - Strategic target to reduce deliberate'),
  counts(
    'Anti-social Behaviour',
    'extent to which residents think anti-social behaviour occurs in their neighbourhood',
    -0.1,
    [4976, 4810, 4644, 4478],
    'Anti-social Behaviour - Strategic target to reduce extent',
    'index',
  ),
  counts('Anti-social Behaviour', 'police calls for service', -0.05, [4293, 4221, 4149, 4078], 'Anti-social Behaviour - Strategic target to reduce police calls'),
  counts(
    'Fear of Crime & Community Reassurance',
    'the number of South Derbyshire residents feeling a bit or very unsafe when alone in their home at night',
    NaN,
    [0.11, 0.1, 0.09, 0.08],
    'Fear of Crime & Community Reassurance- Strategic Target to reduce the number of South Derbyshire residents feeling a bit or very unsafe when alone',
    'percent',
  ),
  counts(
    'Fear of Crime & Community Reassurance',
    'the number of South Derbyshire residents feeling a bit or very unsafe when traveling alone on public transport',
    NaN,
    [0.33, 0.3, 0.27, 0.25],
    'Fear of Crime & Community Reassurance- Strategic Target to reduce the number of South Derbyshire residents feeling a bit or very unsafe when traveling',
    'percent',
  ),
  counts('Violent Crime', 'violent crime', -0.1, [952, 928, 904, 880, 857], 'Violent Crime - Strategic Target'),
  counts('Domestic Burglary', 'house burglaries', -0.3, [372, 344, 316, 288, 260], 'Domestic Burglary - Strategic Target'),
  counts('Auto Crime', 'theft of motor vehicles', -0.1, [234, 228, 222, 216, 211], 'Auto Crime - Strategic Target to reduce theft of'),
  counts('Auto Crime', 'theft from motor vehicles', -0.2, [597, 567, 537, 507, 478], 'Auto Crime - Strategic Target to reduce theft from'),
  counts('Substance Misuse', 'violent crime', -0.1, [952, 928, 904, 880, 857], 'Substance Misuse - Strategic Target to reduce violent'),
  counts('Substance Misuse', 'disturbances in licensed premises', -0.25, [21, 19, 18, 17, 16], 'Substance Misuse - Strategic Target to reduce disturbances'),
  counts('Substance Misuse', 'drugs offences', -0.15, [64, 61, 58, 56, 54], 'Substance Misuse - Strategic Target to reduce drugs'),
];

/** The cell of a stated value: the values row is the caption row + 3 (caption, blank, periods, values)... */
function statedCells(captionRow: number, captionCol: number, n: number, offsetCol: number): string[] {
  // Every block in the seed has its values in columns B.. (after the label or a blank), one per period.
  return Array.from({ length: n }, (_, i) => a1(captionRow + 3, offsetCol + 2 + 1 + i));
}

describe('recogniseTargets on seed 001 pasted from Word', () => {
  for (const variant of [
    { name: 'percent cells', o: { percent: 'cell' as const } },
    { name: 'percent text', o: { percent: 'text' as const } },
    { name: 'periods Excel turned into dates, moved down and right', o: { periodsAsDates: true, offsetRows: 4, offsetCols: 1 } },
  ]) {
    test(`all thirteen targets, field by field (${variant.name})`, () => {
      const grid = seed001Grid(variant.o);
      const { targets, findings } = recogniseTargets([grid]);
      expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
      expect(targets).toHaveLength(EXPECTED.length);
      const dr = variant.o.offsetRows ?? 0;
      const dc = variant.o.offsetCols ?? 0;
      targets.forEach((t, i) => {
        const e = EXPECTED[i];
        expect(t.id).toBe(`T${i + 1}`);
        expect(t.priority).toBe(e.priority);
        expect(t.indicator).toBe(e.indicator);
        expect(t.unit).toBe(e.unit);
        expect(t.direction).toBe('reduce');
        expect(t.baseline).toEqual(e.baseline);
        expect(t.target).toEqual(e.target);
        expect(t.stated.map((s) => [s.period, s.value])).toEqual(e.stated);
        const row = seedRow(e.caption) + dr;
        expect(t.source).toEqual({ sheet: 'Action plan', cell: a1(row, 1 + dc) });
        expect(t.stated.map((s) => s.cell)).toEqual(statedCells(row, 1, e.stated.length, dc));
      });
    });
  }

  test('the header row with the label on it (Violent Crime) keeps the values under their periods', () => {
    const { targets } = recogniseTargets([seed001Grid()]);
    const violent = targets.find((t) => t.priority === 'Violent Crime')!;
    const row = seedRow('Violent Crime - Strategic Target');
    // Periods in B..F of the header row, values in B..F of the row below, column A blank.
    expect(violent.stated).toEqual([
      { period: '2004/05', value: 928, cell: a1(row + 3, 3) },
      { period: '2005/06', value: 904, cell: a1(row + 3, 4) },
      { period: '2006/07', value: 880, cell: a1(row + 3, 5) },
    ]);
  });

  test('objectives in passing ("To reduce criminal damage by 16% by 2007/08") are not targets', () => {
    const grid = seed001Grid();
    const objectives = grid.rows.findIndex((r) => typeof r[0] === 'string' && (r[0] as string).includes('Objectives:'));
    expect(objectives).toBeGreaterThan(0);
    const { targets } = recogniseTargets([grid]);
    expect(targets.every((t) => /Strategic target/i.test(String(grid.rows[Number(t.source.cell.slice(1)) - 1][0])))).toBe(true);
  });

  test('values that disagree with the caption are reported, and the table wins', () => {
    const rows: CellValue[][] = [
      ['Violent Crime - Strategic Target to reduce violent crime by 10% from 952 to 857 by 2007/08'],
      [],
      [null, '2003/04 Benchmark', '2004/05', '2005/06', '2006/07', '2007/08 (Target-10%)'],
      ['Total Number of Crimes', 950, 928, 904, 880, 857],
    ];
    const { targets, findings } = recogniseTargets([makeGrid('Plan', rows)]);
    expect(targets[0].baseline).toEqual({ period: '2003/04', value: 950 });
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['target-baseline-mismatch', 'A1']]);
  });
});
