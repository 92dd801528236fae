import { Target } from '../plan';
import { clean } from './rounding';
import { decimalPlaces } from './precision';

/**
 * The target value: the stated value wins over a percentage (model.md); with only a percentage it
 * is baseline * (1 + change), not rounded (the target is never moved by rounding).
 */
export function targetValueOf(target: Target): number | null {
  const t = target.target;
  if (!t) return null;
  if (typeof t.value === 'number' && Number.isFinite(t.value)) return t.value;
  if (typeof t.change === 'number' && Number.isFinite(t.change) && target.baseline) return clean(target.baseline.value * (1 + t.change));
  return null;
}

/** Relative change from baseline to target as a fraction (-0.158 for 1140 -> 960); null from a zero baseline. */
export function relativeChange(baseline: number, target: number): number | null {
  return baseline === 0 ? null : (target - baseline) / baseline;
}

/**
 * Whether a stated percentage describes the values. Plans round in two ways, and both are fine:
 *  (a) the percentage is the real change rounded to the precision it is written with: "16%" for
 *      1140 -> 960 (15.8%), "5%" for 217 -> 206 (5.07%);
 *  (b) the target is the percentage applied to the baseline and rounded to a whole unit:
 *      "25%" for 21 -> 16 (21 x 0.75 = 15.75), "15%" for 64 -> 54 (64 x 0.85 = 54.4).
 * With these, all twelve of seed 001's stated percentages pass; with (a) alone the two small counts
 * above (23.8% and 15.6% real) would be flagged although the plan is right.
 * For a percentage indicator (11% -> 8%) a change stated in percentage points also passes.
 */
export function percentageAgrees(baseline: number, target: number, change: number, step: number, unit: Target['unit']): boolean {
  const real = relativeChange(baseline, target);
  const statedPct = clean(change * 100);
  const half = 0.5 * Math.pow(10, -decimalPlaces(statedPct));
  if (real !== null && Math.abs(real * 100 - statedPct) <= half + 1e-9) return true;
  if (Math.abs(baseline * (1 + change) - target) < step - 1e-9) return true;
  if (unit === 'percent') {
    const scale = Math.abs(baseline) <= 1 && Math.abs(target) <= 1 ? 1 : 100;
    if (Math.abs(target - baseline - change * scale) < step - 1e-9) return true;
  }
  return false;
}

/** "-15.8%" for messages: one decimal, or none when whole. */
export function formatPercent(fraction: number): string {
  const p = clean(Math.round(fraction * 1000) / 10);
  return `${p}%`;
}
