import { Target } from '../../../src/core/plan';
import { checkTarget, checkTargets } from '../../../src/core/trajectory/check';
import { SEED_SHEET, SEED_TARGETS } from './seedTargets';

function base(partial: Partial<Target> = {}): Target {
  return {
    id: 'CD',
    priority: 'Anti-social Behaviour',
    indicator: 'Criminal damage incidents',
    unit: 'count',
    direction: 'reduce',
    baseline: { period: '2003/04', value: 1140 },
    target: { period: '2007/08', value: 960, change: -0.16 },
    stated: [],
    source: { sheet: 'Targets', cell: 'A3' },
    ...partial,
  };
}

describe('checkTarget on target tables laid out like seed 001', () => {
  const findings = checkTargets(SEED_TARGETS);

  it('flags exactly one stated milestone: drugs offences 2005/06', () => {
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ severity: 'warning', code: 'milestone-off-trajectory', sheet: SEED_SHEET });
    const drugs = SEED_TARGETS.find((t) => t.indicator === 'Drugs offences')!;
    expect(f.cell).toBe(drugs.stated.find((s) => s.period === '2005/06')!.cell);
  });

  it('the message gives the stated value, the value on the line, the period and the fix', () => {
    const m = findings[0].message;
    expect(m).toContain('Drugs offences');
    expect(m).toContain('58');
    expect(m).toContain('59');
    expect(m).toContain('2005/06');
    expect(m).toMatch(/Change the stated milestone to 59/);
  });
});

describe('checkTarget findings', () => {
  it('a whole unit off the line is flagged; less than a unit is not', () => {
    const ok = base({
      baseline: { period: '2003/04', value: 217 },
      target: { period: '2007/08', value: 206 },
      stated: [
        { period: '2004/05', value: 214, cell: 'C4' },
        { period: '2005/06', value: 212, cell: 'D4' },
      ],
    });
    expect(checkTarget(ok)).toEqual([]);
    const off = base({ baseline: { period: '2003/04', value: 217 }, target: { period: '2007/08', value: 206 }, stated: [{ period: '2004/05', value: 213, cell: 'C4' }] });
    const f = checkTarget(off);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: 'milestone-off-trajectory', cell: 'C4' });
    expect(f[0].message).toContain('214.25');
    expect(f[0].message).toContain('214 or 215');
  });

  it('a stated percentage that does not match the values', () => {
    const f = checkTarget(base({ target: { period: '2007/08', value: 960, change: -0.2 } }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', code: 'target-percentage-mismatch', sheet: 'Targets', cell: 'A3' });
    expect(f[0].message).toContain('-20%');
    expect(f[0].message).toContain('-15.8%');
    expect(checkTarget(base())).toEqual([]);
  });

  it('a target period before its baseline', () => {
    const f = checkTarget(base({ baseline: { period: '2007/08', value: 1140 }, target: { period: '2003/04', value: 960 } }));
    expect(f.map((x) => x.code)).toEqual(['target-before-baseline']);
    expect(f[0].severity).toBe('error');
    expect(f[0].message).toContain('2003/04');
  });

  it('a target in the same period as its baseline', () => {
    expect(checkTarget(base({ baseline: { period: '2007/08', value: 1140 }, target: { period: '2007/08', value: 960 } })).map((x) => x.code)).toEqual(['target-before-baseline']);
  });

  it('missing baseline and missing target', () => {
    expect(checkTarget(base({ baseline: null })).map((x) => [x.code, x.severity, x.cell])).toEqual([['missing-baseline', 'error', 'A3']]);
    expect(checkTarget(base({ target: null })).map((x) => x.code)).toEqual(['missing-target']);
    expect(checkTarget(base({ target: { period: '2007/08' } })).map((x) => x.code)).toEqual(['missing-target']);
    expect(checkTarget(base({ baseline: null, target: null })).map((x) => x.code)).toEqual(['missing-baseline', 'missing-target']);
  });

  it('periods that cannot be read', () => {
    expect(checkTarget(base({ baseline: { period: 'Benchmark', value: 1140 } })).map((x) => x.code)).toEqual(['baseline-period-unreadable']);
    expect(checkTarget(base({ target: { period: 'by the end', value: 960 } })).map((x) => x.code)).toEqual(['target-period-unreadable']);
  });

  it('a target that runs the wrong way', () => {
    expect(checkTarget(base({ target: { period: '2007/08', value: 1200 } })).map((x) => x.code)).toEqual(['target-wrong-direction']);
  });

  it('a stated milestone outside the trajectory', () => {
    const f = checkTarget(base({ stated: [{ period: '2009/10', value: 900, cell: 'H4' }] }));
    expect(f.map((x) => [x.code, x.cell])).toEqual([['milestone-period-outside', 'H4']]);
  });

  it('a percentage target alone is drawn from the percentage', () => {
    const t = base({ target: { period: '2007/08', change: -0.16 }, stated: [{ period: '2005/06', value: 1048, cell: 'D4' }] });
    expect(checkTarget(t)).toEqual([]);
  });

  it('holds compound plans to the compound line', () => {
    // 1000 -> 729 over 3 years at -10% a year: 900, 810.
    const t = base({
      baseline: { period: '2003/04', value: 1000 },
      target: { period: '2006/07', value: 729 },
      stated: [
        { period: '2004/05', value: 900, cell: 'C4' },
        { period: '2005/06', value: 810, cell: 'D4' },
      ],
    });
    expect(checkTarget(t)).toEqual([]);
    const linear = checkTarget(t, { method: 'linear' });
    expect(linear.map((x) => x.code)).toEqual(['milestone-off-trajectory', 'milestone-off-trajectory']);
    expect(linear[0].message).toContain('straight line');
  });

  it('percentages held as fractions are judged in percentage points', () => {
    const t = base({
      unit: 'percent',
      baseline: { period: '2004/05', value: 0.33 },
      target: { period: '2007/08', value: 0.25 },
      stated: [
        { period: '2005/06', value: 0.3, cell: 'C4' },
        { period: '2006/07', value: 0.25, cell: 'D4' },
      ],
    });
    const f = checkTarget(t);
    expect(f.map((x) => x.cell)).toEqual(['D4']);
    expect(f[0].message).toContain('27.67%');
  });
});
