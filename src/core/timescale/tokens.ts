/**
 * Splits cleaned plan text (see text.ts) into number, date-shaped, word, dash and separator tokens,
 * and holds the word tables the readers share. Built once at load; tokenizing allocates only the
 * token list.
 */
import { isPlausibleYear } from './calendar';
import { TermName } from './kinds';

// ---------------------------------------------------------------------------------------------
// Tokens

export enum K {
  D3 = 1, // 31/03/2006, 2006-03-31, 21.09.2020
  D2, // 2007/08, 2019-04, 04/2019, 19/20
  NUM,
  WORD,
  DASH,
  SEP,
}

export interface Tok {
  k: K;
  s: string;
  a: number; // start offset
  b: number; // end offset
  x: string; // D2/D3 parts
  y: string;
  z: string;
  sep: string;
}

const TOKEN_RE = /(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?!\d)|(\d{1,4})([./-])(\d{1,4})(?!\d)|(\d+)|([a-z]+)|(-)|([,;&+/()])/g;

export function tokenize(norm: string): Tok[] {
  const out: Tok[] = [];
  TOKEN_RE.lastIndex = 0;
  let mt: RegExpExecArray | null;
  while ((mt = TOKEN_RE.exec(norm)) !== null) {
    const a = mt.index;
    const b = a + mt[0].length;
    let k: K;
    let x = '';
    let y = '';
    let z = '';
    let sep = '';
    if (mt[1] !== undefined) {
      k = K.D3;
      x = mt[1];
      sep = mt[2];
      y = mt[3];
      z = mt[4];
    } else if (mt[5] !== undefined) {
      k = K.D2;
      x = mt[5];
      sep = mt[6];
      y = mt[7];
    } else if (mt[8] !== undefined) k = K.NUM;
    else if (mt[9] !== undefined) k = K.WORD;
    else if (mt[10] !== undefined) k = K.DASH;
    else k = K.SEP;
    out.push({ k, s: mt[0], a, b, x, y, z, sep });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Word tables

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['january', 1],
  ['feb', 2],
  ['february', 2],
  ['febuary', 2],
  ['mar', 3],
  ['march', 3],
  ['apr', 4],
  ['april', 4],
  ['may', 5],
  ['jun', 6],
  ['june', 6],
  ['jul', 7],
  ['july', 7],
  ['aug', 8],
  ['august', 8],
  ['sep', 9],
  ['sept', 9],
  ['september', 9],
  ['oct', 10],
  ['october', 10],
  ['nov', 11],
  ['november', 11],
  ['dec', 12],
  ['december', 12],
]);

export const TERMS: ReadonlyMap<string, TermName | null> = new Map<string, TermName | null>([
  ['autumn', 'Autumn'],
  ['spring', 'Spring'],
  ['summer', 'Summer'],
  ['winter', null],
]);

export const QUARTER_WORDS: ReadonlySet<string> = new Set(['q', 'qtr', 'quarter']);
export const QUARTER_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
]);

/** Words joining the two ends of a range ("July to October 2003"). A dash does the same. */
export const RANGE_WORDS: ReadonlySet<string> = new Set(['to', 'until', 'till', 'til', 'untill', 'through', 'thru']);

export function wordAt(toks: Tok[], j: number): string | null {
  const t = toks[j];
  return t !== undefined && t.k === K.WORD ? t.s : null;
}

export function isNum(t: Tok | undefined, len?: number): t is Tok {
  return t !== undefined && t.k === K.NUM && (len === undefined || t.s.length === len);
}

export function plausibleYearTok(t: Tok | undefined): number | null {
  if (!isNum(t, 4)) return null;
  const y = +t.s;
  return isPlausibleYear(y) ? y : null;
}
