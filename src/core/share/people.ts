/**
 * Named people the plan knows, and how to recognise them in free text. De-personalisation must
 * catch a person however the plan writes them: "Tim O'Neill", "Tim O’Neill", "TIM O'NEILL",
 * "PC Dee Hornblower", "Sgt Wright", "T. O'Neill", "O'Neill, Tim", "Mr Simmonds", "Dave".
 */
import { Action } from '../plan';

export interface KnownPerson {
  /** The name as the plan gives it, titles allowed ("PC Dee Hornblower"). */
  name: string;
  /** What replaces the name: the person's agency or role ("Swadlincote Police"). */
  replacement: string;
}

/** Replacement when a person's agency is unknown, or a name fragment is shared by people of different agencies. */
export const DEFAULT_ROLE = 'Partner officer';

/** Words that come before a name: police ranks, civil and honorific titles. */
const TITLE_WORDS = [
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor', 'Rev', 'Revd', 'Reverend', 'Sir', 'Dame', 'Lord', 'Lady',
  'Cllr', 'Councillor', 'PC', 'WPC', 'PCSO', 'SPC', 'Sgt', 'Sergeant', 'Insp', 'Inspector', 'Chief', 'Ch', 'CI', 'DC', 'DS',
  'DI', 'DCI', 'DSI', 'Supt', 'Superintendent', 'Det', 'Detective', 'Constable', 'Con',
];
const TITLE_SET = new Set(TITLE_WORDS.map((w) => w.toLowerCase()));

/** Words that make a "lead officer" a role or an agency, not a named person. */
const ROLE_WORDS = new Set(
  (
    'officer officers manager managers team teams inspectorate police council district borough county city partnership ' +
    'community safety coordinator co-ordinator analyst unit service services department dept group board head lead ' +
    'support development probation division trust nhs health fire rescue youth offending scheme project agency authority ' +
    'housing education environmental care licensing standards trading communications consultant physician worker chair ' +
    'member secretary director constabulary crime reduction victim homes school schools college staff partners ' +
    'representative rep administrator admin assistant deputy senior principal the and of for all cdrp csp yot daat ndc ' +
    'bdbc hcc hfrs sddc drugs alcohol action'
  ).split(' '),
);

/** Lower-case surname particles: part of a surname, never a name on their own. */
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'bin', 'al', 'st']);

const APOSTROPHES = "'’‘ʼ`´′";
const HYPHENS = '-‐‑–—';
/** HYPHENS for use inside a regular-expression character class. */
const HYPHEN_CLASS = '\\-‐‑–—';
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';

function normaliseSpaces(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

function bareWord(token: string): string {
  return token.replace(/\.$/, '').toLowerCase();
}

function isTitle(token: string): boolean {
  return TITLE_SET.has(bareWord(token));
}

function isAcronym(token: string): boolean {
  const letters = token.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

const NAME_TOKEN = new RegExp(`^[\\p{L}\\p{M}${APOSTROPHES}${HYPHEN_CLASS}.]+$`, 'u');

function isNameToken(token: string): boolean {
  return NAME_TOKEN.test(token) && !ROLE_WORDS.has(bareWord(token));
}

/** A name split into given name(s) and surname, titles removed; null when it is a role, not a person. */
export interface PersonName {
  tokens: string[];
  first: string;
  surname: string | null;
}

/** The tokens of a person's name without titles, or null when the text reads as a role or agency. */
export function parsePersonName(name: string): PersonName | null {
  const all = normaliseSpaces(name).split(' ').filter(Boolean);
  let i = 0;
  while (i < all.length - 1 && isTitle(all[i])) i++;
  const tokens = all.slice(i);
  if (tokens.length === 0 || tokens.length > 5) return null;
  const mixedCase = tokens.some((t) => !isAcronym(t));
  if (!tokens.every(isNameToken) || (mixedCase && tokens.some(isAcronym))) return null;
  let s = tokens.length - 1;
  while (s > 1 && PARTICLES.has(tokens[s - 1].toLowerCase())) s--;
  return { tokens, first: tokens[0], surname: tokens.length > 1 ? tokens.slice(s).join(' ') : null };
}

/**
 * A lead-officer cell that also holds the agency ("Helen Boocock Probation", "PC Eileen Banton
 * Swadlincote Police"): up to two name tokens (plus surname particles) after any titles, the rest
 * is the agency. Null when it does not start with a person's name.
 */
export function splitPersonAndAgency(text: string): { name: string; agency: string | null } | null {
  const all = normaliseSpaces(text).split(' ').filter(Boolean);
  let i = 0;
  while (i < all.length - 1 && isTitle(all[i])) i++;
  let j = i;
  let named = 0;
  while (j < all.length && named < 2) {
    const t = all[j];
    if (PARTICLES.has(t.toLowerCase()) && named > 0) {
      j++;
      continue;
    }
    if (!isNameToken(t) || isAcronym(t)) break;
    named++;
    j++;
  }
  if (named === 0) return null;
  const agency = all.slice(j).join(' ');
  return { name: all.slice(0, j).join(' '), agency: agency === '' ? null : agency };
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
 * Every lead officer the plan names, with the agency they lead for as the replacement (the agency
 * given most often for that person; the agency written after the name when the plan did not split
 * them; DEFAULT_ROLE when none). Roles ("Community Safety Manager") are not people and are skipped.
 */
export function knownPeopleFromPlan(actions: readonly Action[]): KnownPerson[] {
  const byKey = new Map<string, { name: string; agencies: Map<string, number>; order: number }>();
  for (const a of actions) {
    if (!a.leadOfficer) continue;
    for (const part of splitPeople(a.leadOfficer)) {
      const agency = a.leadAgency ? normaliseSpaces(a.leadAgency) : null;
      let name = part;
      let replacement = agency;
      if (agency && name.toLowerCase().endsWith(` ${agency.toLowerCase()}`)) name = name.slice(0, -agency.length).trim();
      if (!parsePersonName(name)) {
        const split = splitPersonAndAgency(name);
        if (!split || !parsePersonName(split.name)) continue;
        name = split.name;
        replacement = replacement ?? split.agency;
      }
      const key = personKey(name);
      const entry = byKey.get(key) ?? { name, agencies: new Map<string, number>(), order: byKey.size };
      if (replacement) entry.agencies.set(replacement, (entry.agencies.get(replacement) ?? 0) + 1);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].map((e) => {
    let best: string | null = null;
    let n = 0;
    for (const [agency, count] of e.agencies) if (count > n) [best, n] = [agency, count];
    return { name: e.name, replacement: best ?? DEFAULT_ROLE };
  });
}

// ---- recognising names in text ----

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name token as a pattern: any apostrophe (or none, or a space), any hyphen, an optional full stop. */
function tokenPattern(token: string): string {
  let out = '';
  for (const ch of token) {
    if (APOSTROPHES.includes(ch)) out += `(?:[${APOSTROPHES}]\\s?|[\\s_-])?`;
    else if (HYPHENS.includes(ch)) out += `(?:[${HYPHEN_CLASS}]|\\s)?`;
    else if (ch === '.') out += '\\.?';
    else out += escapeRegex(ch);
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
    if (parsed.surname.length >= 2) add(sur, 3, true);
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

function compile(people: readonly KnownPerson[], anyCase: boolean): (text: string) => string {
  const patterns = resolveShared(
    people
      .filter((p) => normaliseSpaces(p.name) !== '')
      .flatMap(patternsFor)
      .sort((a, b) => a.rank - b.rank || b.source.length - a.source.length),
  );
  if (patterns.length === 0) return (text) => text;
  const re = buildRegex(patterns);
  return (text: string) =>
    text.replace(re, (match: string, ...groups: unknown[]) => {
      const i = groups.findIndex((g, k) => k < patterns.length && g !== undefined);
      const p = patterns[i];
      if (!p) return match;
      if (p.capitalisedOnly && !anyCase && !/^\p{Lu}/u.test(match)) return match;
      return p.replacement;
    });
}

/**
 * A function that replaces every known person in a text by their agency or role: full names with
 * or without titles (case-insensitive, any apostrophe), "Sgt Wright", "T. O'Neill", "O'Neill, Tim",
 * and first names or surnames on their own when written with a capital (in any case with
 * `anyCase`, for lower-case ids and slugs). Whole words only.
 * A replacement that itself names a known person becomes DEFAULT_ROLE.
 */
export function nameRedactor(people: readonly KnownPerson[], options: { anyCase?: boolean } = {}): (text: string) => string {
  const first = compile(people, true);
  const safe = people.map((p) => ({ ...p, replacement: first(p.replacement) === p.replacement ? p.replacement : DEFAULT_ROLE }));
  return compile(safe, options.anyCase ?? false);
}
