import { Period, parsePeriod, periodsBetween } from '../timescale/period';

export type { Period };

/**
 * The one place the trajectory engine meets period parsing (src/core/timescale). Everything else
 * here works on lists of labels, baseline first, target last.
 */
export type RangeResult =
  | { ok: true; periods: Period[] }
  | { ok: false; reason: 'from-unreadable' | 'to-unreadable' | 'not-after' | 'different-kinds'; message: string };

/** a lies wholly inside b. */
export function periodWithin(a: Period, b: Period): boolean {
  return a.start >= b.start && a.end <= b.end;
}

export function readPeriod(text: string): Period | null {
  return parsePeriod(text);
}

/** Every period from the baseline's to the target's, both included. */
export function periodRange(fromText: string, toText: string): RangeResult {
  if (!fromText || !fromText.trim()) return { ok: false, reason: 'from-unreadable', message: 'no baseline period is given' };
  if (!toText || !toText.trim()) return { ok: false, reason: 'to-unreadable', message: 'no target period is given' };
  const from = parsePeriod(fromText);
  if (!from) return { ok: false, reason: 'from-unreadable', message: `"${fromText}" is not a period (write a financial year "2003/04", a quarter "Q1 2019/20" or a month "Apr 2019")` };
  const to = parsePeriod(toText);
  if (!to) return { ok: false, reason: 'to-unreadable', message: `"${toText}" is not a period (write a financial year "2007/08", a quarter "Q4 2019/20" or a month "Mar 2020")` };
  if (to.start <= from.start) return { ok: false, reason: 'not-after', message: `the target period ${to.label} is not after the baseline period ${from.label}` };
  if (to.kind !== from.kind) return { ok: false, reason: 'different-kinds', message: `the baseline period ${from.label} and the target period ${to.label} are different kinds of period (${from.kind}, ${to.kind})` };
  const between = periodsBetween(from, to);
  if (!between || between.length === 0) return { ok: false, reason: 'different-kinds', message: `cannot count the periods from ${from.label} to ${to.label}` };
  const list = [...between];
  if (list[0].label !== from.label) list.unshift(from);
  if (list[list.length - 1].label !== to.label) list.push(to);
  return { ok: true, periods: list };
}
