import { MeasurementRow, UniformRecord, uniformRecords } from '../../../src/core/share/uniform-format';
import { nhsRound, suppress } from '../../../src/core/share/suppress';
import { criminalDamageTarget } from './fixtures';

const EXPORTED_ON = '2024-05-17';

function m(period: string, start: string, end: string, value: number | null, milestone: number | null): MeasurementRow {
  return {
    targetId: 'T1',
    indicator: 'Arson',
    priority: 'ASB',
    period,
    periodStart: start,
    periodEnd: end,
    value,
    milestone,
    target: 4,
    variance: value !== null && milestone !== null ? value - milestone : null,
    rag: null,
    unit: 'count',
    direction: 'reduce',
    source: null,
  };
}

/** A straight-line trajectory 8, 7, 6, 5 to a target of 4: "<5" alone would be read at a glance. */
function straightLine(): UniformRecord[] {
  return uniformRecords({
    partnership: 'Derby CDRP',
    actions: [],
    targets: [{ ...criminalDamageTarget(), indicator: 'Arson', baseline: { period: '2019/20', value: 8 }, target: { period: '2023/24', value: 4 } }],
    measurements: [m('2020/21', '2020-04-01', '2021-03-31', 9, 7), m('2021/22', '2021-04-01', '2022-03-31', 6, 6), m('2022/23', '2022-04-01', '2023-03-31', 5, 5)],
    exportedOn: EXPORTED_ON,
  });
}

describe('secondary suppression', () => {
  test('a hidden target hides every milestone of its trajectory, and the variances on them', () => {
    const out = suppress(straightLine(), { suppressBelow: 5 });
    const [indicator, ...ms] = out;
    expect(indicator).toMatchObject({ value: 8, target: '<5' });
    for (const r of ms) expect(r).toMatchObject({ milestone: 'suppressed', target: '<5', variance: 'suppressed' });
    expect(ms.map((r) => r.value)).toEqual([9, 6, 5]);
    // Nothing left gives the target back: no milestone is a number.
    expect(out.some((r) => typeof r.milestone === 'number' || typeof r.target === 'number')).toBe(false);
  });

  test('a period total with one hidden part hides another part, the smallest', () => {
    const months = [m('Apr 2020', '2020-04-01', '2020-04-30', 3, null), m('May 2020', '2020-05-01', '2020-05-31', 12, null), m('Jun 2020', '2020-06-01', '2020-06-30', 9, null)].map((x) => ({
      ...x,
      target: null,
    }));
    const quarter = { ...m('Q1 2020/21', '2020-04-01', '2020-06-30', 24, null), target: null };
    const recs = uniformRecords({ partnership: null, actions: [], targets: [], measurements: [quarter, ...months], exportedOn: EXPORTED_ON });
    const out = suppress(recs, { suppressBelow: 5 });
    const byPeriod = Object.fromEntries(out.map((r) => [r.period, r.value]));
    expect(byPeriod).toEqual({ 'Q1 2020/21': 24, 'Apr 2020': '<5', 'May 2020': 12, 'Jun 2020': 'suppressed' });
  });

  test('without a threshold or the NHS rule nothing changes', () => {
    expect(suppress(straightLine(), {})).toEqual(straightLine());
  });
});

describe('the NHS rule', () => {
  test('1-7 become "*", 0 stays 0, anything larger is rounded to the nearest 5', () => {
    expect([0, 1, 7, 7.4, 8, 12, 13, 1095, 1097.5].map(nhsRound)).toEqual([0, '*', '*', '*', 10, 10, 15, 1095, 1100]);
  });

  test('applies to counts only; variances are recomputed from the rounded figures; trajectories with a "*" are hidden', () => {
    const recs = straightLine();
    const pct = { ...recs[1], record_id: 'T2@2020/21', unit: 'percent' as const, value: 3, milestone: 2, target: 1, variance: 1 };
    const out = suppress([...recs, pct], { roundNhs: true });
    expect(out[0]).toMatchObject({ value: 10, target: '*' });
    expect(out[1]).toMatchObject({ value: 10, milestone: '*', variance: 'suppressed' });
    expect(out[4]).toMatchObject({ value: 3, milestone: 2, target: 1, variance: 1 });
    const big = suppress(
      uniformRecords({ partnership: null, actions: [], targets: [], measurements: [{ ...m('2020/21', '2020-04-01', '2021-03-31', 1063, 1041), target: null }], exportedOn: EXPORTED_ON }),
      { roundNhs: true },
    );
    expect(big[0]).toMatchObject({ value: 1065, milestone: 1040, variance: 25 });
  });
});
