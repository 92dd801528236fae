import { Direction } from '../plan';
import { clean } from './rounding';

export type Rag = 'green' | 'amber' | 'red';

/** Default tolerance for amber: 5% beyond the milestone. */
export const DEFAULT_TOLERANCE = 0.05;

/**
 * RAG of an actual against its milestone (model.md). Reduce: green at or below the milestone,
 * amber up to milestone x (1 + tolerance), red above. Increase is the mirror: green at or above,
 * amber down to milestone x (1 - tolerance), red below. The tolerance band is taken on the size of
 * the milestone, so it also works for a negative milestone.
 */
export function rag(actual: number, milestone: number, direction: Direction, tolerance: number = DEFAULT_TOLERANCE): Rag {
  if (!(tolerance >= 0)) throw new RangeError(`The RAG tolerance must be zero or more (got ${tolerance})`);
  const band = Math.abs(milestone) * tolerance;
  const a = clean(actual);
  const m = clean(milestone);
  if (direction === 'reduce') {
    if (a <= m) return 'green';
    return a <= clean(m + band) ? 'amber' : 'red';
  }
  if (a >= m) return 'green';
  return a >= clean(m - band) ? 'amber' : 'red';
}

/** Actual minus milestone: above the line is positive, whichever way the target runs. */
export function variance(actual: number, milestone: number): number {
  return clean(actual - milestone);
}

/** Variance as a fraction of the milestone; null against a zero milestone. */
export function variancePercent(actual: number, milestone: number): number | null {
  return milestone === 0 ? null : clean((actual - milestone) / Math.abs(milestone));
}

/**
 * Share of the intended change delivered: (A - B) / (T - B). 1140 -> 960 with an actual of 1050
 * is 0.5; above 1 means beyond the target; negative means moving the wrong way. Null when the
 * target is the baseline.
 */
export function percentOfTargetAchieved(actual: number, baseline: number, target: number): number | null {
  return target === baseline ? null : clean((actual - baseline) / (target - baseline));
}

export const RAG_LABELS: Readonly<Record<Rag, string>> = { green: 'Green', amber: 'Amber', red: 'Red' };
