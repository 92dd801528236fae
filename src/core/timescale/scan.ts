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
import { Atom, Ctx, atomAt, bad } from './atoms';

/** Words that change what the next date means. */
export type Mod = 'none' | 'before' | 'from' | 'start' | 'vague';
const MOD_WORDS: ReadonlyMap<string, Mod> = new Map<string, Mod>([
  ['before', 'before'], ['prior', 'before'],
  ['from', 'from'], ['since', 'from'], ['starting', 'from'], ['commencing', 'from'],
  ['start', 'from'], ['beginning', 'from'], ['begin', 'from'],
  ['early', 'vague'], ['mid', 'vague'], ['middle', 'vague'],
]);

/** Words that, straight after a date, make it the start of open-ended work. */
const ONWARDS: ReadonlySet<string> = new Set(['onwards', 'onward', 'ongoing', 'continuing', 'continuous']);

/** Words that neither name a date nor break a list apart ("by the end of March 2006"). */
const FILLER: ReadonlySet<string> = new Set([
  'by', 'the', 'of', 'in', 'at', 'on', 'during', 'for', 'no', 'not', 'later', 'than', 'latest', 'deadline',
  'due', 'date', 'dates', 'target', 'complete', 'completed', 'completion', 'end', 'ending', 'ends', 'and',
  'or', 'a', 'an', 'late', 'close', 'within', 'throughout', 'up', 'each', 'every', 'then', 'again',
  'also', 'year', 'financial', 'term', 'month', 'quarter', 'day', 'week', 'is', 'be', 'will',
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
  for (let i = 0; i < toks.length; ) {
    const t = toks[i];
    const st = atomAt(ctx, i);
    if (st !== null) {
      els.push({ e: 'atom', el: { atom: st.atom, mod: pend, at: pend === 'none' ? st.atom.a : pendAt } });
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
  const monthish = (a: Atom) => a.k === 'month' || a.k === 'day';
  if (monthish(x) && monthish(y)) return [x.m as number, y.m as number];
  if (x.k === 'term' && y.k === 'term') return [TERM_ORDER[x.t as TermName], TERM_ORDER[y.t as TermName]];
  if (x.k === 'quarter' && y.k === 'quarter') return [x.q as number, y.q as number];
  return null;
}

/** Give a yearless atom its year; a day that does not exist in that year (29 Feb) becomes bad. */
function setYear(target: Atom, y: number, display: string): void {
  if (target.k === 'day' && !isValidYmd(y, target.m as number, target.d as number)) {
    target.k = 'bad';
    target.reason = `${quote(display, target.a, target.b)} is not a real date in ${y}`;
    return;
  }
  target.y = y;
}

/** "July - October 2003": July takes 2003; "November - February 2004": November takes 2003. */
function borrowBackward(target: Atom, source: Atom, display: string): void {
  if (target.y !== undefined || source.y === undefined || target.k === 'bad') return;
  const o = orderPair(target, source);
  if (o !== null) setYear(target, source.y - (o[0] > o[1] ? 1 : 0), display);
}

/** "June 2003 - March": March takes 2004. */
export function borrowForward(target: Atom, source: Atom, display: string): void {
  if (target.y !== undefined || source.y === undefined || target.k === 'bad') return;
  const o = orderPair(target, source);
  if (o !== null) setYear(target, source.y + (o[0] < o[1] ? 1 : 0), display);
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
    if (a.k !== 'year' || p.y === undefined || (a.y as number) <= p.y) continue;
    if (p.k !== 'month' && p.k !== 'day' && p.k !== 'term') continue;
    const y = a.y as number;
    if (p.k === 'day' && !isValidYmd(y, p.m as number, p.d as number)) {
      it.el.atom = bad(ctx, a.a, a.b, 'repeats a date that does not exist in that year');
    } else it.el.atom = { k: p.k, y, m: p.m, d: p.d, t: p.t, a: a.a, b: a.b };
  }
}

/** Read the dates of a cleaned text; years are filled from neighbours, but not from any plan. */
export function readDates(text: CleanText): Reading {
  const ctx: Ctx = { toks: tokenize(text.norm), display: text.display };
  const { els, afterAt } = elements(ctx);
  const items = toItems(els);
  for (const it of items) {
    if (it.kind !== 'range') continue;
    borrowBackward(it.from.atom, it.to.atom, ctx.display);
    borrowForward(it.to.atom, it.from.atom, ctx.display);
  }
  for (let i = items.length - 2; i >= 0; i--) {
    const it = items[i];
    const next = firstAtom(items[i + 1]);
    if (it.kind === 'single' && next !== null) borrowBackward(it.el.atom, next, ctx.display);
  }
  inheritMonth(ctx, items);
  return { items, afterAt, display: text.display };
}
