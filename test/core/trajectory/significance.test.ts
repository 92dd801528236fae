import fc from 'fast-check';
import { byarPoissonLimits, exactPoissonLimits, poissonLimits, significanceOfChange } from '../../../src/core/trajectory/significance';
import { chiSquareQuantile, gammaP, normalQuantile } from '../../../src/core/trajectory/gamma';

describe('exact Poisson limits (textbook 95% values)', () => {
  it.each([
    [0, 0, 3.689],
    [1, 0.0253, 5.572],
    [10, 4.795, 18.39],
    [100, 81.36, 121.63],
  ])('x = %d gives (%d, %d)', (x, lo, hi) => {
    const l = exactPoissonLimits(x);
    expect(l.lower).toBeCloseTo(lo, lo < 1 ? 4 : 2);
    expect(l.upper).toBeCloseTo(hi, 2);
    expect(l.method).toBe('exact');
  });

  it('x = 0 has upper limit -ln(0.025)', () => {
    expect(exactPoissonLimits(0).upper).toBeCloseTo(-Math.log(0.025), 10);
  });

  it('other confidence levels: 99% for x = 10 is (3.717, 21.40)', () => {
    const l = exactPoissonLimits(10, 0.99);
    expect(l.lower).toBeCloseTo(3.717, 2);
    expect(l.upper).toBeCloseTo(21.4, 1);
  });

  it('refuses counts that are not whole', () => {
    expect(() => exactPoissonLimits(2.5)).toThrow(RangeError);
    expect(() => exactPoissonLimits(-1)).toThrow(RangeError);
  });
});

describe("Byar's approximation", () => {
  it('matches the exact limits closely for large counts', () => {
    for (const x of [100, 1000, 20000]) {
      const e = exactPoissonLimits(x);
      const b = byarPoissonLimits(x);
      expect(Math.abs(b.lower - e.lower) / e.lower).toBeLessThan(1e-3);
      expect(Math.abs(b.upper - e.upper) / e.upper).toBeLessThan(1e-3);
    }
    expect(byarPoissonLimits(100).lower).toBeCloseTo(81.36, 1);
  });

  it('auto uses exact for small counts and Byar for large ones', () => {
    expect(poissonLimits(50).method).toBe('exact');
    expect(poissonLimits(5000).method).toBe('byar');
    expect(poissonLimits(5000, { method: 'exact' }).method).toBe('exact');
  });
});

describe('gamma and normal numerics', () => {
  it('chi-square and normal quantiles match tables', () => {
    expect(chiSquareQuantile(0.95, 1)).toBeCloseTo(3.841, 3);
    expect(chiSquareQuantile(0.025, 20)).toBeCloseTo(9.591, 3);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 10);
  });

  it('gammaP inverts: P(a, gammaPInv(p, a)) = p', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.integer({ min: 1, max: 2000 }), (p, a) => {
        const x = chiSquareQuantile(p, 2 * a) / 2;
        return Math.abs(gammaP(a, x) - p) < 1e-8;
      }),
    );
  });
});

describe('significance of a change from the baseline', () => {
  it('1140 -> 960 crimes in a year is a significant fall', () => {
    const s = significanceOfChange(960, 1140);
    expect(s.significant).toBe(true);
    expect(s.change).toBe('fall');
    expect(s.summary).toBe('Significant fall');
  });

  it('64 -> 58 drugs offences is not significant, although it is 9% lower', () => {
    const s = significanceOfChange(58, 64);
    expect(s.significant).toBe(false);
    expect(s.change).toBe('fall');
    expect(s.summary).toBe('Not significant');
  });

  it('a count equal to the baseline is not a change', () => {
    expect(significanceOfChange(30, 30)).toMatchObject({ significant: false, change: 'none' });
  });

  it('scales the baseline to a shorter period', () => {
    // A quarter with 40 against a year of 240 (60 a quarter): 60 lies above 40's upper limit 54.47.
    const s = significanceOfChange(40, 240, { baselineShare: 0.25 });
    expect(s.expected).toBe(60);
    expect(s.significant).toBe(true);
    expect(s.upper).toBeCloseTo(54.47, 1);
  });

  it('a rise from 2 to 8 is significant, to 5 is not', () => {
    expect(significanceOfChange(8, 2)).toMatchObject({ significant: true, change: 'rise', summary: 'Significant rise' });
    expect(significanceOfChange(5, 2)).toMatchObject({ significant: false, change: 'rise', summary: 'Not significant' });
  });

  it('is significant exactly when the baseline is outside the limits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), (x, b) => {
        const s = significanceOfChange(x, b);
        return s.significant === (b < s.lower || b > s.upper) && s.lower <= x && x <= s.upper;
      }),
    );
  });
});

test('limits asked for again are the same and not shared', () => {
  const a = exactPoissonLimits(37, 0.95);
  a.lower = -1;
  expect(exactPoissonLimits(37, 0.95).lower).toBeGreaterThan(0);
  expect(exactPoissonLimits(37, 0.95)).toEqual(exactPoissonLimits(37, 0.95));
  expect(exactPoissonLimits(37, 0.99).lower).toBeLessThan(exactPoissonLimits(37, 0.95).lower);
});
