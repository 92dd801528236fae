import { CellValue, makeGrid } from '../../../src/core/grid';
import { recogniseTargets, targetsSheetSpec } from '../../../src/core/targets';
import { seed001Grid } from './seed001-fixture';
import { specToGrid, typeInto } from './spec-grid';

describe('Targets table', () => {
  test('an analyst types targets directly into a tidy table', () => {
    const rows: CellValue[][] = [
      ['Community safety targets 2020-23'],
      [],
      ['Id', 'Priority', 'Indicator', 'Baseline period', 'Baseline', 'Target period', 'Target', 'Change', 'Unit', 'Direction', 'Method', 'Rounding', 'Tolerance'],
      ['SV1', 'Serious violence', 'Knife crime', '2019/20', 150, '2022/23', 120, null, null, null, 'compound', 'nearest', 0.1],
      [null, 'ASB', 'Residents feeling unsafe', 'FY 2019/20', '33%', '2022/23', '25%', null, 'percent', 'reduce', null, null, '5%'],
      [null, 'Hate crime', 'Hate crime reports', '2019/20', 200, '2022/23', null, '15%', null, 'increase'],
      [],
      ['Notes: figures from the police'],
    ];
    const { targets, findings, settings } = recogniseTargets([makeGrid('My targets', rows)]);
    expect(findings).toEqual([]);
    expect(targets).toEqual([
      {
        id: 'SV1',
        priority: 'Serious violence',
        indicator: 'Knife crime',
        unit: 'count',
        direction: 'reduce',
        baseline: { period: '2019/20', value: 150 },
        target: { period: '2022/23', value: 120 },
        stated: [],
        source: { sheet: 'My targets', cell: 'C4' },
      },
      {
        id: 'T1',
        priority: 'ASB',
        indicator: 'Residents feeling unsafe',
        unit: 'percent',
        direction: 'reduce',
        baseline: { period: '2019/20', value: 0.33 },
        target: { period: '2022/23', value: 0.25 },
        stated: [],
        source: { sheet: 'My targets', cell: 'C5' },
      },
      {
        id: 'T2',
        priority: 'Hate crime',
        indicator: 'Hate crime reports',
        unit: 'count',
        direction: 'increase',
        baseline: { period: '2019/20', value: 200 },
        target: { period: '2022/23', change: 0.15 },
        stated: [],
        source: { sheet: 'My targets', cell: 'C6' },
      },
    ]);
    expect(settings).toEqual({ SV1: { method: 'compound', rounding: 'nearest', tolerance: 0.1 }, T1: { tolerance: 0.05 } });
  });

  test('the Targets sheet we write reads back to the same targets (round trip)', () => {
    const plan = seed001Grid();
    const first = recogniseTargets([plan]);
    const spec = targetsSheetSpec(first.targets);
    expect(spec.key).toBe('Targets');
    expect(spec.tables).toEqual([{ name: 'Targets', range: `A1:O${first.targets.length + 1}`, style: 'TableStyleMedium2' }]);
    // On its own (the plan sheet gone), the table alone gives every target back, stated milestones included.
    const alone = recogniseTargets([specToGrid(spec, false)]);
    expect(alone.targets.map(({ source: _s, stated, ...t }) => ({ ...t, stated: stated.map((m) => [m.period, m.value]) }))).toEqual(
      first.targets.map(({ source: _s, stated, ...t }) => ({ ...t, stated: stated.map((m) => [m.period, m.value]) })),
    );
    // With the plan: no duplicates, the same ids and sources.
    const again = recogniseTargets([plan, specToGrid(spec)]);
    expect(again.targets).toEqual(first.targets);
    expect(again.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  test('ids and settings chosen in our Targets sheet survive regeneration; new targets get fresh ids', () => {
    const plan = seed001Grid();
    const first = recogniseTargets([plan]);
    let sheet = specToGrid(targetsSheetSpec(first.targets));
    sheet = typeInto(sheet, 2, 1, 'CD'); // renamed T1
    sheet = typeInto(sheet, 2, 12, 'floor'); // Rounding
    sheet = typeInto(sheet, 3, 13, 0.1); // Tolerance of T2
    const extra = makeGrid('More', [['Target: reduce robbery by 10% (baseline 2019/20: 80) by 2022/23']]);
    const again = recogniseTargets([plan, extra, sheet]);
    expect(again.targets[0].id).toBe('CD');
    expect(again.targets.slice(1, 13).map((t) => t.id)).toEqual(first.targets.slice(1).map((t) => t.id));
    expect(again.targets[13]).toMatchObject({ id: 'T1', indicator: 'robbery' });
    expect(again.settings.CD).toEqual({ method: 'linear', rounding: 'floor', tolerance: 0.05 });
    expect(again.settings.T2.tolerance).toBe(0.1);
  });

  test('a figure edited in our Targets sheet does not override the plan, and says so', () => {
    const plan = seed001Grid();
    const first = recogniseTargets([plan]);
    const sheet = typeInto(specToGrid(targetsSheetSpec(first.targets)), 2, 7, 1200); // Baseline of T1
    const again = recogniseTargets([plan, sheet]);
    expect(again.targets[0].baseline).toEqual({ period: '2003/04', value: 1140 });
    expect(again.findings).toEqual([expect.objectContaining({ severity: 'info', code: 'target-plan-wins', sheet: 'Targets', cell: 'C2' })]);
  });

  test('dropdowns for unit, direction, method and rounding; a table even with no targets', () => {
    const spec = targetsSheetSpec([]);
    expect(spec.rows).toHaveLength(2);
    expect(spec.tables![0].range).toBe('A1:O2');
    const lists = spec.validations!.filter((v) => v.type === 'list').map((v) => (v.type === 'list' ? v.values : []));
    expect(lists).toEqual([
      ['count', 'percent', 'index', 'rate'],
      ['reduce', 'increase'],
      ['linear', 'compound'],
      ['none', 'nearest', 'floor', 'ceil'],
    ]);
  });
});

test('other sheets we generated (Trajectories) are never read as targets', () => {
  const trajectories = makeGrid('Trajectories', [
    ['Id', 'Indicator', 'Period', 'Baseline', 'Target', 'Milestone', 'Actual'],
    ['T1', 'criminal damage incidents', '2004/05', 1140, 960, 1095, null],
  ]);
  expect(recogniseTargets([{ ...trajectories, generated: true }]).targets).toEqual([]);
  expect(recogniseTargets([trajectories]).targets).toHaveLength(1);
});
