import fc from 'fast-check';
import { exactMilestone, milestones } from '../../../src/core/trajectory/milestones';
import { clean, roundToStep } from '../../../src/core/trajectory/rounding';
import { decimalPlaces, unitStep } from '../../../src/core/trajectory/precision';
import { SEED_001_TABLES } from './seed001';

describe('milestones: model.md formulas', () => {
  it('linear without rounding is B + (T - B) k / n', () => {
    expect(milestones(217, 206, 4, { method: 'linear', rounding: 'none' })).toEqual([217, 214.25, 211.5, 208.75, 206]);
  });

  it('compound without rounding is B (T / B)^(k / n)', () => {
    const m = milestones(100, 81, 2, { method: 'compound', rounding: 'none' });
    expect(m).toEqual([100, 90, 81]);
  });

  it('rounds only the milestones in between, as asked', () => {
    expect(milestones(217, 206, 4, { method: 'linear', rounding: 'floor' })).toEqual([217, 214, 211, 208, 206]);
    expect(milestones(217, 206, 4, { method: 'linear', rounding: 'ceil' })).toEqual([217, 215, 212, 209, 206]);
    expect(milestones(217, 206, 4, { method: 'linear', rounding: 'nearest' })).toEqual([217, 214, 212, 209, 206]);
  });

  it('never moves a baseline or target that is not a whole unit', () => {
    const m = milestones(100.4, 90.6, 2, { method: 'linear', rounding: 'nearest' });
    expect(m[0]).toBe(100.4);
    expect(m[2]).toBe(90.6);
    expect(m[1]).toBe(96);
  });

  it('keeps a rounded milestone from crossing a target that is not a whole unit', () => {
    // 10 -> 9.5 over 2: the line gives 9.75, floor would give 9, below the target.
    expect(milestones(10, 9.5, 2, { method: 'linear', rounding: 'floor' })).toEqual([10, 9.5, 9.5]);
    expect(milestones(9.5, 10, 2, { method: 'linear', rounding: 'ceil' })).toEqual([9.5, 10, 10]);
  });

  it('rounds percentages held as fractions to whole percentage points', () => {
    expect(milestones(0.33, 0.25, 3, { method: 'linear', rounding: 'floor', step: 0.01 })).toEqual([0.33, 0.3, 0.27, 0.25]);
  });

  it('refuses what has no answer', () => {
    expect(() => milestones(10, 5, 0, { method: 'linear', rounding: 'none' })).toThrow(RangeError);
    expect(() => milestones(10, 5, 1.5, { method: 'linear', rounding: 'none' })).toThrow(RangeError);
    expect(() => milestones(0, 5, 3, { method: 'compound', rounding: 'none' })).toThrow(/compound/);
    expect(() => milestones(NaN, 5, 3, { method: 'linear', rounding: 'none' })).toThrow(RangeError);
  });
});

describe('seed 001: every target table reproduced from baseline and target with floor rounding', () => {
  for (const t of SEED_001_TABLES) {
    const n = t.values.length - 1;
    const b = t.values[0];
    const target = t.values[n];
    const step = unitStep([b, target]);
    const computed = milestones(b, target, n, { method: 'linear', rounding: 'floor', step });
    if (t.indicator === 'Drugs offences') {
      it(`${t.indicator}: 64 -> 54 gives 61, 59, 56; the plan states 58 for 2005/06`, () => {
        expect(computed).toEqual([64, 61, 59, 56, 54]);
        expect(t.values[2]).toBe(58);
        expect(computed.filter((v, i) => v !== t.values[i])).toEqual([59]);
      });
    } else {
      it(`${t.indicator}: ${t.values.join(', ')}`, () => {
        expect(computed).toEqual(t.values);
      });
    }
  }

  it('floor is needed: nearest and ceil do not reproduce the tables', () => {
    const mismatches = (rounding: 'nearest' | 'ceil' | 'none') =>
      SEED_001_TABLES.filter((t) => {
        const n = t.values.length - 1;
        const m = milestones(t.values[0], t.values[n], n, { method: 'linear', rounding, step: unitStep([t.values[0], t.values[n]]) });
        return m.some((v, i) => v !== t.values[i]);
      }).length;
    expect(mismatches('nearest')).toBeGreaterThan(1);
    expect(mismatches('ceil')).toBeGreaterThan(1);
    expect(mismatches('none')).toBeGreaterThan(1);
  });
});

describe('milestone properties', () => {
  const value = fc.integer({ min: 1, max: 100000 });
  const periods = fc.integer({ min: 1, max: 24 });
  const method = fc.constantFrom('linear' as const, 'compound' as const);
  const rounding = fc.constantFrom('none' as const, 'nearest' as const, 'floor' as const, 'ceil' as const);

  it('endpoints are exactly the baseline and the target', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.double({ min: 0.01, max: 1e6, noNaN: true }), periods, method, rounding, (b, t, n, m, r) => {
        const ms = milestones(b, t, n, { method: m, rounding: r });
        return ms.length === n + 1 && ms[0] === b && ms[n] === t;
      }),
    );
  });

  it('milestones are monotone between baseline and target and never cross the target', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.double({ min: 0.01, max: 1e6, noNaN: true }), periods, method, rounding, (b, t, n, m, r) => {
        const ms = milestones(b, t, n, { method: m, rounding: r });
        const lo = Math.min(b, t);
        const hi = Math.max(b, t);
        for (let k = 0; k < ms.length; k++) {
          if (ms[k] < lo || ms[k] > hi) return false;
          if (k > 0 && (t >= b ? ms[k] < ms[k - 1] : ms[k] > ms[k - 1])) return false;
        }
        return true;
      }),
    );
  });

  it('rounded milestones lie within one unit of the line, on the side the rounding says', () => {
    fc.assert(
      fc.property(value, value, periods, method, rounding, (b, t, n, m, r) => {
        const ms = milestones(b, t, n, { method: m, rounding: r });
        for (let k = 1; k < n; k++) {
          const e = exactMilestone(b, t, k, n, m);
          if (Math.abs(ms[k] - e) >= 1 + 1e-9) return false;
          if (r === 'floor' && ms[k] > e + 1e-9) return false;
          if (r === 'ceil' && ms[k] < e - 1e-9) return false;
          if (r !== 'none' && !Number.isInteger(ms[k])) return false;
        }
        return true;
      }),
    );
  });

  it('compound gives equal ratios between successive milestones', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.integer({ min: 2, max: 24 }), (b, t, n) => {
        const ms = milestones(b, t, n, { method: 'compound', rounding: 'none' });
        const r0 = ms[1] / ms[0];
        return ms.every((v, k) => k === 0 || Math.abs(v / ms[k - 1] - r0) <= 1e-9 * Math.max(1, r0));
      }),
    );
  });

  it('linear gives equal steps', () => {
    fc.assert(
      fc.property(value, value, fc.integer({ min: 2, max: 24 }), (b, t, n) => {
        const ms = milestones(b, t, n, { method: 'linear', rounding: 'none' });
        const d = (t - b) / n;
        return ms.every((v, k) => k === 0 || Math.abs(v - ms[k - 1] - d) <= 1e-6);
      }),
    );
  });
});

describe('roundToStep', () => {
  it('treats floating-point noise as the whole number it is', () => {
    expect(roundToStep(0.1 * 3, 'floor', 0.1)).toBe(0.3);
    expect(roundToStep(1094.9999999999, 'floor')).toBe(1095);
    expect(roundToStep(2.5, 'nearest')).toBe(3);
    expect(roundToStep(-2.5, 'nearest')).toBe(-3);
    expect(roundToStep(1.23456, 'none')).toBe(1.23456);
  });

  it('unitStep follows the precision the figures are written in', () => {
    expect(unitStep([1140, 960])).toBe(1);
    expect(unitStep([0.11, 0.08])).toBe(0.01);
    expect(unitStep([12.5, 10])).toBe(0.1);
    expect(unitStep([0.333])).toBe(0.001);
    expect(unitStep([null, 7])).toBe(1);
  });
});

describe('clean and decimalPlaces take a short cut for whole numbers', () => {
  const reference = (x: number) => (Number.isFinite(x) ? (+x.toPrecision(12) === 0 ? 0 : +x.toPrecision(12)) : x);
  test('the same answers as toPrecision(12) for any number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -0, 1e12, 1234567890123, -999999999999, 2 ** 53, 0.1 + 0.2)), (x) => {
        expect(Object.is(clean(x), reference(x))).toBe(true);
      }),
      { seed: 3, numRuns: 2000 },
    );
  });
  test('decimal places of whole numbers, fractions and tiny values', () => {
    expect([1140, -3, 0, 1e21, 0.11, 12.5, 0.1 + 0.2, 1e-7].map(decimalPlaces)).toEqual([0, 0, 0, 0, 2, 1, 1, 7]);
  });
});
