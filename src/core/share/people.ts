/**
 * Named people the plan knows, and how to recognise them in free text. De-personalisation must
 * catch a person however the plan writes them: "Tim O'Neill", "Tim O’Neill", "TIM O'NEILL",
 * "PC Dee Hornblower", "Sgt Wright", "T. O'Neill", "O'Neill, Tim", "Mr Simmonds", "Dave".
 */
import { Action } from '../plan';
import { COMMON_WORD_SURNAMES, PARTICLES, POSTNOMINALS, TEXT_TITLES, bare, isAgencyWord, isPlaceWord, isInitial, isNameShaped, isTitleWord, leadsIn, splitPersonAgency } from '../people';
import type { PersonAgency } from '../people';

export interface KnownPerson {
  /** The name as the plan gives it, titles allowed ("PC Dee Hornblower"). */
  name: string;
  /** What replaces the name: the person's agency or role ("Swadlincote Police"). */
  replacement: string;
}

/** Replacement when a person's agency is unknown, or a name fragment is shared by people of different agencies. */
export const DEFAULT_ROLE = '[person]';

/** Words that come before a name: police ranks, civil and honorific titles. */
const TITLE_WORDS = [...new Set([...TEXT_TITLES, 'Ch', 'CI', 'Chief', 'Con'])];

const APOSTROPHES = "'’‘ʼ`´′";
const HYPHENS = '-‐‑–—';
/** HYPHENS for use inside a regular-expression character class. */
const HYPHEN_CLASS = '\\-‐‑–—';
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';

function normaliseSpaces(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

function isTitle(token: string): boolean {
  return isTitleWord(token);
}

/** A name split into given name(s) and surname, titles removed; null when it is a role, not a person. */
export interface PersonName {
  tokens: string[];
  first: string;
  surname: string | null;
}

function isNameToken(token: string, k: number): boolean {
  if (k > 0 && PARTICLES.has(token.toLowerCase())) return true;
  return isNameShaped(token.replace(/[.,]$/, '')) || isNameShaped(token);
}

/** The tokens of a person's name without titles or honours, or null when the text reads as a role or agency. */
export function parsePersonName(name: string): PersonName | null {
  const all = normaliseSpaces(name).split(' ').filter(Boolean);
  let i = 0;
  while (i < all.length - 1 && isTitle(all[i])) i++;
  let tokens = all.slice(i);
  while (tokens.length > 1 && POSTNOMINALS.has(bare(tokens[tokens.length - 1])) && tokens[tokens.length - 1] === tokens[tokens.length - 1].toUpperCase()) tokens = tokens.slice(0, -1);
  if (tokens.length === 0 || tokens.length > 6) return null;
  if (!tokens.every((t, k) => isNameToken(t, k) && !isAgencyWord(t))) return null;
  if (tokens.every((t) => isInitial(t) || PARTICLES.has(t.toLowerCase()))) return null;
  let s = tokens.length - 1;
  while (s > 1 && PARTICLES.has(tokens[s - 1].toLowerCase())) s--;
  return { tokens, first: tokens[0], surname: tokens.length > 1 ? tokens.slice(s).join(' ') : null };
}

/**
 * A lead-officer cell that also holds the agency ("Helen Boocock Probation", "PC Eileen Banton
 * Swadlincote Police"), split by the product's one splitter. Null when it does not start with a
 * person's name.
 */
export function splitPersonAndAgency(text: string): { name: string; agency: string | null } | null {
  const s = splitPersonAgency(text);
  return s.person ? { name: s.person, agency: s.agency } : null;
}

/** One cell may name several people: "Tim O'Neill / Dave Simmonds", one per line, "A and B". */
export function splitPeople(text: string): string[] {
  return text
    .split(/\r?\n|\r|;|\/|&|\+|,|\band\b/u)
    .map(normaliseSpaces)
    .filter((s) => s !== '');
}

function personKey(name: string): string {
  const p = parsePersonName(name);
  const base = p ? p.tokens.join(' ') : name;
  return normaliseSpaces(base.toLowerCase().replace(new RegExp(`[${APOSTROPHES}]`, 'gu'), "'"));
}

/**
 * Collects people: each person once (by name, any case or apostrophe), with the agency they are
 * given most often as the replacement, DEFAULT_ROLE when none.
 */
export class PeopleBook {
  private byKey = new Map<string, { name: string; agencies: Map<string, number> }>();

  /** Each name as written, read once: its normalised form and key, or null when it is no person's name. */
  private readings = new Map<string, { n: string; key: string } | null>();

  /** Adds a person; returns false when the text does not read as a person's name. */
  add(name: string, agency: string | null): boolean {
    let r = this.readings.get(name);
    if (r === undefined) {
      const n = normaliseSpaces(name);
      this.readings.set(name, (r = parsePersonName(n) ? { n, key: personKey(n) } : null));
    }
    if (r === null) return false;
    const { n, key } = r;
    const entry = this.byKey.get(key) ?? { name: n, agencies: new Map<string, number>() };
    const a = agency ? normaliseSpaces(agency) : '';
    if (a) entry.agencies.set(a, (entry.agencies.get(a) ?? 0) + 1);
    this.byKey.set(key, entry);
    return true;
  }

  /** Every person and agency a lead cell names, by the product's one splitter. */
  private leads = new Map<string, PersonAgency[]>();

  addLead(text: string, fallbackAgency: string | null = null): void {
    // Plans repeat the same leads down hundreds of rows: each text is split once.
    let leads = this.leads.get(text);
    if (!leads) this.leads.set(text, (leads = leadsIn(text)));
    leads.forEach((l, i) => {
      // "Sue Haslett" on one line and "Partnership Support Team" on the next: the agency that follows.
      const next = leads.slice(i + 1).find((x) => x.person === null && x.agency)?.agency ?? null;
      if (l.person) this.add(l.person, l.agency ?? next ?? fallbackAgency);
    });
  }

  people(): KnownPerson[] {
    return [...this.byKey.values()].map((e) => {
      let best: string | null = null;
      let n = 0;
      for (const [agency, count] of e.agencies) if (count > n) [best, n] = [agency, count];
      return { name: e.name, replacement: best ?? DEFAULT_ROLE };
    });
  }
}

/**
 * Every person the plan's leads name, with the agency they lead for as the replacement (the agency
 * given most often for that person; the agency written after the name when the plan did not split
 * them; DEFAULT_ROLE when none). Leads that did not split are read again, so "Amara Okafor
 * Probation" left whole in leadAgency is still learned. Roles ("Community Safety Manager") are not people.
 */
export function knownPeopleFromPlan(actions: readonly Action[], book = new PeopleBook()): KnownPerson[] {
  for (const a of actions) {
    const agency = a.leadAgency ? normaliseSpaces(a.leadAgency) : null;
    if (a.leadOfficer) {
      for (const part of splitPeople(a.leadOfficer)) {
        let name = part;
        if (agency && name.toLowerCase().endsWith(` ${agency.toLowerCase()}`)) name = name.slice(0, -agency.length).trim();
        if (book.add(name, agency)) continue;
        book.addLead(name, agency);
      }
    }
    if (a.leadAgency) book.addLead(a.leadAgency);
  }
  return book.people();
}

// ---- recognising names in text ----

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Letters that do not decompose into a base letter and an accent. */
const FOLD: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', ı: 'i', œ: 'oe', þ: 'th', ð: 'd', ħ: 'h' };

/** A name token as a pattern: any apostrophe (or none, or a space), any hyphen, an optional full stop. */
function tokenPattern(token: string): string {
  let out = '';
  for (const ch of token) {
    if (APOSTROPHES.includes(ch)) out += `(?:[${APOSTROPHES}]\\s?|[\\s_-])?`;
    else if (HYPHENS.includes(ch)) out += `(?:[${HYPHEN_CLASS}]|\\s)?`;
    else if (ch === '.') out += '\\.?';
    else {
      // Logins and e-mail addresses drop accents: "Wiśniewska" is also "wisniewska".
      const base = FOLD[ch.toLowerCase()] ?? ch.normalize('NFD').replace(/\p{M}/gu, '');
      out += base && base !== ch ? `(?:${escapeRegex(ch)}|${escapeRegex(base)})` : escapeRegex(ch);
    }
  }
  return out;
}

/** Between the words of a name: spaces, or the hyphens and underscores of ids and slugs ("tim-o-neill"). */
const WS = '[\\s_-]+';
const TITLE_PATTERN = `(?:(?:${TITLE_WORDS.map(escapeRegex).join('|')})\\.?${WS})`;

function phrasePattern(phrase: string): string {
  return normaliseSpaces(phrase).split(' ').map(tokenPattern).join(WS);
}

interface NamePattern {
  source: string;
  replacement: string;
  /** Single words ("Dave", "Wright") only count as a name when written with a capital. */
  capitalisedOnly: boolean;
  rank: number;
}

function patternsFor(p: KnownPerson): NamePattern[] {
  const parsed = parsePersonName(p.name);
  const r = normaliseSpaces(p.replacement) || DEFAULT_ROLE;
  const own = `(?:${WS}${phrasePattern(r)})?`;
  if (!parsed) return [{ source: phrasePattern(p.name), replacement: r, capitalisedOnly: false, rank: 1 }];
  const out: NamePattern[] = [];
  const full = parsed.tokens.map(tokenPattern).join(WS);
  const add = (source: string, rank: number, capitalisedOnly = false) => out.push({ source, replacement: r, capitalisedOnly, rank });
  if (parsed.surname) {
    const sur = phrasePattern(parsed.surname);
    const first = tokenPattern(parsed.first);
    add(`${TITLE_PATTERN}*${full}${own}`, 1);
    add(`${TITLE_PATTERN}*${first}${WS}${sur}${own}`, 1);
    add(`${sur},\\s*${TITLE_PATTERN}*${first}`, 1);
    add(`${TITLE_PATTERN}+${sur}${own}`, 2);
    add(`${escapeRegex(parsed.first[0])}\\.?${WS}${sur}${own}`, 2);
    add(`${sur}${WS}${first}`, 2);
    // Login and e-mail forms: helen.boocock, h.boocock, hboocock, HBoocock, boocock.h, helenb.
    const login = parsed.surname.split(' ').map(tokenPattern).join('[._-]?');
    const initial = escapeRegex(parsed.first[0]);
    add(`${first}[._-]?${login}`, 2);
    add(`${initial}[._]${login}`, 2);
    if (!isAgencyWord(parsed.first[0] + parsed.surname.replace(/[^\p{L}]/gu, ''))) add(`${initial}${login}`, 2);
    add(`${login}[._]${first}`, 2);
    add(`${login}[._]${initial}`, 2);
    add(`${first}[._]${escapeRegex(parsed.surname[0])}`, 2);
    // The surname alone, in any case, unless it is also an everyday word ("young people").
    const everyday = COMMON_WORD_SURNAMES.has(parsed.surname.toLowerCase()) || isAgencyWord(parsed.surname) || isPlaceWord(parsed.surname);
    if (parsed.surname.length >= 2) add(sur, 3, everyday);
  } else {
    add(`${TITLE_PATTERN}+${full}${own}`, 2);
  }
  for (const t of parsed.tokens.slice(0, parsed.surname ? -1 : undefined)) {
    if (t.replace(/\.$/, '').length >= 2 && !PARTICLES.has(t.toLowerCase())) add(tokenPattern(t), 3, true);
  }
  return out;
}

function buildRegex(patterns: NamePattern[]): RegExp {
  const body = patterns.map((p) => `(${p.source})`).join('|');
  return new RegExp(`(?<!${WORD_CHAR})(?:${body})(?!${WORD_CHAR})`, 'giu');
}

/** Fragments shared by people of different agencies ("Andy", "Wright") are replaced by DEFAULT_ROLE. */
function resolveShared(patterns: NamePattern[]): NamePattern[] {
  const replacements = new Map<string, Set<string>>();
  for (const p of patterns) {
    const key = p.source.toLowerCase();
    replacements.set(key, (replacements.get(key) ?? new Set()).add(p.replacement));
  }
  const seen = new Set<string>();
  const out: NamePattern[] = [];
  for (const p of patterns) {
    const key = p.source.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push((replacements.get(key)?.size ?? 0) > 1 ? { ...p, replacement: DEFAULT_ROLE } : p);
  }
  return out;
}

function compile(people: readonly KnownPerson[], anyCase: boolean, onReplace?: () => void): (text: string) => string {
  const patterns = resolveShared(
    people
      .filter((p) => normaliseSpaces(p.name) !== '')
      .flatMap(patternsFor)
      .sort((a, b) => a.rank - b.rank || b.source.length - a.source.length),
  );
  if (patterns.length === 0) return (text) => text;
  const re = buildRegex(patterns);
  // Every form of a name holds one of its words whole; texts holding none are left at once.
  const keys = [...new Set(people.flatMap((p) => (parsePersonName(p.name)?.tokens ?? normaliseSpaces(p.name).split(' ')).map(letters)))].filter((k) => k.length >= 2);
  return (text: string) => {
    const flat = letters(text);
    if (!keys.some((k) => flat.includes(k))) return text;
    return text.replace(re, (match: string, ...groups: unknown[]) => {
      const i = groups.findIndex((g, k) => k < patterns.length && g !== undefined);
      const p = patterns[i];
      if (!p) return match;
      if (p.capitalisedOnly && !anyCase && !/^\p{Lu}/u.test(match)) return match;
      onReplace?.();
      return p.replacement;
    });
  };
}

/** Lower case, accents and every non-letter dropped: "O’Neill" and "o-neill" are both "oneill". */
function letters(s: string): string {
  const lower = s.toLowerCase();
  // Plain ASCII (nearly every text): no accents to drop, nothing to fold.
  if (ASCII.test(lower)) return lower.replace(NOT_ASCII_LETTER, '');
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(FOLDED, (ch) => FOLD[ch])
    .replace(NOT_LETTER, '');
}
const ASCII = /^[\x00-\x7f]*$/;
const NOT_ASCII_LETTER = /[^a-z]+/g;
const MARKS = /\p{M}+/gu;
const FOLDED = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');
const NOT_LETTER = /[^\p{L}]+/gu;

/**
 * A function that replaces every known person in a text by their agency or role: full names with
 * or without titles (case-insensitive, any apostrophe), "Sgt Wright", "T. O'Neill", "O'Neill, Tim",
 * and first names or surnames on their own when written with a capital (in any case with
 * `anyCase`, for lower-case ids and slugs). Whole words only.
 * A replacement that itself names a known person becomes DEFAULT_ROLE.
 */
export function nameRedactor(people: readonly KnownPerson[], options: { anyCase?: boolean; onReplace?: () => void } = {}): (text: string) => string {
  const first = compile(people, true);
  const safe = people.map((p) => ({ ...p, replacement: first(p.replacement) === p.replacement ? p.replacement : DEFAULT_ROLE }));
  return compile(safe, options.anyCase ?? false, options.onReplace);
}
