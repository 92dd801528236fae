/** Whole-day arithmetic on ISO dates, in UTC so a summary reads the same in every time zone. */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIso(s: string | null | undefined): s is string {
  return typeof s === 'string' && ISO.test(s);
}

function dayNumber(iso: string): number {
  const m = ISO.exec(iso)!;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86400000;
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

export function addDaysIso(iso: string, n: number): string {
  return new Date((dayNumber(iso) + n) * 86400000).toISOString().slice(0, 10);
}

/** An ISO date as the UTC-midnight Date cells hold. */
export function isoToDate(iso: string): Date {
  return new Date(dayNumber(iso) * 86400000);
}
