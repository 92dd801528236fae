import { GIVEN_NAMES, PERSON_TITLES, isAgencyWord } from './gazetteer';

export interface LeadSplit {
  leadOfficer: string | null;
  leadAgency: string | null;
}

export interface LeadOptions {
  /** Agencies and roles the workbook adds (an "Agencies" sheet): matched as whole phrases. */
  extraAgencies?: readonly string[];
}

const NAME_TOKEN = /^(?:O['’]|Mc|Mac)?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*$/;

function isNameToken(t: string): boolean {
  return NAME_TOKEN.test(t) && !isAgencyWord(t);
}

/**
 * Takes a person's name off the front of one line of lead text: "Helen Boocock Probation" ->
 * ("Helen Boocock", "Probation"); "PC Eileen Banton Swadlincote Police"; "Sharon Squires".
 * A line that starts with an agency or role word has no person in it.
 */
function splitLine(line: string, extra: readonly string[]): LeadSplit {
  const text = line.replace(/\s+/g, ' ').trim();
  if (!text) return { leadOfficer: null, leadAgency: null };
  const lower = text.toLowerCase();
  if (extra.some((a) => lower === a.toLowerCase())) return { leadOfficer: null, leadAgency: text };
  const tokens = text.split(' ');
  let i = 0;
  const titles: string[] = [];
  while (i < tokens.length && PERSON_TITLES.has(tokens[i].toLowerCase().replace(/\.$/, '')) && i < 3) {
    // "Chief Superintendent Tony Hurrell"; but "Chief Inspector" alone is a role, decided below.
    titles.push(tokens[i]);
    i++;
  }
  const first = tokens[i];
  const second = tokens[i + 1];
  const hasGiven = first !== undefined && GIVEN_NAMES.has(first.toLowerCase());
  const looksLikeName = first !== undefined && second !== undefined && NAME_TOKEN.test(first) && isNameToken(second);
  if (looksLikeName && (hasGiven || titles.length > 0 || (tokens.length === i + 2 && !isAgencyWord(first)))) {
    let end = i + 2;
    // A third name token only when it is hyphenated or the name has a particle: keep it simple.
    if (tokens[end] && /^(?:[A-Z][a-z]+-[A-Z][a-z]+)$/.test(tokens[end]) && !isAgencyWord(tokens[end])) end++;
    const name = tokens.slice(0, end).join(' ');
    const rest = tokens.slice(end).join(' ').trim();
    return { leadOfficer: name, leadAgency: rest || null };
  }
  return { leadOfficer: null, leadAgency: text };
}

function uniqueJoin(parts: (string | null)[]): string | null {
  const seen: string[] = [];
  for (const p of parts) if (p && !seen.some((s) => s.toLowerCase() === p.toLowerCase())) seen.push(p);
  return seen.length ? seen.join('; ') : null;
}

/**
 * Lead text -> named officers and agencies. Each line (or "/", ";" separated part) is one lead;
 * a line like "Sgt Andy Wright Partnership Support Team Sgt Andy Wright ..." repeated by a paste is
 * read once.
 */
export function splitLead(text: string | null, options: LeadOptions = {}): LeadSplit {
  if (!text || !text.trim()) return { leadOfficer: null, leadAgency: null };
  const extra = options.extraAgencies ?? [];
  const lines = text
    .split(/\r?\n|;|\s\/\s/)
    .map((l) => l.trim())
    .filter(Boolean);
  const officers: (string | null)[] = [];
  const agencies: (string | null)[] = [];
  for (const line of lines) {
    // A single line may hold several "Name Agency" leads run together: split before each further name with a title or given name.
    for (const part of splitRunTogether(line)) {
      const s = splitLine(part, extra);
      officers.push(s.leadOfficer);
      agencies.push(s.leadAgency);
    }
  }
  return { leadOfficer: uniqueJoin(officers), leadAgency: uniqueJoin(agencies) };
}

/** "Sgt Andy Wright Partnership Support Team Sgt Andy Wright Partnership Support Team" -> two parts. */
function splitRunTogether(line: string): string[] {
  const tokens = line.split(/\s+/);
  const starts: number[] = [0];
  for (let i = 2; i < tokens.length - 1; i++) {
    const t = tokens[i].toLowerCase();
    const next = tokens[i + 1];
    const prevIsAgency = isAgencyWord(tokens[i - 1]);
    if (!prevIsAgency) continue;
    if ((PERSON_TITLES.has(t) && /^[A-Z]/.test(next)) || (GIVEN_NAMES.has(t) && NAME_TOKEN.test(tokens[i]) && isNameToken(next))) starts.push(i);
  }
  const parts: string[] = [];
  for (let k = 0; k < starts.length; k++) parts.push(tokens.slice(starts[k], starts[k + 1]).join(' '));
  return parts;
}

