/**
 * Atoms: one date or period exactly as written ("2007/08", "Q3 19/20", "Sept 2005", "31/03/2006",
 * "Summer term 2003", "2005 - 2008"). Anything that could be read two ways becomes a 'bad' atom
 * carrying a plain-words reason; a month, day, term or quarter without its year stays yearless.
 */
import { daysInMonth, fullYearFromTwoDigits, isPlausibleYear, isValidYmd } from './calendar';
import { Period, TermName, calendarYearPeriod, dayPeriod, financialYear, fyQuarter, monthPeriod, termPeriod } from './kinds';
import { quote } from './text';
import { K, MONTHS, QUARTER_ORDINALS, QUARTER_WORDS, RANGE_WORDS, TERMS, Tok, isNum, plausibleYearTok, wordAt } from './tokens';

/** Words after which "may" is the month rather than the verb. */
const MAY_BEFORE: ReadonlySet<string> = new Set([
  'by',
  'in',
  'of',
  'from',
  'to',
  'until',
  'till',
  'during',
  'end',
  'and',
  'or',
  'early',
  'mid',
  'late',
  'before',
  'after',
  'since',
  'between',
  'through',
  'thru',
  'throughout',
  'due',
  'deadline',
]);

/** Where an atom is written: character offsets into the display text, end exclusive. */
interface Written {
  begin: number;
  end: number;
}

/** A month ("Sept 2005"); yearless ("March") until a neighbour or the plan gives the year. */
export interface MonthAtom extends Written {
  kind: 'month';
  year?: number;
  month: number;
}

/** A day ("31/03/2006", "31 March"); yearless until a neighbour or the plan gives the year. */
export interface DayAtom extends Written {
  kind: 'day';
  year?: number;
  month: number;
  day: number;
}

/** A quarter of a financial year ("Q3 2019/20"); year is the year the financial year starts in. */
export interface QuarterAtom extends Written {
  kind: 'quarter';
  year?: number;
  quarter: number;
}

/** A school term ("Summer term 2003"). */
export interface TermAtom extends Written {
  kind: 'term';
  year?: number;
  term: TermName;
}

/** A financial year ("2007/08"), by the year it starts in. */
export interface FinancialYearAtom extends Written {
  kind: 'fy';
  year: number;
}

/** A calendar year ("2005"). */
export interface YearAtom extends Written {
  kind: 'year';
  year: number;
}

/** Financial years from one to another ("2005 - 2008": 2005/06 to 2007/08), by their start years. */
export interface FinancialYearRangeAtom extends Written {
  kind: 'fyRange';
  year: number;
  lastYear: number;
}

/** Text that could be read two ways, or not at all, with the reason in plain words. */
export interface BadAtom extends Written {
  kind: 'bad';
  reason: string;
}

/** One date or period as written. */
export type Atom = MonthAtom | DayAtom | QuarterAtom | TermAtom | FinancialYearAtom | YearAtom | FinancialYearRangeAtom | BadAtom;
export type AtomKind = Atom['kind'];
/** The atoms that may be written without their year. */
export type YearlessAtom = MonthAtom | DayAtom | QuarterAtom | TermAtom;

export interface Step {
  atom: Atom;
  next: number;
}

export type Ctx = { toks: Tok[]; display: string };

export function bad(ctx: Ctx, a: number, b: number, why: string): BadAtom {
  return { kind: 'bad', begin: a, end: b, reason: `${quote(ctx.display, a, b)} ${why}` };
}

/**
 * A two-part number: "2007/08" (financial year), "2019-04" (month), "04/2019" (month), "19/20".
 * allowShort: a two-digit pair such as "07/08" is a financial year because a prefix ("FY", "Q3")
 * says so; without one it could be a date, so only pairs that cannot be ("19/20") are read.
 */
function classifyD2(ctx: Ctx, t: Tok, allowShort: boolean): Atom | null {
  const { x, y: yy, sep } = t;
  const a = +x;
  const b = +yy;
  if (x.length === 4) {
    if (!isPlausibleYear(a)) return null;
    if (yy.length === 4) {
      if (b === a + 1) return { kind: 'fy', year: a, begin: t.a, end: t.b };
      if (sep === '-' && b > a + 1 && b - a <= 20) return { kind: 'fyRange', year: a, lastYear: b - 1, begin: t.a, end: t.b };
      if (sep === '.') return null;
      return bad(ctx, t.a, t.b, `is not a financial year: the two years must follow on, as in ${a}/${pad2((a + 1) % 100)}`);
    }
    if (yy.length === 2) {
      if (b === (a + 1) % 100) return { kind: 'fy', year: a, begin: t.a, end: t.b };
      if (sep === '-') {
        if (b >= 1 && b <= 12) {
          if (b <= a % 100) return { kind: 'month', year: a, month: b, begin: t.a, end: t.b };
          return bad(ctx, t.a, t.b, `could mean the month ${monthPeriod(a, b).label} or the years ${a} to ${a - (a % 100) + b}`);
        }
        const end = a - (a % 100) + b;
        if (end > a + 1 && end - a <= 20) return { kind: 'fyRange', year: a, lastYear: end - 1, begin: t.a, end: t.b };
        return bad(ctx, t.a, t.b, 'is neither a financial year nor a month');
      }
      if (sep === '/') {
        return bad(ctx, t.a, t.b, `is not a financial year: the two years must follow on, as in ${a}/${pad2((a + 1) % 100)}`);
      }
      return null;
    }
    if (yy.length === 1) {
      if (sep !== '.' && b === (a + 1) % 10) return { kind: 'fy', year: a, begin: t.a, end: t.b };
      if (sep === '/') return bad(ctx, t.a, t.b, 'is not a financial year');
      return null;
    }
    return null;
  }
  if (x.length <= 2 && yy.length === 4) {
    if (a >= 1 && a <= 12 && isPlausibleYear(b)) return { kind: 'month', year: b, month: a, begin: t.a, end: t.b };
    if (sep === '.') return null;
    return bad(ctx, t.a, t.b, 'is not a month and year (months are 1 to 12)');
  }
  if (x.length === 2 && yy.length === 2 && sep !== '.') {
    if (b === (a + 1) % 100) {
      if (allowShort || a > 12) return { kind: 'fy', year: fullYearFromTwoDigits(a), begin: t.a, end: t.b };
      const fy = fullYearFromTwoDigits(a);
      return bad(ctx, t.a, t.b, `could be the financial year ${fy}/${yy} or a date; write ${fy}/${yy}`);
    }
  }
  return null;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "31/03/2006", "1/4/2019", "05/06/20", "21.09.2020", "2006-03-31": always day first. */
function dayFromD3(ctx: Ctx, t: Tok): Atom | null {
  let y: number;
  let m: number;
  let d: number;
  if (t.x.length === 4) {
    if (t.z.length > 2) return null;
    y = +t.x;
    m = +t.y;
    d = +t.z;
  } else if (t.x.length <= 2) {
    d = +t.x;
    m = +t.y;
    if (t.z.length === 4) y = +t.z;
    else if (t.z.length === 2) y = fullYearFromTwoDigits(+t.z);
    else return null;
  } else return null;
  if (!isPlausibleYear(y)) return null;
  if (isValidYmd(y, m, d)) return { kind: 'day', year: y, month: m, day: d, begin: t.a, end: t.b };
  return bad(ctx, t.a, t.b, 'is not a real date (dates are read day first, as in 31/03/2006)');
}

/** "Q3", "Q 3", "quarter 3", "3rd quarter", "third quarter": the quarter number. */
function quarterWordAt(toks: Tok[], j: number): { q: number; next: number } | null {
  const t = toks[j];
  if (t === undefined) return null;
  if (t.k === K.WORD) {
    if (QUARTER_WORDS.has(t.s)) {
      const n = toks[j + 1];
      if (isNum(n, 1) && +n.s >= 1 && +n.s <= 4) return { q: +n.s, next: j + 2 };
      return null;
    }
    const ord = QUARTER_ORDINALS.get(t.s);
    const w = wordAt(toks, j + 1);
    if (ord !== undefined && (w === 'quarter' || w === 'qtr')) return { q: ord, next: j + 2 };
    return null;
  }
  if (isNum(t, 1) && +t.s >= 1 && +t.s <= 4) {
    const w = wordAt(toks, j + 1);
    if (w === 'quarter' || w === 'qtr') return { q: +t.s, next: j + 2 };
  }
  return null;
}

/** A quarter, with its financial year after it ("Q3 2019/20", "Q3 19/20", "Q3 of FY 2019/20") or none. */
function quarterAt(ctx: Ctx, i: number): Step | null {
  const { toks } = ctx;
  const qw = quarterWordAt(toks, i);
  if (qw === null) return null;
  const a = toks[i].a;
  let j = qw.next;
  for (let n = 0; n < 3; n++) {
    const w = wordAt(toks, j);
    if (w === 'of' || w === 'fy' || w === 'financial' || w === 'year' || (toks[j]?.k === K.SEP && toks[j].s === ',')) j++;
    else break;
  }
  const t = toks[j];
  if (t !== undefined && t.k === K.D2) {
    const at = classifyD2(ctx, t, true);
    if (at?.kind === 'fy') return { atom: { kind: 'quarter', quarter: qw.q, year: at.year, begin: a, end: t.b }, next: j + 1 };
    if (at?.kind === 'bad') return { atom: at, next: j + 1 };
    if (at !== null) return { atom: bad(ctx, a, t.b, 'does not say which financial year'), next: j + 1 };
  }
  if (plausibleYearTok(t) !== null) {
    const ys = yearAt(ctx, j);
    if (ys.atom.kind === 'fy') return { atom: { kind: 'quarter', quarter: qw.q, year: ys.atom.year, begin: a, end: ys.atom.end }, next: ys.next };
    const y = +t.s;
    return {
      atom: bad(ctx, a, t.b, `does not say which financial year: write Q${qw.q} ${y}/${pad2((y + 1) % 100)}, or name the months`),
      next: j + 1,
    };
  }
  return { atom: { kind: 'quarter', quarter: qw.q, begin: a, end: toks[qw.next - 1].b }, next: qw.next };
}

/** A four-digit year, or a pair of years: "2005 - 2006" / "2012 /2013" (financial year), "2005 - 2008". */
function yearAt(ctx: Ctx, i: number): Step {
  const { toks } = ctx;
  const t = toks[i];
  const y = +t.s;
  const link = toks[i + 1];
  const u = toks[i + 2];
  const isSlash = link !== undefined && link.k === K.SEP && link.s === '/';
  const isDash = link !== undefined && link.k === K.DASH;
  const isWord = link !== undefined && link.k === K.WORD && RANGE_WORDS.has(link.s);
  if ((isSlash || isDash || isWord) && isNum(u) && !MONTHS.has(wordAt(toks, i + 3) ?? '')) {
    let y2: number | null = null;
    if (u.s.length === 4) y2 = +u.s;
    else if (u.s.length === 2 && !isWord) {
      y2 = y - (y % 100) + +u.s;
      if (y2 < y) y2 += 100;
    } else if (u.s.length === 1 && !isWord && +u.s === (y + 1) % 10) y2 = y + 1;
    if (y2 !== null) {
      const next = i + 3;
      if (y2 === y + 1) return withQuarterAfter(ctx, { kind: 'fy', year: y, begin: t.a, end: u.b }, next);
      if (isSlash) return { atom: bad(ctx, t.a, u.b, `is not a financial year: the two years must follow on, as in ${y}/${pad2((y + 1) % 100)}`), next };
      if (y2 > y + 1 && y2 - y <= 20) return { atom: { kind: 'fyRange', year: y, lastYear: y2 - 1, begin: t.a, end: u.b }, next };
      return { atom: bad(ctx, t.a, u.b, 'ends before it starts'), next };
    }
  }
  return { atom: { kind: 'year', year: y, begin: t.a, end: t.b }, next: i + 1 };
}

/** "2019/20 Q3": a financial year followed by a quarter is that quarter. */
function withQuarterAfter(ctx: Ctx, fy: FinancialYearAtom, next: number): Step {
  const qw = quarterWordAt(ctx.toks, next);
  if (qw === null) return { atom: fy, next };
  return { atom: { kind: 'quarter', quarter: qw.q, year: fy.year, begin: fy.begin, end: ctx.toks[qw.next - 1].b }, next: qw.next };
}

/** Is toks[j] a dash written tight between its neighbours ("31-Mar-06")? */
function tightDash(toks: Tok[], j: number): boolean {
  const t = toks[j];
  return t !== undefined && t.k === K.DASH && toks[j - 1]?.b === t.a && toks[j + 1]?.a === t.b;
}

/** "31 March 2006", "31 Mar 06", "31-Mar-06", "31 March" (yearless). */
function dayAt(ctx: Ctx, i: number): Step | null {
  const { toks } = ctx;
  const t = toks[i];
  if (t.s.length > 2) return null;
  const dashed = tightDash(toks, i + 1);
  const mi = dashed ? i + 2 : i + 1;
  const m = MONTHS.get(wordAt(toks, mi) ?? '');
  if (m === undefined) return null;
  const d = +t.s;
  let j = mi + 1;
  if (dashed && tightDash(toks, j)) j++;
  else if (toks[j]?.k === K.SEP && toks[j].s === ',' && isNum(toks[j + 1])) j++;
  let y: number | undefined;
  const yt = toks[j];
  if (plausibleYearTok(yt) !== null) y = +yt.s;
  else if (isNum(yt, 2)) y = fullYearFromTwoDigits(+yt.s);
  if (y === undefined) {
    const end = toks[mi].b;
    if (d >= 1 && d <= daysInMonth(2000, m)) return { atom: { kind: 'day', month: m, day: d, begin: t.a, end }, next: mi + 1 };
    return { atom: bad(ctx, t.a, end, 'is not a real date'), next: mi + 1 };
  }
  if (isValidYmd(y, m, d)) return { atom: { kind: 'day', year: y, month: m, day: d, begin: t.a, end: yt.b }, next: j + 1 };
  return { atom: bad(ctx, t.a, yt.b, 'is not a real date'), next: j + 1 };
}

/** "may" is the month when it stands alone or follows a word such as "by" or "from". */
function mayIsMonth(toks: Tok[], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (prev === undefined) return next === undefined || next.k === K.DASH || next.k === K.SEP || RANGE_WORDS.has(next.s) || next.s === 'and';
  if (prev.k === K.DASH || prev.k === K.SEP) return true;
  return prev.k === K.WORD && MAY_BEFORE.has(prev.s);
}

/** "Apr 2019", "April 2019", "Sept 05", "Apr-19", "June 18, 2020", "March 2005/06", "March" (yearless). */
function monthAt(ctx: Ctx, i: number): Step | null {
  const { toks } = ctx;
  const t0 = toks[i];
  const m = MONTHS.get(t0.s);
  if (m === undefined) return null;
  let j = i + 1;
  let t = toks[j];
  if (t !== undefined && t.k === K.SEP && t.s === ',' && plausibleYearTok(toks[j + 1]) !== null) t = toks[++j];
  if (isNum(t)) {
    const y4 = plausibleYearTok(t);
    if (y4 !== null) return { atom: { kind: 'month', year: y4, month: m, begin: t0.a, end: t.b }, next: j + 1 };
    if (t.s.length <= 2) {
      let k = j + 1;
      if (toks[k]?.k === K.SEP && toks[k].s === ',') k++;
      const yUs = plausibleYearTok(toks[k]);
      if (yUs !== null) {
        const d = +t.s;
        const end = toks[k].b;
        if (isValidYmd(yUs, m, d)) return { atom: { kind: 'day', year: yUs, month: m, day: d, begin: t0.a, end }, next: k + 1 };
        return { atom: bad(ctx, t0.a, end, 'is not a real date'), next: k + 1 };
      }
      if (t.s.length === 2) return { atom: { kind: 'month', year: fullYearFromTwoDigits(+t.s), month: m, begin: t0.a, end: t.b }, next: j + 1 };
    }
  }
  if (t !== undefined && t.k === K.DASH && t.a === t0.b) {
    // "Apr-19", "Mar-2006" (Excel's mmm-yy shown as text)
    const u = toks[j + 1];
    if (isNum(u, 2) && u.a === t.b) return { atom: { kind: 'month', year: fullYearFromTwoDigits(+u.s), month: m, begin: t0.a, end: u.b }, next: j + 2 };
    const y4 = plausibleYearTok(u);
    if (y4 !== null && u.a === t.b) return { atom: { kind: 'month', year: y4, month: m, begin: t0.a, end: u.b }, next: j + 2 };
  }
  if (t !== undefined && t.k === K.D2) {
    const at = classifyD2(ctx, t, false);
    if (at?.kind === 'fy' && at.year !== undefined) {
      return { atom: { kind: 'month', year: m >= 4 ? at.year : at.year + 1, month: m, begin: t0.a, end: t.b }, next: j + 1 };
    }
  }
  if (m === 5 && !mayIsMonth(toks, i)) return null;
  return { atom: { kind: 'month', month: m, begin: t0.a, end: t0.b }, next: i + 1 };
}

/** "Summer term 2003", "Autumn term 2003/04" (academic year), "Summer term" (yearless). */
function termAt(ctx: Ctx, i: number): Step | null {
  const { toks } = ctx;
  const t0 = toks[i];
  if (!TERMS.has(t0.s)) return null;
  const name = TERMS.get(t0.s) ?? null;
  let j = i + 1;
  const hasTerm = wordAt(toks, j) === 'term';
  if (hasTerm) j++;
  if (hasTerm && wordAt(toks, j) === 'of' && (isNum(toks[j + 1]) || toks[j + 1]?.k === K.D2)) j++;
  const t = toks[j];
  let y: number | undefined;
  if (plausibleYearTok(t) !== null) y = +t.s;
  else if (t !== undefined && t.k === K.D2) {
    const at = classifyD2(ctx, t, false);
    if (at?.kind === 'fy' && at.year !== undefined) y = name === 'Autumn' ? at.year : at.year + 1;
  }
  if (name === null || !hasTerm) {
    if (y === undefined) return null;
    return { atom: bad(ctx, t0.a, t.b, 'is a season, not a month or a school term'), next: j + 1 };
  }
  if (y === undefined) return { atom: { kind: 'term', term: name, begin: t0.a, end: toks[i + 1].b }, next: i + 2 };
  return { atom: { kind: 'term', term: name, year: y, begin: t0.a, end: t.b }, next: j + 1 };
}

/** "FY 2007/08", "FY07/08", "financial year 2007-08". */
function fyPrefixAt(ctx: Ctx, i: number): Step | null {
  const { toks } = ctx;
  const t0 = toks[i];
  let j = i + 1;
  if (t0.s === 'financial') {
    if (wordAt(toks, j) !== 'year') return null;
    j++;
  } else if (t0.s !== 'fy') return null;
  const t = toks[j];
  if (t !== undefined && t.k === K.D2) {
    const at = classifyD2(ctx, t, true);
    if (at === null) return null;
    if (at.kind === 'fy') return withQuarterAfter(ctx, { ...at, begin: t0.a }, j + 1);
    if (at.kind === 'bad') return { atom: at, next: j + 1 };
    return null;
  }
  if (plausibleYearTok(t) !== null) {
    const ys = yearAt(ctx, j);
    if (ys.atom.kind !== 'year') return { atom: { ...ys.atom, begin: t0.a }, next: ys.next };
    const y = +t.s;
    return {
      atom: bad(ctx, t0.a, t.b, `does not say which financial year: ${y - 1}/${pad2(y % 100)} or ${y}/${pad2((y + 1) % 100)}`),
      next: j + 1,
    };
  }
  return null;
}

export function atomAt(ctx: Ctx, i: number): Step | null {
  const t = ctx.toks[i];
  switch (t.k) {
    case K.D3: {
      const atom = dayFromD3(ctx, t);
      return atom && { atom, next: i + 1 };
    }
    case K.D2: {
      const atom = classifyD2(ctx, t, false);
      if (atom === null) return null;
      return atom.kind === 'fy' ? withQuarterAfter(ctx, atom, i + 1) : { atom, next: i + 1 };
    }
    case K.NUM:
      return quarterAt(ctx, i) ?? dayAt(ctx, i) ?? (plausibleYearTok(t) !== null ? yearAt(ctx, i) : null);
    case K.WORD:
      return quarterAt(ctx, i) ?? monthAt(ctx, i) ?? termAt(ctx, i) ?? fyPrefixAt(ctx, i);
    default:
      return null;
  }
}

/** The period an atom names, once it has its year; null for yearless, bad or multi-year atoms. */
export function periodOfAtom(a: Atom): Period | null {
  switch (a.kind) {
    case 'month':
      return a.year === undefined ? null : monthPeriod(a.year, a.month);
    case 'day':
      return a.year !== undefined && isValidYmd(a.year, a.month, a.day) ? dayPeriod(a.year, a.month, a.day) : null;
    case 'quarter':
      return a.year === undefined ? null : fyQuarter(a.year, a.quarter);
    case 'term':
      return a.year === undefined ? null : termPeriod(a.year, a.term);
    case 'fy':
      return financialYear(a.year);
    case 'year':
      return calendarYearPeriod(a.year);
    case 'fyRange':
    case 'bad':
      return null;
  }
}

/** First and last day an atom covers (a range of financial years included). */
export function spanOfAtom(a: Atom): { start: string; end: string } | null {
  if (a.kind === 'fyRange') return { start: financialYear(a.year).start, end: financialYear(a.lastYear).end };
  return periodOfAtom(a);
}
