import fc from 'fast-check';
import { percentOfTargetAchieved, rag, variance, variancePercent } from '../../../src/core/trajectory/rag';

describe('RAG against a milestone', () => {
  it('reduce: green at or below, amber within 5%, red beyond', () => {
    expect(rag(1050, 1050, 'reduce')).toBe('green');
    expect(rag(1000, 1050, 'reduce')).toBe('green');
    expect(rag(1102, 1050, 'reduce')).toBe('amber');
    expect(rag(1102.5, 1050, 'reduce')).toBe('amber');
    expect(rag(1103, 1050, 'reduce')).toBe('red');
  });

  it('increase is the mirror', () => {
    expect(rag(100, 100, 'increase')).toBe('green');
    expect(rag(120, 100, 'increase')).toBe('green');
    expect(rag(95, 100, 'increase')).toBe('amber');
    expect(rag(94.9, 100, 'increase')).toBe('red');
  });

  it('takes the tolerance per indicator', () => {
    expect(rag(110, 100, 'reduce', 0.1)).toBe('amber');
    expect(rag(110, 100, 'reduce', 0)).toBe('red');
    expect(() => rag(1, 1, 'reduce', -0.1)).toThrow(RangeError);
  });

  it('percentages held as fractions are not upset by float noise', () => {
    expect(rag(0.1 + 0.2, 0.3, 'reduce', 0)).toBe('green');
  });

  it('mirrors: reduce with (A, m) agrees with increase with (-A, -m) at zero tolerance', () => {
    fc.assert(fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: -1e6, max: 1e6 }), (a, m) => rag(a, m, 'reduce', 0) === rag(-a, -m, 'increase', 0)));
  });
});

describe('variance and % of target achieved', () => {
  it('variance is actual minus milestone', () => {
    expect(variance(1070, 1050)).toBe(20);
    expect(variance(0.12, 0.1)).toBe(0.02);
    expect(variancePercent(1102.5, 1050)).toBe(0.05);
    expect(variancePercent(3, 0)).toBeNull();
  });

  it('share of the intended change delivered', () => {
    expect(percentOfTargetAchieved(1050, 1140, 960)).toBe(0.5);
    expect(percentOfTargetAchieved(960, 1140, 960)).toBe(1);
    expect(percentOfTargetAchieved(1200, 1140, 960)).toBeCloseTo(-1 / 3, 10);
    expect(percentOfTargetAchieved(5, 5, 5)).toBeNull();
  });
});
