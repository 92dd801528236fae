/**
 * UK periods: financial years (April-March), their quarters, months, school terms, calendar years
 * and days. Reading a label, stepping to the next period, listing the periods between two, and
 * finding the period a date falls in. Labels are canonical ("2007/08", "Q1 2019/20", "Apr 2019",
 * "Summer term 2003", "2005", "31/03/2006") and read back to the same period.
 */
import { addDays, parseIso } from './calendar';
import { Period, PeriodKind, calendarYearPeriod, dayPeriod, financialYear, fyQuarter, monthPeriod, termOfMonth, termPeriod } from './kinds';
import { periodOfAtom } from './atoms';
import { readDates } from './scan';
import { cleanText } from './text';

export type { Period, PeriodKind } from './kinds';

/**
 * The one period a label names, or null. Words around it are allowed ("2003/04 Benchmark",
 * "Baseline 2003/04", "2007/08 (Target-16%)"); a label naming two periods, a range, a month or
 * quarter without its year, or anything that could be read two ways ("07/08", "2007/09") is null.
 * Accepted forms include "2007/08", "2007-08", "2007/2008", "2005 - 2006", "FY 2007/08", "FY07/08",
 * "1999/00", "19/20"; "Q3 2019/20", "2019/20 Q3", "Q3 19/20"; "Apr 2019", "April 2019", "2019-04",
 * "Sept 2005"; "Summer term 2003"; "2005"; "31/03/2006", "2006-03-31".
 */
export function parsePeriod(text: string): Period | null {
  if (typeof text !== 'string') return null;
  const { items } = readDates(cleanText(text));
  let found: Period | null = null;
  for (const it of items) {
    if (it.kind === 'gap') continue;
    if (it.kind === 'range' || found !== null || it.el.mod !== 'none') return null;
    found = periodOfAtom(it.el.atom);
    if (found === null) return null;
  }
  return found;
}

/**
 * The period of the given kind that a date (ISO "YYYY-MM-DD") falls in. A date in August belongs
 * to no school term; for 'term' it is counted with the Summer term just ended.
 * Throws RangeError for a string that is not a real ISO date.
 */
export function periodContaining(date: string, kind: PeriodKind): Period {
  const p = parseIso(date);
  if (p === null) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${date}`);
  const fy = p.m >= 4 ? p.y : p.y - 1;
  switch (kind) {
    case 'financialYear':
      return financialYear(fy);
    case 'quarter':
      return fyQuarter(fy, p.m >= 4 ? Math.floor((p.m - 4) / 3) + 1 : 4);
    case 'month':
      return monthPeriod(p.y, p.m);
    case 'term':
      return termPeriod(p.y, termOfMonth(p.m));
    case 'calendarYear':
      return calendarYearPeriod(p.y);
    case 'day':
      return dayPeriod(p.y, p.m, p.d);
  }
}

/** The period of the same kind that comes next (Summer term -> Autumn term of the same year). */
export function nextPeriod(p: Period): Period {
  if (p.kind === 'term') {
    const s = parseIso(p.start);
    if (s === null) throw new RangeError(`not a period: ${p.label}`);
    const name = termOfMonth(s.m);
    if (name === 'Summer') return termPeriod(s.y, 'Autumn');
    if (name === 'Autumn') return termPeriod(s.y + 1, 'Spring');
    return termPeriod(s.y, 'Summer');
  }
  return periodContaining(addDays(p.end, 1), p.kind);
}

/**
 * The kind two periods are listed in: their own if the same, else the finer of the two; terms do
 * not line up with quarters or years, so a term with anything but a month or day is listed by month,
 * and a financial year with a calendar year by quarter (both are whole quarters).
 */
function commonKind(a: PeriodKind, b: PeriodKind): PeriodKind {
  if (a === b) return a;
  if (a === 'day' || b === 'day') return 'day';
  if (a === 'month' || b === 'month' || a === 'term' || b === 'term') return 'month';
  return 'quarter';
}

/**
 * Every period from `from` to `to`, both included, in order. Strings are read with parsePeriod.
 * When the kinds differ both ends are coerced to the finer kind (see commonKind): the list starts
 * with the period holding from's first day and ends with the one holding to's last day.
 * Null when either end cannot be read or `to` comes before `from`.
 */
export function periodsBetween(from: string | Period, to: string | Period): Period[] | null {
  const a = typeof from === 'string' ? parsePeriod(from) : from;
  const b = typeof to === 'string' ? parsePeriod(to) : to;
  if (a === null || b === null || parseIso(a.start) === null || parseIso(b.end) === null) return null;
  const kind = commonKind(a.kind, b.kind);
  const first = periodContaining(a.start, kind);
  const last = periodContaining(b.end, kind);
  if (last.start < first.start) return null;
  const out: Period[] = [first];
  let cur = first;
  while (cur.start < last.start) {
    cur = nextPeriod(cur);
    out.push(cur);
  }
  return out;
}
