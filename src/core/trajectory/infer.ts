import { Method, compoundPossible, exactMilestone, milestones } from './milestones';
import { ROUNDINGS, Rounding } from './rounding';

/** A stated milestone placed on the trajectory: k periods after the baseline, of n. */
export interface PlacedStatement {
  k: number;
  value: number;
}

/**
 * Rounding the plan itself used, judged from its stated milestones: the rounding that reproduces
 * the most of them. Ties go to nearest, then floor, ceil, none. Seed 001 comes out as floor.
 * Returns the count reproduced for each rounding so a caller can pool several targets.
 */
export function roundingScores(baseline: number, target: number, n: number, stated: ReadonlyArray<PlacedStatement>, method: Method, step: number): Record<Rounding, number> {
  const scores: Record<Rounding, number> = { none: 0, nearest: 0, floor: 0, ceil: 0 };
  const inner = stated.filter((s) => s.k > 0 && s.k < n);
  if (inner.length === 0 || (method === 'compound' && !compoundPossible(baseline, target))) return scores;
  for (const r of ROUNDINGS) {
    const line = milestones(baseline, target, n, { method, rounding: r, step });
    scores[r] = inner.filter((s) => Math.abs(line[s.k] - s.value) < step * 1e-6).length;
  }
  return scores;
}

const TIE_ORDER: Rounding[] = ['nearest', 'floor', 'ceil', 'none'];

/** The best-scoring rounding, or null when no statement decides it. */
export function bestRounding(scores: Record<Rounding, number>): Rounding | null {
  let best: Rounding | null = null;
  for (const r of TIE_ORDER) if (scores[r] > 0 && (best === null || scores[r] > scores[best])) best = r;
  return best;
}

/** Stated milestones a whole unit or more away from the line drawn by `method`. */
export function offLine<S extends PlacedStatement>(baseline: number, target: number, n: number, stated: ReadonlyArray<S>, method: Method, step: number): S[] {
  return stated.filter((s) => Math.abs(s.value - exactMilestone(baseline, target, s.k, n, method)) >= step - step * 1e-9);
}

/**
 * Method the plan used: linear, unless the straight line misses more than half of the stated
 * milestones and a compound line misses fewer. The bar is high on purpose: with three stated
 * milestones one slip should be reported, not excused by the other curve. (Seed 001's drugs
 * offences, 61, 58, 56 for 64 -> 54, happen to sit on a compound line rounded down, while all its
 * other tables are linear; the 58 is the plan's slip.) A plan drawn at a constant percentage a year
 * misses the straight line nearly everywhere, so it is still recognised.
 */
export function inferMethod(baseline: number, target: number, n: number, stated: ReadonlyArray<PlacedStatement>, step: number): Method {
  if (!compoundPossible(baseline, target)) return 'linear';
  const inner = stated.filter((s) => s.k > 0 && s.k < n);
  const linearOff = offLine(baseline, target, n, inner, 'linear', step).length;
  if (linearOff * 2 <= inner.length) return 'linear';
  return offLine(baseline, target, n, inner, 'compound', step).length < linearOff ? 'compound' : 'linear';
}
