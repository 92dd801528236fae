import { Target } from '../../../src/core/plan';
import { trajectoryFor, trajectoryFromLabels } from '../../../src/core/trajectory/trajectory';
import { SEED_001_TABLES } from './seed001';
import { SEED_TARGETS } from './seedTargets';

describe('trajectoryFromLabels: the maths on a list of labels', () => {
  it('pairs each label with its milestone', () => {
    expect(trajectoryFromLabels(64, 54, ['a', 'b', 'c', 'd', 'e'], { method: 'linear', rounding: 'floor' })).toEqual([
      { period: 'a', value: 64 },
      { period: 'b', value: 61 },
      { period: 'c', value: 59 },
      { period: 'd', value: 56 },
      { period: 'e', value: 54 },
    ]);
    expect(() => trajectoryFromLabels(1, 2, ['a'], { method: 'linear', rounding: 'none' })).toThrow(RangeError);
  });
});

describe('trajectoryFor a Target', () => {
  it('reproduces all of seed 001 from baseline and target with floor rounding', () => {
    SEED_TARGETS.forEach((t, i) => {
      const tr = trajectoryFor(t, { method: 'linear', rounding: 'floor' })!;
      const expected = SEED_001_TABLES[i].values.slice();
      if (t.indicator === 'Drugs offences') expected[2] = 59;
      expect([t.indicator, tr.points.map((p) => p.value)]).toEqual([t.indicator, expected]);
      expect(tr.points.map((p) => p.period)).toEqual(SEED_001_TABLES[i].periods);
    });
  });

  it('works out floor rounding from the stated milestones when left to itself', () => {
    const fires = SEED_TARGETS.find((t) => t.indicator === 'Deliberate secondary fires')!;
    const tr = trajectoryFor(fires)!;
    expect(tr.rounding).toBe('floor');
    expect(tr.method).toBe('linear');
    expect(tr.points.map((p) => p.value)).toEqual([217, 214, 211, 208, 206]);
    expect(tr.points.map((p) => p.exact)).toEqual([217, 214.25, 211.5, 208.75, 206]);
    expect(tr.points.map((p) => p.role)).toEqual(['baseline', 'milestone', 'milestone', 'milestone', 'target']);
  });

  it('percentages held as fractions round to whole points', () => {
    const transport = SEED_TARGETS.find((t) => t.indicator === 'Unsafe alone on public transport')!;
    const tr = trajectoryFor(transport)!;
    expect(tr.step).toBe(0.01);
    expect(tr.points.map((p) => p.value)).toEqual([0.33, 0.3, 0.27, 0.25]);
  });

  it('quarters and months', () => {
    const t: Target = {
      id: 'q',
      priority: null,
      indicator: 'Burglary',
      unit: 'count',
      direction: 'reduce',
      baseline: { period: 'Q4 2018/19', value: 100 },
      target: { period: 'Q4 2019/20', change: -0.2 },
      stated: [],
      source: { sheet: 'S', cell: 'A1' },
    };
    const tr = trajectoryFor(t, { rounding: 'none' })!;
    expect(tr.points.map((p) => p.period)).toEqual(['Q4 2018/19', 'Q1 2019/20', 'Q2 2019/20', 'Q3 2019/20', 'Q4 2019/20']);
    expect(tr.points.map((p) => p.value)).toEqual([100, 95, 90, 85, 80]);
    const m = trajectoryFor({ ...t, baseline: { period: 'Mar 2019', value: 30 }, target: { period: 'Jun 2019', value: 24 } }, { rounding: 'none' })!;
    expect(m.points.map((p) => [p.period, p.value])).toEqual([
      ['Mar 2019', 30],
      ['Apr 2019', 28],
      ['May 2019', 26],
      ['Jun 2019', 24],
    ]);
  });

  it('null when it cannot be drawn', () => {
    const t = SEED_TARGETS[0];
    expect(trajectoryFor({ ...t, baseline: null })).toBeNull();
    expect(trajectoryFor({ ...t, target: null })).toBeNull();
    expect(trajectoryFor({ ...t, target: { period: '2002/03', value: 900 } })).toBeNull();
    expect(trajectoryFor({ ...t, baseline: { period: '2003/04', value: 0 } }, { method: 'compound' })).toBeNull();
  });
});

describe('which line a plan drew', () => {
  it("seed 001's drugs offences stay on the straight line although 61, 58, 56 also fit a compound line", () => {
    const drugs = SEED_TARGETS.find((t) => t.indicator === 'Drugs offences')!;
    const tr = trajectoryFor(drugs)!;
    expect(tr.method).toBe('linear');
    expect(tr.rounding).toBe('floor');
    expect(tr.points[2].value).toBe(59);
  });

  it('a plan drawn at a constant percentage a year is read as compound', () => {
    const t: Target = {
      ...SEED_TARGETS[0],
      baseline: { period: '2003/04', value: 1000 },
      target: { period: '2007/08', value: 656 },
      stated: [
        { period: '2004/05', value: 900, cell: 'C4' },
        { period: '2005/06', value: 810, cell: 'D4' },
        { period: '2006/07', value: 729, cell: 'E4' },
      ],
    };
    expect(trajectoryFor(t)!.method).toBe('compound');
    expect(trajectoryFor(t, { method: 'linear' })!.method).toBe('linear');
  });
});
