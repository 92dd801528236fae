/**
 * The kinds of period a partnership plan names, and how each is built, labelled and dated.
 * Labels are canonical: parsePeriod(label) gives the same period back.
 */
import { daysInMonth, toIso } from './calendar';

export type PeriodKind = 'financialYear' | 'quarter' | 'month' | 'term' | 'calendarYear' | 'day';

/** A named stretch of time; start and end are ISO dates and the end is inclusive. */
export interface Period {
  kind: PeriodKind;
  label: string;
  start: string;
  end: string;
}

export type TermName = 'Autumn' | 'Spring' | 'Summer';

export const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * School terms by month. Model: Autumn Sep-Dec, Spring Jan-Apr, Summer Apr-Jul. Spring and Summer
 * share April (Easter falls there), so the boundary is put at the month edge: Spring ends 31 March
 * and Summer starts 1 April. Terms never overlap; August (the summer holiday) is in no term.
 */
export const TERM_MONTHS: Readonly<Record<TermName, readonly [number, number]>> = {
  Spring: [1, 3],
  Summer: [4, 7],
  Autumn: [9, 12],
};

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "2007/08" for the year starting 1 April 2007. */
export function financialYearLabel(startYear: number): string {
  return `${startYear}/${two((startYear + 1) % 100)}`;
}

/** Financial year starting 1 April of startYear, ending 31 March the year after. */
export function financialYear(startYear: number): Period {
  return {
    kind: 'financialYear',
    label: financialYearLabel(startYear),
    start: toIso(startYear, 4, 1),
    end: toIso(startYear + 1, 3, 31),
  };
}

/** Quarter q (1-4) of the financial year starting in fyStartYear: Q1 Apr-Jun ... Q4 Jan-Mar. */
export function fyQuarter(fyStartYear: number, q: number): Period {
  const y = q === 4 ? fyStartYear + 1 : fyStartYear;
  const m1 = q === 4 ? 1 : 3 * q + 1;
  const m3 = m1 + 2;
  return {
    kind: 'quarter',
    label: `Q${q} ${financialYearLabel(fyStartYear)}`,
    start: toIso(y, m1, 1),
    end: toIso(y, m3, daysInMonth(y, m3)),
  };
}

/** "Apr 2019". */
export function monthPeriod(y: number, m: number): Period {
  return { kind: 'month', label: `${MONTH_ABBR[m - 1]} ${y}`, start: toIso(y, m, 1), end: toIso(y, m, daysInMonth(y, m)) };
}

/** "Summer term 2003" (the calendar year the term falls in). */
export function termPeriod(y: number, name: TermName): Period {
  const [m1, m2] = TERM_MONTHS[name];
  return { kind: 'term', label: `${name} term ${y}`, start: toIso(y, m1, 1), end: toIso(y, m2, daysInMonth(y, m2)) };
}

/** "2005": 1 January to 31 December. */
export function calendarYearPeriod(y: number): Period {
  return { kind: 'calendarYear', label: String(y), start: toIso(y, 1, 1), end: toIso(y, 12, 31) };
}

/** "31/03/2006", day first. */
export function dayPeriod(y: number, m: number, d: number): Period {
  const iso = toIso(y, m, d);
  return { kind: 'day', label: `${two(d)}/${two(m)}/${y}`, start: iso, end: iso };
}

/** The term a month falls in; August (holiday) counts with the Summer term just ended. */
export function termOfMonth(m: number): TermName {
  if (m >= 9) return 'Autumn';
  if (m <= 3) return 'Spring';
  return 'Summer';
}
