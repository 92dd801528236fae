import { Target } from '../plan';
import { targetValueOf } from './change';
import { PlacedStatement, bestRounding, inferMethod, roundingScores } from './infer';
import { Method, exactMilestone, milestones } from './milestones';
import { Period, periodRange, readPeriod } from './periods';
import { unitStep } from './precision';
import { Rounding, clean } from './rounding';

export type MilestoneRole = 'baseline' | 'milestone' | 'target';

export interface TrajectoryPoint {
  period: string;
  /** The period as the timescale module reads it (start and end dates, kind). */
  when: Period;
  /** The milestone, rounded as asked; the baseline and target exactly as given. */
  value: number;
  /** The value on the line before rounding. */
  exact: number;
  role: MilestoneRole;
}

export interface Trajectory {
  targetId: string;
  baseline: number;
  target: number;
  method: Method;
  rounding: Rounding;
  /** The whole unit rounded to (1, or 0.01 for percentages held as fractions). */
  step: number;
  points: TrajectoryPoint[];
}

export interface TrajectoryOptions {
  /** 'auto' (the default): linear unless a compound line fits the plan's stated milestones better. */
  method?: Method | 'auto';
  /** 'auto' (the default): the rounding that reproduces the plan's stated milestones, else `fallbackRounding`. */
  rounding?: Rounding | 'auto';
  /** Used when rounding is 'auto' and the target states no milestones to judge by (default 'nearest'). */
  fallbackRounding?: Rounding;
  /** Override the whole unit; by default it follows the precision of the target's own figures. */
  step?: number;
}

/** Milestones for a list of period labels, baseline first, target last: no period parsing involved. */
export function trajectoryFromLabels(
  baseline: number,
  target: number,
  labels: ReadonlyArray<string>,
  options: { method: Method; rounding: Rounding; step?: number },
): { period: string; value: number }[] {
  if (labels.length < 2) throw new RangeError('A trajectory needs a baseline period and a later target period');
  const values = milestones(baseline, target, labels.length - 1, options);
  return labels.map((period, k) => ({ period, value: values[k] }));
}

/** The unit step for a target: from its baseline, target and stated figures. */
export function stepFor(target: Target): number {
  const t = target.target;
  return unitStep([target.baseline?.value, typeof t?.value === 'number' ? t.value : null, ...target.stated.map((s) => s.value)]);
}

/** Stated milestones whose period falls on the trajectory, with their position k. */
export function placeStatements(target: Target, periods: ReadonlyArray<Period>): (PlacedStatement & { cell: string; period: string })[] {
  const out: (PlacedStatement & { cell: string; period: string })[] = [];
  for (const s of target.stated) {
    const p = readPeriod(s.period);
    const k = p ? periods.findIndex((q) => q.label === p.label) : -1;
    if (k >= 0 && Number.isFinite(s.value)) out.push({ k, value: s.value, cell: s.cell, period: periods[k].label });
  }
  return out;
}

/**
 * The trajectory of one target, period by period. Null when it has no baseline, no target value or
 * percentage, or periods that cannot be read or run backwards: checkTarget says which.
 */
export function trajectoryFor(target: Target, options: TrajectoryOptions = {}): Trajectory | null {
  const b = target.baseline;
  const t = targetValueOf(target);
  if (!b || t === null || !target.target || !Number.isFinite(b.value)) return null;
  const range = periodRange(b.period, target.target.period);
  if (!range.ok) return null;
  const periods = range.periods;
  const n = periods.length - 1;
  const step = options.step ?? stepFor(target);
  const stated = placeStatements(target, periods);
  const method: Method = !options.method || options.method === 'auto' ? inferMethod(b.value, t, n, stated, step) : options.method;
  let rounding: Rounding;
  if (!options.rounding || options.rounding === 'auto') {
    rounding = bestRounding(roundingScores(b.value, t, n, stated, method, step)) ?? options.fallbackRounding ?? 'nearest';
  } else rounding = options.rounding;
  let values: number[];
  try {
    values = milestones(b.value, t, n, { method, rounding, step });
  } catch {
    return null;
  }
  const points = periods.map((p, k) => ({
    period: p.label,
    when: p,
    value: values[k],
    exact: k === 0 ? b.value : k === n ? t : clean(exactMilestone(b.value, t, k, n, method)),
    role: (k === 0 ? 'baseline' : k === n ? 'target' : 'milestone') as MilestoneRole,
  }));
  return { targetId: target.id, baseline: b.value, target: t, method, rounding, step, points };
}
