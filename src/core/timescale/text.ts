/**
 * Text clean-up shared by the period and timescale readers. Every step keeps the string's length,
 * so an offset found in the cleaned text points at the same characters in what the person typed
 * (used to quote their words back in findings).
 */

const DASHES_RE = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES_RE = /\s/g;
const QUOTES_RE = /[\u2018\u2019\u201A\u201B'`\u00B4]/g;
const ORDINAL_RE = /(\d)( ?)(st|nd|rd|th)\b/g;

export interface CleanText {
  /** Lower case, one kind of dash, plain spaces, ordinals ("21st") reduced to the number. */
  norm: string;
  /** What to quote back: the original text when offsets line up with norm, else norm itself. */
  display: string;
}

export function cleanText(raw: string): CleanText {
  const lower = raw.toLowerCase();
  const norm = lower
    .replace(DASHES_RE, '-')
    .replace(SPACES_RE, ' ')
    .replace(QUOTES_RE, ' ')
    .replace(ORDINAL_RE, (m: string, d: string) => d + ' '.repeat(m.length - 1));
  return { norm, display: lower.length === raw.length ? raw : norm };
}

/** Replace each match with spaces of the same length, keeping offsets stable. */
export function blankOut(s: string, re: RegExp): string {
  return s.replace(re, (m) => ' '.repeat(m.length));
}

/** The quoted words of a finding: trimmed, single-spaced, curly-quoted. */
export function quote(display: string, a: number, b: number): string {
  const words = display.slice(a, b).replace(/\s+/g, ' ').trim();
  return `\u201C${words.length > 80 ? `${words.slice(0, 77)}...` : words}\u201D`;
}
