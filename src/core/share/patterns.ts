/**
 * Personal data removed by its shape, whoever it belongs to: e-mail addresses, UK phone numbers, a
 * title followed by a name ("DS Smith", "Insp. Jones", "Ms Patel"), and "victim ..." or
 * "witness ..." followed by a name. The same patterns also teach de-personalisation who is named,
 * so "Smith" is removed elsewhere once "DS Smith" has been seen.
 */
import { TEXT_TITLES, isAgencyWord, isNameShaped } from '../people';

export const EMAIL_TEXT = '[e-mail]';
export const PHONE_TEXT = '[phone]';
export const PERSON_TEXT = '[person]';

export type RemovalKind = 'named person' | 'e-mail address' | 'phone number' | 'titled name' | 'victim or witness name';
export const REMOVAL_KINDS: readonly RemovalKind[] = ['named person', 'e-mail address', 'phone number', 'titled name', 'victim or witness name'];

export type RemovalCounts = Record<RemovalKind, number>;

export function noRemovals(): RemovalCounts {
  return { 'named person': 0, 'e-mail address': 0, 'phone number': 0, 'titled name': 0, 'victim or witness name': 0 };
}

const EMAIL = /[\p{L}\p{N}._%+'’-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/**
 * UK numbers: 0 or +44 (with an optional "(0)") then 9 or 10 more digits, spaced, hyphenated or
 * bracketed in any way: "01332 123456", "07700 900123", "+44 1332 654321", "(01332) 123-456".
 */
const PHONE = /(?<![\p{L}\p{N}+])(?:\+\s?44\s?(?:\(0\)\s?)?|\(?0)\d(?:[\s\-)]{0,2}\d){8,9}(?!\p{N})/gu;

function phoneDigitsOk(match: string): boolean {
  const digits = match.replace(/\D/g, '');
  if (match.trim().startsWith('+')) {
    const national = digits.slice(2).replace(/^0/, '');
    return national.length === 9 || national.length === 10;
  }
  return digits.length === 10 || digits.length === 11;
}

const NAME_WORD = "[\\p{Lu}][\\p{L}\\p{M}'’‘-]*\\.?";
const TITLES_RE = TEXT_TITLES.map((t) => t.replace('.', '\\.')).join('|');
/** One to three titles ("Chief Inspector" is written as two), then up to three name words. */
const TITLED = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:(?:[ACDTacdt]\\/)?(?:${TITLES_RE}|Chief|CHIEF|${TEXT_TITLES.map((t) => t.toUpperCase()).join('|')})\\.?\\s+){1,3})(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})`,
  'gu',
);
const VICTIM = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:victim|witness|complainant|informant)(?:s|es)?(?:['’]s)?(?:\\s*[:,–-]\\s*|\\s+)(?:(?:named|called|is|was|being)\\s+)?)(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})`,
  'giu',
);

/*
 * Cheap tests that rule a text out before the Unicode-aware patterns above run on it: those are
 * most of an export's time, and nearly every cell has no "@", no nine digits, no title and no
 * victim. Each test accepts everything its pattern could match (case-insensitive where the pattern
 * is not), so the results are the same.
 */
const MAY_HAVE_TITLE = new RegExp(`(?<![A-Za-z0-9])(?:${TITLES_RE}|Chief)\\.?\\s`, 'i');
const MAY_HAVE_VICTIM = /victim|witness|complainant|informant/i;

function digitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** The leading words of a captured run that form a person's name (name-shaped, not agency words). */
function nameWords(run: string): string[] {
  const out: string[] = [];
  for (const w of run.split(/\s+/)) {
    if (!isNameShaped(w.replace(/\.$/, '')) && !isNameShaped(w)) break;
    if (isAgencyWord(w)) break;
    out.push(w);
  }
  return out;
}

export interface FoundName {
  kind: 'titled name' | 'victim or witness name';
  /** The name without its title ("Smith", "Jane Doe"). */
  name: string;
}

/** People named by a title or as a victim or witness in a text, whoever they are. */
export function namesByPattern(text: string): FoundName[] {
  const out: FoundName[] = [];
  if (MAY_HAVE_TITLE.test(text))
    for (const m of text.matchAll(TITLED)) {
      const words = nameWords(m[2]);
      if (words.length) out.push({ kind: 'titled name', name: words.join(' ').replace(/\.$/, '') });
    }
  if (MAY_HAVE_VICTIM.test(text))
    for (const m of text.matchAll(VICTIM)) {
      const words = nameWords(m[2]);
      if (words.length) out.push({ kind: 'victim or witness name', name: words.join(' ').replace(/\.$/, '') });
    }
  return out;
}

/** Replaces a pattern's name part, keeping the words after the name ("DS Smith Police" -> "[person] Police"). */
function replaceNamed(text: string, re: RegExp, keepLead: boolean, count: () => void): string {
  return text.replace(re, (match: string, lead: string, run: string) => {
    const words = nameWords(run);
    if (words.length === 0) return match;
    count();
    const rest = run.split(/\s+/).slice(words.length).join(' ');
    const trailingStop = words[words.length - 1].endsWith('.') && rest === '' ? '.' : '';
    return `${keepLead ? lead : ''}${PERSON_TEXT}${trailingStop}${rest ? ` ${rest}` : ''}`;
  });
}

/** A "+44" number as an id's slug writes it: "44-1332-654321". */
const SLUG_PHONE = /(?<![\p{L}\p{N}])44[-_](?:\d[-_]?){9,10}(?![\p{N}])/gu;

/** Removes e-mail addresses and UK phone numbers (also as slugs in ids, with `slug`), counting them. */
export function redactContacts(text: string, counts: RemovalCounts, options: { slug?: boolean } = {}): string {
  let out = !text.includes('@')
    ? text
    : text.replace(EMAIL, () => {
        counts['e-mail address']++;
        return EMAIL_TEXT;
      });
  if (digitCount(out) < 9) return out;
  out = out.replace(PHONE, (m: string) => {
    if (!phoneDigitsOk(m)) return m;
    counts['phone number']++;
    return PHONE_TEXT;
  });
  if (options.slug) {
    out = out.replace(SLUG_PHONE, (m: string) => {
      const n = m.replace(/\D/g, '').length - 2;
      if (n !== 9 && n !== 10) return m;
      counts['phone number']++;
      return PHONE_TEXT;
    });
  }
  return out;
}

/** Removes titled names and the names of victims and witnesses left after known people were replaced. */
export function redactNamedPatterns(text: string, counts: RemovalCounts): string {
  let out = MAY_HAVE_VICTIM.test(text) ? replaceNamed(text, VICTIM, true, () => counts['victim or witness name']++) : text;
  if (MAY_HAVE_TITLE.test(out)) out = replaceNamed(out, TITLED, false, () => counts['titled name']++);
  return out;
}
