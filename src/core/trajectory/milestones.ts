import { Rounding, roundToStep } from './rounding';

export const METHODS = ['linear', 'compound'] as const;
export type Method = (typeof METHODS)[number];

export function isMethod(s: string): s is Method {
  return (METHODS as readonly string[]).includes(s);
}

export interface MilestoneOptions {
  method: Method;
  rounding: Rounding;
  /** The unit rounded to (default 1; 0.01 for percentages held as fractions). */
  step?: number;
}

/**
 * The value on the line for period k of n after the baseline, before rounding (model.md):
 * linear B + (T - B) * k / n; compound B * (T / B) ^ (k / n).
 */
export function exactMilestone(baseline: number, target: number, k: number, n: number, method: Method): number {
  if (k <= 0) return baseline;
  if (k >= n) return target;
  if (method === 'compound') {
    assertCompoundPossible(baseline, target);
    return baseline * Math.pow(target / baseline, k / n);
  }
  return baseline + ((target - baseline) * k) / n;
}

/** Compound growth needs both ends on the same side of zero and neither at zero. */
export function compoundPossible(baseline: number, target: number): boolean {
  return baseline !== 0 && target !== 0 && Math.sign(baseline) === Math.sign(target);
}

function assertCompoundPossible(baseline: number, target: number): void {
  if (!compoundPossible(baseline, target)) {
    throw new RangeError(`A compound trajectory needs a baseline and a target above zero, or both below (got ${baseline} and ${target}); use linear`);
  }
}

/**
 * Milestones from the baseline (index 0) to the target (index n), n periods apart.
 * The baseline and the target are returned exactly as given; only the milestones in between are
 * rounded, and a rounded milestone is kept between the baseline and the target, so rounding never
 * crosses the target (or falls back past the baseline) even when the target is not a whole unit.
 */
export function milestones(baseline: number, target: number, n: number, options: MilestoneOptions): number[] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`A trajectory needs at least one period after the baseline (got ${n})`);
  if (!Number.isFinite(baseline) || !Number.isFinite(target)) throw new RangeError('The baseline and the target must be numbers');
  if (options.method === 'compound') assertCompoundPossible(baseline, target);
  const lo = Math.min(baseline, target);
  const hi = Math.max(baseline, target);
  const out: number[] = [baseline];
  for (let k = 1; k < n; k++) {
    const m = roundToStep(exactMilestone(baseline, target, k, n, options.method), options.rounding, options.step ?? 1);
    out.push(m < lo ? lo : m > hi ? hi : m);
  }
  out.push(target);
  return out;
}
