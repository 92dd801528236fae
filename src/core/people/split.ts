/**
 * The one person/agency splitter. Structure uses it to split lead cells into leadOfficer and
 * leadAgency; de-personalisation uses it to learn who the workbook names. Open-world: the words
 * before a recognised agency or role are a person when they are shaped like a name (capitalised
 * words, initials, particles, hyphens and apostrophes), whatever tradition the name comes from.
 */
import { PARTICLES, POSTNOMINALS, bare, isAgencyWord, isPlaceWord, isTitleWord } from './vocabulary';

export interface LeadSplit {
  leadOfficer: string | null;
  leadAgency: string | null;
}

export interface LeadOptions {
  /** Agencies and roles the workbook adds (an "Agencies" sheet): matched as whole phrases. */
  extraAgencies?: readonly string[];
  /**
   * The column holds people ("Lead officer"): a lone two or three capitals that are no agency word
   * ("GE", "AB") are a person's initials, not an acronym.
   */
  initialsArePeople?: boolean;
}

/** A person and the agency or role written with them; either may be null. */
export interface PersonAgency {
  person: string | null;
  agency: string | null;
}

const CAPITALISED = /^\p{Lu}\p{M}*[\p{L}\p{M}]*(?:[-'’‘ʼ][\p{L}][\p{L}\p{M}]*)*$/u;
const PREFIXED = /^(?:al|el|ad|as|ash|at|az|ud|abu|abd|bin|ibn|ben|de|di|da|van|von|le|la|du|o)[-'’]\p{Lu}[\p{L}\p{M}]*$/u;
const INITIAL = /^(?:\p{Lu}\.?|(?:\p{Lu}\.){2,3})$/u;

export function isInitial(token: string): boolean {
  return INITIAL.test(token);
}

/**
 * A token shaped like part of a name: "Okafor", "O'Neill", "Lee-Ferguson", "McDonald", "Ní",
 * "al-Rashid", an initial ("T.", "C"). Acronyms (all capitals, "CDRP") are not.
 */
export function isNameShaped(token: string): boolean {
  if (INITIAL.test(token)) return true;
  if (/^\p{Lu}{2,}s$/u.test(token)) return false; // "PCSOs", "ACSOs": plural acronyms
  if (PREFIXED.test(token)) return true;
  return CAPITALISED.test(token) && /\p{Ll}/u.test(token);
}

/** A name token that is not an agency or role word (place words are allowed: Hart, Derby, North). */
function isNameWord(token: string): boolean {
  return isNameShaped(token) && !isAgencyWord(token);
}

/** Words that begin place and organisation names, never a given name. */
const NOT_FIRST = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'greater',
  'upper',
  'lower',
  'mid',
  'central',
  'royal',
  'new',
  'old',
  'great',
  'little',
  'st',
]);

/** Agency words that a place name comes before: "Derby Division", "Swadlincote Police". */
const TAKES_PLACE = new Set(['police', 'constabulary', 'council', 'county', 'city', 'borough', 'district', 'division', 'fire', 'ccg', 'pct', 'icb', 'nhs', 'cvs', 'ocu', 'bcu']);

/**
 * Words that end the name of a body: capitalised words straight before them name the body, not a
 * person ("Building Resilience Working Group", "Reducing Reoffending Board"). A title still marks a
 * person ("DS Smith Board").
 */
const BODY = new Set([
  'group',
  'groups',
  'board',
  'boards',
  'panel',
  'panels',
  'forum',
  'forums',
  'committee',
  'committees',
  'subgroup',
  'sub-group',
  'network',
  'networks',
  'steering',
  'working',
  'task',
  'taskforce',
  'programme',
  'project',
  'scheme',
  'initiative',
  'hub',
  'strategy',
]);

function norm(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

function trimPunctuation(s: string): string {
  return s.replace(/^(?:[\s,;:]|[–—-](?=\s))+|(?:[\s,;:]|(?<=\s)[–—-])+$/gu, '');
}

/** Index of the first token at or after `from` where one of the extra agency phrases begins. */
function extraStop(tokens: readonly string[], from: number, extra: readonly string[]): number {
  if (extra.length === 0) return tokens.length;
  const lowered = extra.map((e) => norm(e).toLowerCase()).filter(Boolean);
  for (let k = from; k < tokens.length; k++) {
    const rest = tokens.slice(k).join(' ').toLowerCase();
    if (lowered.some((e) => rest === e || rest.startsWith(`${e} `))) return k;
  }
  return tokens.length;
}

/** The end (exclusive) of a person's name that starts at `at`, or -1 when none starts there. */
function nameEnd(tokens: readonly string[], at: number, extra: readonly string[]): number {
  let i = at;
  let titles = 0;
  while (i < tokens.length - 1 && titles < 4 && isTitleWord(tokens[i])) {
    i++;
    titles++;
  }
  const stop = extraStop(tokens, i, extra);
  let j = i;
  const run: string[] = [];
  while (j < stop) {
    const t = tokens[j];
    if (run.length > 0 && PARTICLES.has(t.toLowerCase())) {
      let k = j;
      while (k < stop && PARTICLES.has(tokens[k].toLowerCase())) k++;
      if (k < stop && isNameWord(tokens[k])) {
        j = k;
        continue;
      }
    }
    if (run.length > 0 && POSTNOMINALS.has(bare(t)) && t === t.toUpperCase()) {
      j++;
      continue;
    }
    if (!isNameWord(t)) break;
    run.push(t);
    j++;
  }
  // A place word after a full name belongs to the agency: "Andy Smith Derby Division".
  // One place name moves, with a compass word before it ("Amara Okafor South Yorkshire Police");
  // a place word the name needs stays ("Mary Ann Hart Derby Division", "Dave Hart Police").
  const last = () => run.length > 2 && tokens[j - 1] === run[run.length - 1];
  if (last() && isPlaceWord(run[run.length - 1]) && j < tokens.length && TAKES_PLACE.has(bare(tokens[j]))) {
    run.pop();
    j--;
    if (last() && NOT_FIRST.has(bare(run[run.length - 1]))) {
      run.pop();
      j--;
    }
  }
  if (run.length === 0 || run.length > 5) return -1;
  if (run.every(isInitial)) return -1;
  const beforeBody = j < tokens.length && BODY.has(bare(tokens[j]));
  // "DS Smith Tasking Group": the titled person keeps the name, the word before the body word names it.
  if (titles > 0) return beforeBody && run.length > 1 ? j - 1 : j;
  if (beforeBody) return -1;
  if (run.length < 2) return -1;
  if (NOT_FIRST.has(bare(run[0]))) return -1;
  if (run.every(isPlaceWord)) return -1;
  return j;
}

/**
 * One lead ("Helen Boocock Probation", "PC Eileen Banton Swadlincote Police", "Sharon Squires",
 * "DS Smith", "BDBC Licensing Team") -> the person at its start, if any, and the rest.
 */
export function splitPersonAgency(line: string, options: LeadOptions = {}): PersonAgency {
  const text = norm(line);
  if (!text) return { person: null, agency: null };
  const extra = options.extraAgencies ?? [];
  if (extra.some((a) => norm(a).toLowerCase() === text.toLowerCase())) return { person: null, agency: text };
  const tokens = text.split(' ');
  const end = nameEnd(tokens, 0, extra);
  if (end < 0) return { person: null, agency: trimPunctuation(text) || null };
  const person = trimPunctuation(tokens.slice(0, end).join(' '));
  const agency = trimPunctuation(tokens.slice(end).join(' '));
  return { person: person || null, agency: agency || null };
}

/**
 * The separate leads in one cell: one per line, or split by ";", a slash with a space on either
 * side ("A / B", "A /B"; "ACSO/PCSO" stays one) or a spaced dash ("Consultation worker – GMPS").
 */
export function leadParts(text: string): string[] {
  return text
    .split(/\r?\n|\r|;|(?<=[\p{L})])(?:\s+\/\s*|\/\s+)(?=[\p{L}(])|(?<=\p{L})\s+[–—-]\s+(?=\p{L})/u)
    .map(norm)
    .filter(Boolean);
}

/**
 * "Sgt Andy Wright Partnership Support Team Sgt Andy Wright Partnership Support Team", "Swadlincote
 * Police Dee Hornblower": a new lead starts where a person's name follows an agency or role word.
 */
function splitRunTogether(line: string, extra: readonly string[]): string[] {
  const tokens = line.split(' ');
  const starts = [0];
  const first = nameEnd(tokens, 0, extra);
  for (let k = Math.max(1, first); k < tokens.length; k++) {
    const prev = tokens[k - 1];
    if (isTitleWord(prev)) continue;
    if (!isAgencyWord(prev) && !/^\p{Lu}{2,}$/u.test(prev)) continue;
    const end = nameEnd(tokens, k, extra);
    if (end < 0) continue;
    // The name must be followed by an agency word or end the line, so "Team Leader" stays whole.
    if (end < tokens.length && !isAgencyWord(tokens[end]) && !/^\p{Lu}{2,}$/u.test(tokens[end]) && !isPlaceWord(tokens[end])) continue;
    starts.push(k);
    k = end - 1;
  }
  const out: string[] = [];
  for (let s = 0; s < starts.length; s++) out.push(tokens.slice(starts[s], starts[s + 1]).join(' '));
  return out;
}

/** A short name of a body: an acronym ("WCC") or an agency or role word among a few capitalised words ("Faiths Forums"). */
function readsAsBody(part: string): boolean {
  const words = part.split(' ');
  if (words.length > 5 || !/^[\p{Lu}\d]/u.test(part)) return false;
  return words.some((w) => /^\p{Lu}{2,}$/u.test(w.replace(/[^\p{L}]/gu, '')) || isAgencyWord(w) || BODY.has(bare(w)));
}

/**
 * A comma separates leads when a person is on one side ("Siobhan Ni Bhriain, Community Safety
 * Team"), or when it lists bodies ("WCAVA, EQUIP, Faiths Forums, WCC, District & Borough teams"):
 * three or more short names, or two that each read as a body. A post with its qualifier stays one
 * ("Head of Service, Housing": a part with "of" or "for" in it is a post, and the comma qualifies it).
 */
function commaParts(line: string, options: LeadOptions): string[] {
  if (!line.includes(',')) return [line];
  const parts = line.split(',').map(norm).filter(Boolean);
  if (parts.some((p) => splitPersonAgency(p, options).person)) return parts;
  const short = parts.every((p) => p.split(' ').length <= 5 && /^[\p{Lu}\d]/u.test(p) && !/\s(?:of|for)\s/u.test(p));
  if (short && (parts.length >= 3 || parts.every(readsAsBody))) return parts;
  return [line];
}

/** Every person and agency in a lead cell, in order. */
export function leadsIn(text: string, options: LeadOptions = {}): PersonAgency[] {
  const extra = options.extraAgencies ?? [];
  const out: PersonAgency[] = [];
  for (const part of leadParts(text)) {
    for (const piece of commaParts(part, options)) {
      for (const sub of splitRunTogether(piece, extra)) out.push(splitPersonAgency(sub, options));
    }
  }
  return out;
}

function uniqueJoin(parts: (string | null)[]): string | null {
  const seen: string[] = [];
  for (const p of parts) if (p && !seen.some((s) => s.toLowerCase() === p.toLowerCase())) seen.push(p);
  return seen.length ? seen.join('; ') : null;
}

/**
 * Lead text -> named officers and agencies, each joined with "; " when the cell names several.
 * A lead repeated by a paste is read once.
 */
export function splitLead(text: string | null, options: LeadOptions = {}): LeadSplit {
  if (!text || !text.trim()) return { leadOfficer: null, leadAgency: null };
  const leads = leadsIn(withoutNotes(text), options).map((l) => (options.initialsArePeople ? initialsAsPerson(l) : l));
  return { leadOfficer: uniqueJoin(leads.map((l) => l.person)), leadAgency: uniqueJoin(leads.map((l) => l.agency)) };
}

const EMAIL = /[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/gu;

/**
 * A lead cell without what is not a lead: e-mail addresses (contact details, not a name or an
 * agency) and a note after a spaced dash that starts in lower case ("EQUIP – commissioned by NBBC
 * and WCC", "... teams – to promote."). A dash before a capital separates two leads, as before.
 */
function withoutNotes(text: string): string {
  return text
    .split(/\r?\n|\r/u)
    .map((line) =>
      line
        .replace(EMAIL, ' ')
        .replace(/[(<[]\s*(?:e-?mail:?\s*)?[)>\]]/giu, ' ')
        .replace(/\s+[–—-]\s+\p{Ll}.*$/u, ''),
    )
    .join('\n');
}

/**
 * A cell that reads as a lead and nothing else: short, and every lead in it a person or a body's
 * short name ("WCAVA, EQUIP, Faiths Forums", "Prevent Officer – Geoff Thomas"). An action or a
 * measure ("Police to patrol the park weekly") is no lead. For finding an unheaded lead column.
 */
export function readsAsLead(text: string, options: LeadOptions = {}): boolean {
  const t = norm(text);
  if (!t || t.length > 120) return false;
  const leads = leadsIn(withoutNotes(text), options);
  return leads.length > 0 && leads.every((l) => l.person !== null || (l.agency !== null && readsAsBody(l.agency)));
}

/** "GE" in a column of people: initials, so the person, not an agency. */
function initialsAsPerson(l: PersonAgency): PersonAgency {
  if (l.person || !l.agency) return l;
  const t = l.agency.replace(/\./g, '');
  if (/^\p{Lu}{2,3}$/u.test(t) && !isAgencyWord(t) && !isTitleWord(t)) return { person: l.agency, agency: null };
  return l;
}

/**
 * The people in a list such as a return's NAME row ("David Lipscombe, James Knight") or a
 * membership table's name cell: every part that reads as a person.
 */
export function peopleInList(text: string, options: LeadOptions = {}): PersonAgency[] {
  return text
    .split(/\r?\n|\r|;|\/|,|&|\band\b/u)
    .map(norm)
    .filter(Boolean)
    .map((p) => splitPersonAgency(p, options))
    .filter((p) => p.person !== null);
}
