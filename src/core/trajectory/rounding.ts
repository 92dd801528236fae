/**
 * Rounding of milestones to the unit the partnership counts in.
 * "floor" is Math.floor: towards minus infinity, the lower whole unit. For a reducing series (every
 * table in seed 001) that is the more demanding side: 217 -> 206 over four years is 214.25, 211.5,
 * 208.75 on the line and 214, 211, 208 in the plan. For an increasing series floor is the less
 * demanding side, and "ceil" the more demanding one.
 */
export const ROUNDINGS = ['none', 'nearest', 'floor', 'ceil'] as const;
export type Rounding = (typeof ROUNDINGS)[number];

export function isRounding(s: string): s is Rounding {
  return (ROUNDINGS as readonly string[]).includes(s);
}

/** Drop binary noise (0.1 * 3 = 0.30000000000000004) so shown and compared values are the ones people write. */
export function clean(x: number): number {
  // A whole number of up to 12 digits has no noise to drop (and toPrecision is slow): most counts.
  if (Number.isInteger(x) && Math.abs(x) < 1e12) return x === 0 ? 0 : x;
  if (!Number.isFinite(x)) return x;
  const c = +x.toPrecision(12);
  return c === 0 ? 0 : c;
}

/**
 * Round x to a multiple of step. A value within floating-point noise of a multiple counts as that
 * multiple, so floor(1095.0000000001) is 1095 and floor(0.29999999999) at step 0.01 is 0.3.
 * "nearest" rounds halves away from zero, as Excel's ROUND does.
 */
export function roundToStep(x: number, rounding: Rounding, step = 1): number {
  if (rounding === 'none' || !Number.isFinite(x)) return clean(x);
  if (!(step > 0)) throw new RangeError('The rounding step must be above zero');
  let q = x / step;
  const r = Math.round(q);
  if (Math.abs(q - r) <= 1e-9 * Math.max(1, Math.abs(q))) q = r;
  let n: number;
  if (rounding === 'floor') n = Math.floor(q);
  else if (rounding === 'ceil') n = Math.ceil(q);
  else n = Math.sign(q) * Math.floor(Math.abs(q) + 0.5);
  return clean(n * step);
}

/** Words for messages: "rounded down". */
export function roundingWords(rounding: Rounding): string {
  switch (rounding) {
    case 'floor':
      return 'rounded down';
    case 'ceil':
      return 'rounded up';
    case 'nearest':
      return 'rounded to the nearest unit';
    default:
      return 'not rounded';
  }
}
