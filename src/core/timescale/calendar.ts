/**
 * Plain calendar arithmetic on ISO dates ("YYYY-MM-DD"). Everything is a calendar day with no
 * time zone, so a due date never shifts by a day on a machine in another zone.
 */

/** Years a plan, target or milestone could plausibly name; outside them a number is not read as a year. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86400000;

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1];
}

export function isPlausibleYear(y: number): boolean {
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
}

/** A real calendar date with a four-digit year (what an ISO date here can hold). */
export function isValidYmd(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && y >= 1000 && y <= 9999 && Number.isInteger(m) && m >= 1 && m <= 12 && Number.isInteger(d) && d >= 1 && d <= daysInMonth(y, m);
}

/** 2006, 3, 31 -> "2006-03-31" (years of four digits). */
export function toIso(y: number, m: number, d: number): string {
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** "2006-03-31" -> { y: 2006, m: 3, d: 31 }; null unless a real date. */
export function parseIso(iso: string): Ymd | null {
  const mt = ISO_RE.exec(iso);
  if (!mt) return null;
  const y = +mt[1];
  const m = +mt[2];
  const d = +mt[3];
  return isValidYmd(y, m, d) ? { y, m, d } : null;
}

export function isIsoDate(s: unknown): boolean {
  return typeof s === 'string' && parseIso(s) !== null;
}

/** The ISO date n days after (or before, for negative n) the given one. */
export function addDays(iso: string, n: number): string {
  const p = parseIso(iso);
  if (!p) throw new RangeError(`not an ISO date: ${iso}`);
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d) + n * MS_PER_DAY);
  return toIso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Two-digit years: 00-49 are 2000-2049, 50-99 are 1950-1999 (plans start after the 1998 Act). */
export function fullYearFromTwoDigits(n: number): number {
  return n < 50 ? 2000 + n : 1900 + n;
}
