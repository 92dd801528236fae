/**
 * Reads the dates and periods named in a piece of en-GB plan text, with the ranges ("July -
 * October 2003") and lists ("September 2003, 2004, 2005") they are written in, and fills in years
 * that neighbours imply. It never guesses a year from anywhere else: callers decide what to do with
 * what stays yearless (see timescale.ts).
 */
import { isValidYmd } from './calendar';
import { TermName } from './kinds';
import { CleanText, quote } from './text';
import { K, RANGE_WORDS, tokenize, wordAt } from './tokens';
import { Atom, Ctx, YearlessAtom, atomAt, bad } from './atoms';

/** Words that change what the next date means. */
export type Mod = 'none' | 'before' | 'from' | 'start' | 'vague';
const MOD_WORDS: ReadonlyMap<string, Mod> = new Map<string, Mod>([
  ['before', 'before'],
  ['prior', 'before'],
  ['from', 'from'],
  ['since', 'from'],
  ['starting', 'from'],
  ['commencing', 'from'],
  ['start', 'from'],
  ['beginning', 'from'],
  ['begin', 'from'],
  ['early', 'vague'],
  ['mid', 'vague'],
  ['middle', 'vague'],
]);

/** Words that, straight after a date, make it the start of open-ended work. */
const ONWARDS: ReadonlySet<string> = new Set(['onwards', 'onward', 'ongoing', 'continuing', 'continuous']);

/** Words that neither name a date nor break a list apart ("by the end of March 2006"). */
const FILLER: ReadonlySet<string> = new Set([
  'by',
  'the',
  'of',
  'in',
  'at',
  'on',
  'during',
  'for',
  'no',
  'not',
  'later',
  'than',
  'latest',
  'deadline',
  'due',
  'date',
  'dates',
  'target',
  'complete',
  'completed',
  'completion',
  'end',
  'ending',
  'ends',
  'and',
  'or',
  'a',
  'an',
  'late',
  'close',
  'within',
  'throughout',
  'up',
  'each',
  'every',
  'then',
  'again',
  'also',
  'year',
  'financial',
  'term',
  'month',
  'quarter',
  'day',
  'week',
  'is',
  'be',
  'will',
]);

// ---------------------------------------------------------------------------------------------
// Elements and items

export interface AtomEl {
  atom: Atom;
  mod: Mod;
  /** Where the words that belong to this date start (the modifier, if any). */
  at: number;
}

/** A single date, a range "from - to", or a break (words that are not dates) between them. */
export type Item = { kind: 'single'; el: AtomEl } | { kind: 'range'; from: AtomEl; to: AtomEl } | { kind: 'gap' };

export interface Reading {
  items: Item[];
  /** Offset of the word "after", or -1: "after March 2006" gives no end date. */
  afterAt: number;
  display: string;
}

type El = { e: 'atom'; el: AtomEl } | { e: 'conn' } | { e: 'gap' };
const CONN: El = { e: 'conn' };
const GAP: El = { e: 'gap' };
const GAP_ITEM: Item = { kind: 'gap' };

function elements(ctx: Ctx): { els: El[]; afterAt: number } {
  const { toks } = ctx;
  const els: El[] = [];
  let pend: Mod = 'none';
  let pendAt = -1;
  let between = false;
  let afterAt = -1;
  const gap = () => {
    if (els.length > 0 && els[els.length - 1] !== GAP) els.push(GAP);
    pend = 'none';
  };
  for (let i = 0; i < toks.length;) {
    const t = toks[i];
    const st = atomAt(ctx, i);
    if (st !== null) {
      els.push({ e: 'atom', el: { atom: st.atom, mod: pend, at: pend === 'none' ? st.atom.begin : pendAt } });
      pend = 'none';
      i = st.next;
      continue;
    }
    i++;
    if (t.k === K.DASH) els.push(CONN);
    else if (t.k === K.SEP) continue;
    else if (t.k !== K.WORD) gap();
    else if (RANGE_WORDS.has(t.s)) els.push(CONN);
    else if (t.s === 'and' && between) {
      els.push(CONN);
      between = false;
    } else if (t.s === 'between') between = true;
    else if (t.s === 'after') {
      if (afterAt < 0) afterAt = t.a;
    } else if (ONWARDS.has(t.s) || (t.s === 'going' && (wordAt(toks, i - 2) === 'on' || (toks[i - 2]?.k === K.DASH && wordAt(toks, i - 3) === 'on')))) {
      // "April 2005 onwards", "Dec 2005 - ongoing": the date is when the work starts.
      while (els.length > 0 && els[els.length - 1] === CONN) els.pop();
      const last = els[els.length - 1];
      if (last !== undefined && last.e === 'atom') last.el.mod = 'from';
      else gap();
    } else if (MOD_WORDS.has(t.s)) {
      let mod = MOD_WORDS.get(t.s) as Mod;
      if (mod === 'from' && (t.s === 'start' || t.s === 'beginning' || t.s === 'begin') && wordAt(toks, i) === 'of') mod = 'start';
      pend = mod;
      pendAt = t.a;
    } else if (!FILLER.has(t.s)) gap();
  }
  return { els, afterAt };
}

function toItems(els: El[]): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < els.length; i++) {
    const e = els[i];
    if (e.e === 'gap') items.push(GAP_ITEM);
    else if (e.e === 'atom') {
      const c = els[i + 1];
      const to = els[i + 2];
      if (c !== undefined && c.e === 'conn' && to !== undefined && to.e === 'atom') {
        items.push({ kind: 'range', from: e.el, to: to.el });
        i += 2;
      } else items.push({ kind: 'single', el: e.el });
    }
  }
  return items;
}

// ---------------------------------------------------------------------------------------------
// Filling in missing years from neighbours

const TERM_ORDER: Readonly<Record<TermName, number>> = { Spring: 1, Summer: 2, Autumn: 3 };

/** Position within its year, for comparing two atoms of compatible kinds; null if not comparable. */
function orderPair(x: Atom, y: Atom): [number, number] | null {
  if ((x.kind === 'month' || x.kind === 'day') && (y.kind === 'month' || y.kind === 'day')) return [x.month, y.month];
  if (x.kind === 'term' && y.kind === 'term') return [TERM_ORDER[x.term], TERM_ORDER[y.term]];
  if (x.kind === 'quarter' && y.kind === 'quarter') return [x.quarter, y.quarter];
  return null;
}

/** A yearless atom with its year; a day that does not exist in that year (29 Feb) is bad. */
function withYear(target: YearlessAtom, y: number, display: string): Atom {
  if (target.kind === 'day' && !isValidYmd(y, target.month, target.day)) {
    return { kind: 'bad', begin: target.begin, end: target.end, reason: `${quote(display, target.begin, target.end)} is not a real date in ${y}` };
  }
  return { ...target, year: y };
}

/** The year a yearless atom may borrow: it has none, and the source has one. */
function borrowable(target: Atom, source: Atom): [YearlessAtom, number] | null {
  if (target.kind === 'bad' || target.kind === 'fy' || target.kind === 'year' || target.kind === 'fyRange') return null;
  if (target.year !== undefined || source.kind === 'bad' || source.year === undefined) return null;
  return [target, source.year];
}

/** "July - October 2003": July takes 2003; "November - February 2004": November takes 2003. */
function borrowBackward(target: AtomEl, source: Atom, display: string): void {
  const b = borrowable(target.atom, source);
  const o = b && orderPair(b[0], source);
  if (b && o) target.atom = withYear(b[0], b[1] - (o[0] > o[1] ? 1 : 0), display);
}

/** "June 2003 - March": March takes 2004. */
export function borrowForward(target: AtomEl, source: Atom, display: string): void {
  const b = borrowable(target.atom, source);
  const o = b && orderPair(b[0], source);
  if (b && o) target.atom = withYear(b[0], b[1] + (o[0] < o[1] ? 1 : 0), display);
}

function firstAtom(it: Item): Atom | null {
  return it.kind === 'single' ? it.el.atom : it.kind === 'range' ? it.from.atom : null;
}

/**
 * "September 2003, 2004, 2005": a bare year listed straight after a month (day, term) repeats that
 * month in the later year, so this names September 2003, September 2004 and September 2005.
 */
function inheritMonth(ctx: Ctx, items: Item[]): void {
  for (let i = 1; i < items.length; i++) {
    const it = items[i];
    const prev = items[i - 1];
    if (it.kind !== 'single' || prev.kind !== 'single') continue;
    const a = it.el.atom;
    const p = prev.el.atom;
    if (a.kind !== 'year' || (p.kind !== 'month' && p.kind !== 'day' && p.kind !== 'term') || p.year === undefined || a.year <= p.year) continue;
    const at = { begin: a.begin, end: a.end };
    if (p.kind === 'day' && !isValidYmd(a.year, p.month, p.day)) {
      it.el.atom = bad(ctx, a.begin, a.end, 'repeats a date that does not exist in that year');
    } else it.el.atom = { ...p, ...at, year: a.year };
  }
}

/** Read the dates of a cleaned text; years are filled from neighbours, but not from any plan. */
export function readDates(text: CleanText): Reading {
  const ctx: Ctx = { toks: tokenize(text.norm), display: text.display };
  const { els, afterAt } = elements(ctx);
  const items = toItems(els);
  for (const it of items) {
    if (it.kind !== 'range') continue;
    borrowBackward(it.from, it.to.atom, ctx.display);
    borrowForward(it.to, it.from.atom, ctx.display);
  }
  for (let i = items.length - 2; i >= 0; i--) {
    const it = items[i];
    const next = firstAtom(items[i + 1]);
    if (it.kind === 'single' && next !== null) borrowBackward(it.el, next, ctx.display);
  }
  inheritMonth(ctx, items);
  return { items, afterAt, display: text.display };
}
