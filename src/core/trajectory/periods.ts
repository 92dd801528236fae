import { Period, parsePeriod, periodsBetween } from '../timescale/period';

export type { Period };

/**
 * The one place the trajectory engine meets period parsing (src/core/timescale). Everything else
 * here works on lists of labels, baseline first, target last.
 */
export type RangeResult = { ok: true; periods: Period[] } | { ok: false; reason: 'from-unreadable' | 'to-unreadable' | 'not-after' | 'different-kinds'; message: string };

/** a lies wholly inside b. */
export function periodWithin(a: Period, b: Period): boolean {
  return a.start >= b.start && a.end <= b.end;
}

/**
 * Labels already read. A Progress table repeats a few dozen period labels thousands of times, and
 * every target of a plan usually runs over the same range. Periods are plain values never changed
 * after they are made, so one object can be handed out again.
 */
const periodCache = new Map<string, Period | null>();
const rangeCache = new Map<string, RangeResult>();

function remember<V>(cache: Map<string, V>, key: string, make: () => V): V {
  if (cache.has(key)) return cache.get(key)!;
  if (cache.size > 20000) cache.clear();
  const v = make();
  cache.set(key, v);
  return v;
}

export function readPeriod(text: string): Period | null {
  if (typeof text !== 'string') return null;
  return remember(periodCache, text, () => parsePeriod(text));
}

/** Every period from the baseline's to the target's, both included. */
export function periodRange(fromText: string, toText: string): RangeResult {
  const r = remember(rangeCache, `${fromText}\u0000${toText}`, () => readRange(fromText, toText));
  // A fresh list each time: callers may change theirs.
  return r.ok ? { ok: true, periods: [...r.periods] } : r;
}

function readRange(fromText: string, toText: string): RangeResult {
  if (!fromText || !fromText.trim()) return { ok: false, reason: 'from-unreadable', message: 'no baseline period is given' };
  if (!toText || !toText.trim()) return { ok: false, reason: 'to-unreadable', message: 'no target period is given' };
  const from = parsePeriod(fromText);
  if (!from) return { ok: false, reason: 'from-unreadable', message: `"${fromText}" is not a period (write a financial year "2003/04", a quarter "Q1 2019/20" or a month "Apr 2019")` };
  const to = parsePeriod(toText);
  if (!to) return { ok: false, reason: 'to-unreadable', message: `"${toText}" is not a period (write a financial year "2007/08", a quarter "Q4 2019/20" or a month "Mar 2020")` };
  if (to.start <= from.start) return { ok: false, reason: 'not-after', message: `the target period ${to.label} is not after the baseline period ${from.label}` };
  if (to.kind !== from.kind)
    return { ok: false, reason: 'different-kinds', message: `the baseline period ${from.label} and the target period ${to.label} are different kinds of period (${from.kind}, ${to.kind})` };
  const between = periodsBetween(from, to);
  if (!between || between.length === 0) return { ok: false, reason: 'different-kinds', message: `cannot count the periods from ${from.label} to ${to.label}` };
  const list = [...between];
  if (list[0].label !== from.label) list.unshift(from);
  if (list[list.length - 1].label !== to.label) list.push(to);
  return { ok: true, periods: list };
}
