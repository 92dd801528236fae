import { clean } from './rounding';

/** Decimal places a number is written with (0.11 -> 2, 1140 -> 0, 12.5 -> 1), ignoring float noise. */
export function decimalPlaces(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return 0;
  const s = String(clean(Math.abs(x)));
  const e = /e-(\d+)$/.exec(s);
  if (e) {
    const mantissa = s.slice(0, s.indexOf('e'));
    const dot = mantissa.indexOf('.');
    return Number(e[1]) + (dot < 0 ? 0 : mantissa.length - dot - 1);
  }
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * The "whole unit" of an indicator: the finest precision its own figures are written in, and never
 * coarser than 1. Counts and index scores give 1; percentages held as fractions (0.11 -> 0.08)
 * give 0.01, one percentage point; a rate written as 12.5 gives 0.1. Rounding and the "a whole
 * unit or more off the line" check both use it.
 */
export function unitStep(values: ReadonlyArray<number | null | undefined>): number {
  let places = 0;
  for (const v of values) if (typeof v === 'number') places = Math.max(places, decimalPlaces(v));
  return clean(Math.pow(10, -Math.min(places, 10)));
}
