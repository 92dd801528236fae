/**
 * Reads an action's timescale cell into start and due dates. The due date is the end of the period
 * named ("March 2006" -> 2006-03-31); when one action names several dates (one per target) all are
 * kept in `dates` and `due` is the latest. Anything relative, unsettled or readable two ways is
 * 'unparsed' with a reason in plain words: a wrong due date is worse than none, so this never guesses.
 */
import { CellValue, cellText, excelSerialToDate, isCellError } from '../grid';
import { addDays, isPlausibleYear, isValidYmd, parseIso, toIso } from './calendar';
import { Period, calendarYearPeriod, dayPeriod, monthPeriod, termPeriod } from './kinds';
import { Atom, spanOfAtom } from './atoms';
import { AtomEl, Reading, borrowForward, readDates } from './scan';
import { cleanText, quote } from './text';
import { COUNTED_FROM_RE, DURATION_RE, MAYBE_DURATION_RE, ONGOING_RE, RELATIVE_RE, Recurrence, UNSET_RE, findRepeat } from './wording';

export type { Recurrence } from './wording';

export interface TimescaleResult {
  kind: 'dated' | 'ongoing' | 'recurring' | 'unparsed' | 'blank';
  /** ISO; start of a stated range ("July - October 2003" -> 2003-07-01) or a "from" date, else null. */
  start: string | null;
  /** ISO; end of the (latest) period named; null for ongoing / recurring / unparsed / blank. */
  due: string | null;
  /** Every end date named, in the order written (one per target when a cell lists several). */
  dates: string[];
  /** How often it repeats, when the cell names one of these; absent for "fortnightly", "bi-monthly" and the like. */
  recurrence?: Recurrence;
  /** For 'unparsed': what could not be read, in plain words for the finding message. */
  reason?: string;
}

export interface TimescaleContext {
  /**
   * The period the plan covers (typically its financial year, e.g. 2005/06). Used only for dates
   * written without a year:
   * - a month ("March"), day ("31 March") or term ("Summer term") is the one whose first day falls
   *   within the plan period; if none or more than one does, the timescale is 'unparsed';
   * - a quarter ("Q1") is that quarter of the plan's financial year, and only when the plan period
   *   is a financial year or a quarter (in a calendar-year plan "Q1" could mean January to March).
   * A year written next to the date always wins ("July - October 2003" takes 2003 from October).
   */
  planPeriod?: Period;
}

/** Numbers between these are read as Excel date serials (1 Jan 1990 to 31 Dec 2099). */
const SERIAL_MIN = 32874;
const SERIAL_MAX = 73050;
/** A whole number in these bounds is read as a calendar year. */
const NUMBER_YEAR_MIN = 1950;
const NUMBER_YEAR_MAX = 2150;

function blank(): TimescaleResult {
  return { kind: 'blank', start: null, due: null, dates: [] };
}

function unparsed(reason: string): TimescaleResult {
  return { kind: 'unparsed', start: null, due: null, dates: [], reason };
}

function dated(due: string, start: string | null = null): TimescaleResult {
  return { kind: 'dated', start, due, dates: [due] };
}

/** Parse one timescale cell. Never throws. See TimescaleContext for dates written without a year. */
export function parseTimescale(value: CellValue, context?: TimescaleContext): TimescaleResult {
  try {
    if (value === null || value === undefined) return blank();
    if (typeof value === 'string') return fromText(value, context?.planPeriod);
    if (typeof value === 'number') return fromNumber(value);
    if (typeof value === 'boolean') return unparsed(`${value ? 'TRUE' : 'FALSE'} is not a date`);
    if (value instanceof Date) return fromDate(value);
    if (isCellError(value)) return unparsed(`the cell shows the error ${value.error} instead of a date`);
    return unparsed('the cell does not hold a date');
  } catch {
    return unparsed('the timescale could not be read');
  }
}

function fromDate(d: Date): TimescaleResult {
  if (Number.isNaN(d.getTime())) return unparsed('the cell holds a date that is not valid');
  const y = d.getUTCFullYear();
  if (!isPlausibleYear(y)) return unparsed(`the date ${cellText(d)} is not one a plan could name (a time of day, or a typing slip?)`);
  return dated(dayPeriod(y, d.getUTCMonth() + 1, d.getUTCDate()).end);
}

/** A real number cell: a year ("2005") or an Excel date serial; anything else is not a date. */
function fromNumber(n: number): TimescaleResult {
  if (Number.isInteger(n) && n >= NUMBER_YEAR_MIN && n <= NUMBER_YEAR_MAX) return dated(calendarYearPeriod(n).end);
  if (Number.isFinite(n) && n >= SERIAL_MIN && n < SERIAL_MAX + 1) return fromDate(excelSerialToDate(Math.floor(n)));
  return unparsed(`the number ${cellText(n)} is not a date or a year`);
}

/** Give a yearless atom the year the plan period implies; true if resolved. */
function resolveInPlan(a: Atom, plan: Period): boolean {
  const ps = parseIso(plan.start);
  const pe = parseIso(plan.end);
  if (ps === null || pe === null) return false;
  if (a.kind === 'quarter') {
    if (plan.kind !== 'financialYear' && plan.kind !== 'quarter') return false;
    a.year = ps.m >= 4 ? ps.y : ps.y - 1;
    return true;
  }
  if (a.kind !== 'month' && a.kind !== 'term' && a.kind !== 'day') return false;
  let found: number | undefined;
  let count = 0;
  for (let y = ps.y - 1; y <= pe.y + 1; y++) {
    let start: string;
    if (a.kind === 'month') start = monthPeriod(y, a.month).start;
    else if (a.kind === 'term') start = termPeriod(y, a.term).start;
    else {
      if (!isValidYmd(y, a.month, a.day)) continue;
      start = toIso(y, a.month, a.day);
    }
    if (start >= plan.start && start <= plan.end) {
      found = y;
      count++;
    }
  }
  if (count !== 1) return false;
  a.year = found;
  return true;
}

/** An atom without a year of its own (a bad atom has none). */
function hasNoYear(a: Atom): boolean {
  return a.kind === 'bad' || a.year === undefined;
}

function yearlessReason(display: string, a: Atom, plan: Period | undefined): string {
  const q = quote(display, a.begin, a.end);
  if (a.kind === 'quarter') {
    return plan === undefined ? `${q} does not say which financial year` : `${q} does not say which financial year, and the plan period ${plan.label} is not a financial year`;
  }
  return plan === undefined ? `${q} does not say which year` : `${q} does not fall within the plan period ${plan.label}`;
}

interface Collected {
  dates: string[];
  start: string | null;
  fromOnly: string | null;
  problem: string | null; // first unreadable date
  vague: string | null;
  yearless: string | null;
}

function minIso(a: string | null, b: string): string {
  return a === null || b < a ? b : a;
}

/** Walk the dates read, in order, collecting end dates, starts and the first problem. */
function collect(reading: Reading, plan: Period | undefined): Collected {
  const c: Collected = { dates: [], start: null, fromOnly: null, problem: null, vague: null, yearless: null };
  const { display } = reading;
  const span = (el: AtomEl) => {
    const a = el.atom;
    if (a.kind === 'bad') {
      c.problem ??= a.reason;
      return null;
    }
    if (a.year === undefined && !(plan !== undefined && resolveInPlan(a, plan))) {
      c.yearless ??= yearlessReason(display, a, plan);
      return null;
    }
    if (el.mod === 'vague') {
      c.vague ??= `${quote(display, el.at, a.end)} does not say exactly when`;
      return null;
    }
    const s = spanOfAtom(a);
    if (s === null) c.problem ??= `${quote(display, a.begin, a.end)} is not a date this tool can read`;
    return s;
  };
  const endOf = (el: AtomEl, s: { start: string; end: string }) => (el.mod === 'before' ? addDays(s.start, -1) : el.mod === 'start' ? s.start : s.end);
  for (const it of reading.items) {
    if (it.kind === 'gap') continue;
    if (it.kind === 'single') {
      const s = span(it.el);
      if (s === null) continue;
      if (it.el.mod === 'from') c.fromOnly = minIso(c.fromOnly, s.start);
      else {
        c.dates.push(endOf(it.el, s));
        if (it.el.atom.kind === 'fyRange') c.start = minIso(c.start, s.start);
      }
      continue;
    }
    const { from, to } = it;
    const mixesBareYear = (from.atom.kind === 'year') !== (to.atom.kind === 'year') && [from.atom.kind, to.atom.kind].some((k) => k === 'month' || k === 'day' || k === 'term');
    if (mixesBareYear && from.atom.kind !== 'bad' && to.atom.kind !== 'bad') {
      c.problem ??= `${quote(display, from.at, to.atom.end)} does not say which month of the year the range ${from.atom.kind === 'year' ? 'starts' : 'ends'} in`;
      continue;
    }
    if (plan !== undefined && hasNoYear(from.atom) && hasNoYear(to.atom) && resolveInPlan(from.atom, plan)) {
      borrowForward(to, from.atom, display);
    }
    const s1 = span(from);
    const s2 = span(to);
    if (s1 === null || s2 === null) continue;
    const end = endOf(to, s2);
    if (end < s1.start) {
      c.problem ??= `${quote(display, from.at, to.atom.end)} ends before it starts`;
      continue;
    }
    c.dates.push(end);
    c.start = minIso(c.start, s1.start);
  }
  return c;
}

function withRepeat(r: TimescaleResult, recurrence: Recurrence | undefined): TimescaleResult {
  if (recurrence !== undefined) r.recurrence = recurrence;
  return r;
}

function fromText(raw: string, plan: Period | undefined): TimescaleResult {
  const text = cleanText(raw);
  if (text.norm.trim() === '') return blank();
  const repeat = findRepeat(text.norm);
  const { rest } = repeat;
  const reading = readDates(text);
  const c = collect(reading, plan);
  const { display } = text;
  const hasDates = c.dates.length > 0 || c.fromOnly !== null;

  if (c.problem !== null) return unparsed(c.problem);
  const maybeDuration = MAYBE_DURATION_RE.test(rest);
  const counted = maybeDuration ? COUNTED_FROM_RE.exec(rest) : null;
  if (counted !== null) {
    return unparsed(`${quote(display, counted.index, counted.index + counted[0].length)} is counted from a date that is not stated`);
  }
  if (reading.afterAt >= 0 && hasDates) {
    return unparsed(`${quote(display, reading.afterAt, display.length)} gives no date by which it is due`);
  }
  if (c.vague !== null) return unparsed(c.vague);
  if (c.yearless !== null) {
    if (repeat.recurring) return withRepeat({ kind: 'recurring', start: null, due: null, dates: [] }, repeat.recurrence);
    return unparsed(c.yearless);
  }
  if (c.dates.length > 0) {
    let due = c.dates[0];
    for (const d of c.dates) if (d > due) due = d;
    const start = c.fromOnly === null ? c.start : minIso(c.start, c.fromOnly);
    if (start !== null && start > due) return unparsed(`${quote(display, 0, display.length)} starts after it is due`);
    return withRepeat({ kind: 'dated', start, due, dates: c.dates }, repeat.recurrence);
  }
  if (c.fromOnly !== null) return withRepeat({ kind: 'ongoing', start: c.fromOnly, due: null, dates: [] }, repeat.recurrence);
  if (ONGOING_RE.test(rest)) return withRepeat({ kind: 'ongoing', start: null, due: null, dates: [] }, repeat.recurrence);
  if (repeat.recurring) return withRepeat({ kind: 'recurring', start: null, due: null, dates: [] }, repeat.recurrence);

  const unset = UNSET_RE.exec(rest);
  if (unset !== null) return unparsed(`${quote(display, unset.index, unset.index + unset[0].length)} means no date has been set yet`);
  const rel = RELATIVE_RE.exec(rest) ?? (maybeDuration ? DURATION_RE.exec(rest) : null);
  if (rel !== null) {
    return unparsed(`${quote(display, rel.index, rel.index + rel[0].length)} is relative to a date that is not stated`);
  }
  if (reading.afterAt >= 0) return unparsed(`${quote(display, reading.afterAt, display.length)} gives no date by which it is due`);
  return unparsed(`${quote(display, 0, display.length)} is not a date, a period, or a word such as Ongoing or Annually`);
}
