/**
 * The crime-and-disorder topics partnerships give their plans, known by their words: what lets a
 * loose name (a workbook's "ASB Action Plan 2023-24.xlsx") say which priority a plan serves. A
 * topic written out keeps the words it was written in, made readable ("HATE CRIME" -> "Hate
 * Crime"); an abbreviation is written in full ("ASB" -> "Anti-social Behaviour").
 */
import { listWords } from '../words';

interface Topic {
  words: RegExp;
  /** The topic in full, for an abbreviation. */
  inFull?: string;
}

const AND = String.raw`(?:and|&)`;

/** Two-letter and three-letter abbreviations that could be other words match in capitals only. */
const TOPICS: readonly Topic[] = [
  { words: /\banti[\s-]?social\s+behaviou?r\b/i },
  { words: /\bASB\b/i, inFull: 'Anti-social Behaviour' },
  { words: /\bhate\s+crimes?\b/i },
  { words: new RegExp(String.raw`\bdomestic\s+(?:violence\s+${AND}\s+abuse|abuse|violence)\b`, 'i') },
  { words: /\bDA\b/, inFull: 'Domestic Abuse' },
  { words: /\bDVA\b/i, inFull: 'Domestic Violence and Abuse' },
  { words: /\bdomestic\s+homicide\s+reviews?\b/i },
  { words: /\bDHRs?\b/, inFull: 'Domestic Homicide Reviews' },
  { words: new RegExp(String.raw`\bviolence\s+against\s+women\s+${AND}\s+girls\b`, 'i') },
  { words: /\bVAWG\b/i, inFull: 'Violence against Women and Girls' },
  { words: /\bserious\s+(?:youth\s+)?violence\b/i },
  { words: /\bviolent\s+crime\b/i },
  { words: new RegExp(String.raw`\bknife\s+(?:${AND}\s+weapons?\s+)?crime\b`, 'i') },
  { words: new RegExp(String.raw`\b(?:serious\s+${AND}\s+)?organised\s+crime\b`, 'i') },
  { words: /\bSOC\b/, inFull: 'Serious and Organised Crime' },
  { words: /\bcounty\s+lines\b/i },
  { words: /\bgangs?\b/i },
  { words: /\b(?:(?:adult|youth|juvenile)\s+)?re[\s-]?offending\b/i },
  { words: /\bintegrated\s+offender\s+management\b/i },
  { words: /\bIOM\b/, inFull: 'Integrated Offender Management' },
  { words: /\byouth\s+(?:crime|justice)\b/i },
  { words: new RegExp(String.raw`\b(?:drugs?\s+${AND}\s+alcohol|alcohol\s+${AND}\s+drugs?|substance\s+misuse|drugs?|alcohol)\b`, 'i') },
  // Prevent the programme, not the verb: the last word, or before "and" ("Prevent and Channel").
  { words: new RegExp(String.raw`\bprevent\b(?!\s+(?!${AND}\s)\S)`, 'i') },
  { words: /\bcounter[\s-]?terrorism\b/i },
  { words: /\bradicali[sz]ation\b/i },
  { words: new RegExp(String.raw`\bmodern\s+slavery(?:\s+${AND}\s+human\s+trafficking)?\b|\bhuman\s+trafficking\b`, 'i') },
  { words: /\bMSHT\b/i, inFull: 'Modern Slavery and Human Trafficking' },
  { words: /\broad\s+safety\b|\bsafer\s+roads\b/i },
  // Fire as a topic, not the fire and rescue service that is a partner.
  { words: new RegExp(String.raw`\b(?:fire\s+safety|deliberate\s+fires?|arson)\b|\bfires?\b(?!\s+(?:${AND}\s+rescue|service|authority|brigade|station)\b)`, 'i') },
  { words: /\b(?:(?:child|children's|criminal|sexual)\s+){0,2}exploitation\b/i },
  { words: /\bCSE\b/, inFull: 'Child Sexual Exploitation' },
  { words: /\bCCE\b/, inFull: 'Child Criminal Exploitation' },
  { words: /\b(?:child\s+)?sexual\s+(?:violence|offences|abuse)\b/i },
  { words: new RegExp(String.raw`\bstalking(?:\s+${AND}\s+harassment)?\b`, 'i') },
  { words: /\bhonou?r[\s-]based\s+(?:abuse|violence)\b/i },
  { words: /\bfemale\s+genital\s+mutilation\b/i },
  { words: /\bFGM\b/i, inFull: 'Female Genital Mutilation' },
  { words: /\b(?:burglary|robbery|vehicle\s+crime|shop\s*lifting|retail\s+crime|criminal\s+damage)\b/i },
  { words: /\bnight[\s-]?time\s+economy\b/i },
  { words: /\bNTE\b/i, inFull: 'Night-time Economy' },
  { words: /\bneighbourhood\s+policing\b/i },
  { words: /\bcommunity\s+cohesion\b/i },
  { words: /\b(?:fraud|scams?|cyber[\s-]?crime)\b/i },
  { words: /\b(?:rural|wildlife|heritage|business)\s+crime\b/i },
  { words: /\b(?:fly[\s-]?tipping|environmental\s+crime)\b/i },
];

/** Short words that stay in lower case inside a topic's name. */
const SMALL = new Set(['and', 'against', 'of', 'the', 'in', 'on', 'for', 'to']);

/** "HATE CRIME" and "hate crime" -> "Hate Crime"; "violence against women and girls" -> "Violence against Women and Girls"; "Anti-Social" as written. */
function readable(phrase: string): string {
  return phrase
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (i > 0 && SMALL.has(lower)) return lower;
      if (w !== lower && w !== w.toUpperCase()) return w;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join(' ');
}

interface Found {
  at: number;
  length: number;
  name: string;
}

/** Every topic the text names, where it names it. */
function topicsFound(text: string): Found[] {
  const found: Found[] = [];
  for (const t of TOPICS) {
    const every = new RegExp(t.words.source, t.words.flags.includes('g') ? t.words.flags : `${t.words.flags}g`);
    for (const m of text.matchAll(every)) found.push({ at: m.index, length: m[0].length, name: t.inFull ?? readable(m[0]) });
  }
  return found;
}

/**
 * The topics a text names, in its order, readable and each once ("ASB and Hate Crime" ->
 * "Anti-social Behaviour and Hate Crime"); null when it names none. Where two topics' words
 * overlap, the longer is meant ("Child Sexual Exploitation", not "Sexual ...").
 */
export function topicsNamedIn(text: string): string | null {
  const byLength = topicsFound(text).sort((a, b) => a.at - b.at || b.length - a.length);
  const kept: Found[] = [];
  for (const f of byLength) {
    const overlaps = kept.some((k) => f.at < k.at + k.length && k.at < f.at + f.length);
    if (!overlaps) kept.push(f);
  }
  const names: string[] = [];
  const keys = new Set<string>();
  for (const k of kept) {
    const key = k.name.toLowerCase().replace(/[^a-z]/g, '');
    if (keys.has(key)) continue;
    keys.add(key);
    names.push(k.name);
  }
  return names.length ? listWords(names) : null;
}
