import { CellValue, makeGrid } from '../../../src/core/grid';
import { recogniseTargets } from '../../../src/core/targets';

describe('recogniseTargets: other layouts', () => {
  test('a transposed table: periods down a column, values beside them', () => {
    const rows: CellValue[][] = [
      ['Serious Violence'],
      ['Target: reduce knife crime by 20% from 150 to 120 by 2023/24'],
      [],
      ['Year', 'Offences'],
      ['2019/20 (baseline)', 150],
      ['2020/21', 142],
      ['2021/22', 135],
      ['2022/23', 127],
      ['2023/24 target', 120],
    ];
    const { targets, findings } = recogniseTargets([makeGrid('Targets 2020', rows)]);
    expect(findings).toEqual([]);
    expect(targets).toEqual([
      {
        id: 'T1',
        priority: null,
        indicator: 'knife crime',
        unit: 'count',
        direction: 'reduce',
        baseline: { period: '2019/20', value: 150 },
        target: { period: '2023/24', value: 120, change: -0.2 },
        stated: [
          { period: '2020/21', value: 142, cell: 'B6' },
          { period: '2021/22', value: 135, cell: 'B7' },
          { period: '2022/23', value: 127, cell: 'B8' },
        ],
        source: { sheet: 'Targets 2020', cell: 'A2' },
      },
    ]);
  });

  test('a caption with its baseline and no table', () => {
    const rows: CellValue[][] = [[], [null, 'Target: reduce serious violence by 10% (baseline 2019/20: 500) by 2022/23'], [null, 'Some other text']];
    const { targets } = recogniseTargets([makeGrid('Plan', rows)]);
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({
      indicator: 'serious violence',
      baseline: { period: '2019/20', value: 500 },
      target: { period: '2022/23', change: -0.1 },
      stated: [],
      source: { sheet: 'Plan', cell: 'B2' },
    });
    expect(targets[0].target).not.toHaveProperty('value');
  });

  test('a caption that says "target" but gives no baseline is a finding, not a target', () => {
    const { targets, findings } = recogniseTargets([makeGrid('Plan', [['Strategic target to reduce violent crime by 10% by 2007/08']])]);
    expect(targets).toEqual([]);
    expect(findings.map((f) => [f.severity, f.code, f.cell])).toEqual([['warning', 'target-no-baseline', 'A1']]);
  });

  test('values one column off their periods are paired by position', () => {
    const rows: CellValue[][] = [
      ['Burglary - Strategic Target to reduce house burglaries by 30% from 372 to 260 by 2007/08'],
      ['2003/04 Benchmark', '2004/05', '2005/06', '2006/07', '2007/08 (Target-30%)'],
      ['Total Number of Crimes', 372, 344, 316, 288, 260],
    ];
    const { targets } = recogniseTargets([makeGrid('Plan', rows)]);
    expect(targets[0].baseline).toEqual({ period: '2003/04', value: 372 });
    expect(targets[0].stated.map((s) => [s.period, s.value, s.cell])).toEqual([
      ['2004/05', 344, 'C3'],
      ['2005/06', 316, 'D3'],
      ['2006/07', 288, 'E3'],
    ]);
    expect(targets[0].target).toEqual({ period: '2007/08', value: 260, change: -0.3 });
  });

  test('ids run T1.. across sheets in workbook order', () => {
    const a = makeGrid('A', [['Target: reduce robbery by 10% (baseline 2019/20: 80) by 2022/23']]);
    const b = makeGrid('B', [['Target: increase reporting of hate crime by 15% (baseline 2019/20: 200) by 2022/23']]);
    const { targets } = recogniseTargets([a, b]);
    expect(targets.map((t) => [t.id, t.source.sheet, t.direction])).toEqual([
      ['T1', 'A', 'reduce'],
      ['T2', 'B', 'increase'],
    ]);
  });
});

describe('recogniseTargets: uncaptioned tables, one indicator a row', () => {
  test('a header of periods naming the baseline and target, then an indicator a row', () => {
    const rows: CellValue[][] = [
      ['Performance framework 2019-23'],
      [],
      ['Indicator', '2019/20 Baseline', '2020/21', '2021/22', '2022/23 (Target -10%)'],
      ['All crime', 5000, 4850, 4700, 4500],
      ['Residents satisfied with the police', '62%', null, null, '70%'],
      ['Notes', null, null, null, null],
      [],
      ['Month', 'Crimes'],
    ];
    const { targets } = recogniseTargets([makeGrid('Framework', rows)]);
    expect(targets).toEqual([
      {
        id: 'T1',
        priority: null,
        indicator: 'All crime',
        unit: 'count',
        direction: 'reduce',
        baseline: { period: '2019/20', value: 5000 },
        target: { period: '2022/23', value: 4500, change: -0.1 },
        stated: [
          { period: '2020/21', value: 4850, cell: 'C4' },
          { period: '2021/22', value: 4700, cell: 'D4' },
        ],
        source: { sheet: 'Framework', cell: 'A4' },
      },
      {
        id: 'T2',
        priority: null,
        indicator: 'Residents satisfied with the police',
        unit: 'percent',
        direction: 'increase',
        baseline: { period: '2019/20', value: 0.62 },
        target: { period: '2022/23', value: 0.7 },
        stated: [],
        source: { sheet: 'Framework', cell: 'A5' },
      },
    ]);
  });

  test('the same table transposed: periods down, indicators across', () => {
    const rows: CellValue[][] = [
      ['Year', 'Burglary', 'Robbery'],
      ['2019/20 baseline', 300, 80],
      ['2020/21', 290, 78],
      ['2021/22 target', 270, 72],
    ];
    const { targets } = recogniseTargets([makeGrid('T', rows)]);
    expect(targets.map((t) => [t.indicator, t.baseline, t.target, t.stated, t.source.cell])).toEqual([
      ['Burglary', { period: '2019/20', value: 300 }, { period: '2021/22', value: 270 }, [{ period: '2020/21', value: 290, cell: 'B3' }], 'B1'],
      ['Robbery', { period: '2019/20', value: 80 }, { period: '2021/22', value: 72 }, [{ period: '2020/21', value: 78, cell: 'C3' }], 'C1'],
    ]);
  });

  test('a table of monthly figures with no baseline or target is not a target table', () => {
    const rows: CellValue[][] = [
      ['Crime type', 'Apr 2019', 'May 2019', 'Jun 2019'],
      ['Burglary', 20, 25, 22],
    ];
    expect(recogniseTargets([makeGrid('Data', rows)]).targets).toEqual([]);
  });
});

test('a value that looks like a year (2019 crimes) is still a value', () => {
  const rows: CellValue[][] = [
    ['All crime - target to reduce all recorded crime by 5% from 2100 to 1995 by 2021/22'],
    [null, '2019/20 Baseline', '2020/21', '2021/22 Target'],
    ['Crimes', 2100, 2050, 1995],
  ];
  const [t] = recogniseTargets([makeGrid('P', rows)]).targets;
  expect(t.baseline).toEqual({ period: '2019/20', value: 2100 });
  expect(t.stated).toEqual([{ period: '2020/21', value: 2050, cell: 'C3' }]);
  expect(t.target).toEqual({ period: '2021/22', value: 1995, change: -0.05 });
});
