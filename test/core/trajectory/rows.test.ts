import { Target } from '../../../src/core/plan';
import { ProgressEntry } from '../../../src/core/trajectory/progress';
import { planRounding, trajectoryRows } from '../../../src/core/trajectory/rows';
import { SEED_TARGETS } from './seedTargets';

const criminalDamage = SEED_TARGETS[0];
const drugs = SEED_TARGETS.find((t) => t.indicator === 'Drugs offences')!;

describe('trajectoryRows', () => {
  it('one row per indicator and period, with the stated milestones alongside', () => {
    const rows = trajectoryRows(SEED_TARGETS, []);
    expect(rows).toHaveLength(SEED_TARGETS.reduce((n, t) => n + t.stated.length + 2, 0));
    const d = rows.filter((r) => r.targetId === drugs.id);
    expect(d.map((r) => [r.period, r.milestone, r.stated])).toEqual([
      ['2003/04', 64, null],
      ['2004/05', 61, 61],
      ['2005/06', 59, 58],
      ['2006/07', 56, 56],
      ['2007/08', 54, null],
    ]);
    expect(d.every((r) => r.rounding === 'floor' && r.method === 'linear')).toBe(true);
  });

  it('the plan as a whole uses floor rounding', () => {
    expect(planRounding(SEED_TARGETS)).toBe('floor');
  });

  it('actuals: variance, % of target, RAG with the tolerance per indicator, significance for counts', () => {
    const progress: ProgressEntry[] = [
      { indicator: 'Criminal damage incidents', period: '2004/05', actual: 1090 },
      { indicator: 'criminal  damage incidents', period: '2005/06', actual: 1100 },
      { indicator: 'T1', period: '2006/07', actual: 1060 },
      { indicator: 'T1', period: '2007/08', actual: 950 },
    ];
    const rows = trajectoryRows([criminalDamage], progress, { tolerances: { T1: 0.05 } });
    const by = (p: string) => rows.find((r) => r.period === p)!;
    expect(by('2004/05')).toMatchObject({ actual: 1090, variance: -5, rag: 'green', ragFrom: 'actual', actualFrom: 'entered' });
    expect(by('2004/05').percentOfTarget).toBeCloseTo(50 / 180, 10);
    expect(by('2005/06')).toMatchObject({ actual: 1100, variance: 50, rag: 'amber' });
    expect(by('2006/07')).toMatchObject({ actual: 1060, variance: 55, rag: 'red' });
    expect(by('2007/08')).toMatchObject({ actual: 950, rag: 'green', achieved: true, baseline: 1140, target: 960 });
    expect(by('2006/07').achieved).toBe(false);
    expect(by('2007/08').significance).toMatchObject({ significant: true, change: 'fall', summary: 'Significant fall' });
    expect(by('2004/05').significance).toMatchObject({ significant: false, summary: 'Not significant' });
    expect(by('2003/04')).toMatchObject({ rag: null, variance: null, significance: null });
    const strict = trajectoryRows([criminalDamage], progress, { tolerances: { 'Criminal damage incidents': 0 } });
    expect(strict.find((r) => r.period === '2005/06')!.rag).toBe('red');
  });

  it('no significance for percentages and index scores', () => {
    const pct = SEED_TARGETS.find((t) => t.unit === 'percent')!;
    const rows = trajectoryRows([pct], [{ indicator: pct.indicator, period: '2005/06', actual: 0.09 }]);
    const r = rows.find((x) => x.period === '2005/06')!;
    expect(r).toMatchObject({ actual: 0.09, rag: 'green', significance: null });
  });

  it('forecast outturn from monthly actuals, by the baseline profile when the baseline year has months', () => {
    const t: Target = { ...criminalDamage, baseline: { period: '2018/19', value: 1200 }, target: { period: '2020/21', value: 1000 }, stated: [] };
    const baselineMonths = [150, 150, 100, 100, 100, 100, 100, 100, 100, 100, 50, 50];
    const months = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];
    const label = (i: number, fy: number) => `${months[i]} ${i < 9 ? fy : fy + 1}`;
    const progress: ProgressEntry[] = [
      ...baselineMonths.map((v, i) => ({ indicator: t.id, period: label(i, 2018), actual: v })),
      { indicator: t.id, period: 'Apr 2019', actual: 130 },
      { indicator: t.id, period: 'May 2019', actual: 140 },
    ];
    const rows = trajectoryRows([t], progress, { rounding: 'none' });
    const y = rows.find((r) => r.period === '2019/20')!;
    expect(y.actual).toBeNull();
    expect(y.forecast).toEqual({ value: 1080, method: 'profile', monthsUsed: 2 });
    expect(y).toMatchObject({ milestone: 1100, variance: -20, rag: 'green', ragFrom: 'forecast', significance: null });

    const noProfile = trajectoryRows([t], progress.slice(12), { rounding: 'none' }).find((r) => r.period === '2019/20')!;
    expect(noProfile.forecast).toEqual({ value: 1620, method: 'straight-line', monthsUsed: 2 });
    expect(noProfile.rag).toBe('red');
  });

  it("a complete set of months is the year's actual", () => {
    const t: Target = { ...criminalDamage, baseline: { period: '2018/19', value: 1200 }, target: { period: '2020/21', value: 1000 }, stated: [] };
    const months = ['Apr 2019', 'May 2019', 'Jun 2019', 'Jul 2019', 'Aug 2019', 'Sep 2019', 'Oct 2019', 'Nov 2019', 'Dec 2019', 'Jan 2020', 'Feb 2020', 'Mar 2020'];
    const rows = trajectoryRows(
      [t],
      months.map((p) => ({ indicator: t.id, period: p, actual: 90 })),
      { rounding: 'none' },
    );
    expect(rows.find((r) => r.period === '2019/20')).toMatchObject({ actual: 1080, actualFrom: 'months', forecast: null });
  });

  it('per-target settings from the Targets sheet win', () => {
    const rows = trajectoryRows([drugs], [{ indicator: drugs.id, period: '2005/06', actual: 61 }], { settings: { [drugs.id]: { rounding: 'ceil', tolerance: 0.01 } } });
    const r = rows.find((x) => x.period === '2005/06')!;
    expect(r).toMatchObject({ milestone: 59, rounding: 'ceil', tolerance: 0.01, rag: 'red' });
    expect(rows.find((x) => x.period === '2004/05')!.milestone).toBe(62);
  });

  it('a milestone stated on the Progress sheet is shown when the plan states none', () => {
    const t: Target = { ...criminalDamage, stated: [] };
    const rows = trajectoryRows([t], [{ indicator: t.id, period: '2005/06', actual: null, stated: 1049 }]);
    expect(rows.find((r) => r.period === '2005/06')).toMatchObject({ stated: 1049, actual: null, rag: null });
  });

  it('targets that cannot be drawn are left to checkTarget', () => {
    expect(trajectoryRows([{ ...criminalDamage, baseline: null }], [])).toEqual([]);
  });
});
