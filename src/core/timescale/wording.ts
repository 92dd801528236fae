/**
 * The words of a timescale that are not dates: how often something repeats ("Quarterly"), that it
 * has no end ("Ongoing"), and the words that make a date relative or unsettled ("within 6 months",
 * "TBC"). All patterns run on cleaned, lower-case text (see text.ts) and are compiled once.
 */
import { blankOut } from './text';

export type Recurrence = 'annually' | 'quarterly' | 'monthly' | 'weekly';

/** Repeats that are none of the four named ones: "bi-monthly", "fortnightly", "six-monthly", "daily". */
const OTHER_REPEAT_RE =
  /\b(?:bi|half|semi|six|6|two|2|three|3)[\s-]*(?:monthly|weekly|yearly|annual(?:ly)?)\b|\bbi(?:monthly|weekly|annual(?:ly)?|ennial(?:ly)?)\b|\b(?:fortnightly|daily|termly)\b|\b(?:every|each|per|once a|twice a) (?:day|term|fortnight|other (?:week|month|year))\b|\btwice (?:a|per|each) (?:year|month|week|quarter)\b/g;

/** "every 3 months" and the like; mapped to a named repeat where there is one. */
const EVERY_N_RE = /\b(?:every|each)\s+(\d+|one|two|three|four|six|twelve)\s*(week|month|year)s?\b/g;
const NUMBER_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, six: 6, twelve: 12 };

const NAMED_REPEATS: ReadonlyArray<readonly [RegExp, Recurrence]> = [
  [/\b(?:annually|annual|yearly|per annum|(?:every|each|per|once a) year)\b/, 'annually'],
  [/\b(?:quarterly|(?:every|each|per|once a) quarter)\b/, 'quarterly'],
  [/\b(?:monthly|(?:every|each|per|once a) month)\b/, 'monthly'],
  [/\b(?:weekly|(?:every|each|per|once a) week)\b/, 'weekly'],
];

const NAMED_REPEATS_ALL: ReadonlyArray<RegExp> = NAMED_REPEATS.map(([re]) => new RegExp(re.source, 'g'));

export interface Repeat {
  /** Some repeat word was found. */
  recurring: boolean;
  /** The named repeat written first, if any. */
  recurrence?: Recurrence;
  /** The text with every repeat phrase blanked out (same length), for the other checks. */
  rest: string;
}

function everyN(n: number, unit: string): Recurrence | null {
  if (unit === 'week') return n === 1 ? 'weekly' : null;
  if (unit === 'month') return n === 1 ? 'monthly' : n === 3 ? 'quarterly' : n === 12 ? 'annually' : null;
  return n === 1 ? 'annually' : null;
}

/** Cheap gate: text without any of these cannot hold a repeat word. */
const MAYBE_REPEAT_RE = /annu|year|quarter|month|week|fortnight|daily|termly|every|each|per |twice|once/;

export function findRepeat(norm: string): Repeat {
  if (!MAYBE_REPEAT_RE.test(norm)) return { recurring: false, rest: norm };
  let recurring = false;
  let best: Recurrence | undefined;
  let bestAt = Infinity;
  OTHER_REPEAT_RE.lastIndex = 0;
  if (OTHER_REPEAT_RE.test(norm)) recurring = true;
  let rest = blankOut(norm, OTHER_REPEAT_RE);
  EVERY_N_RE.lastIndex = 0;
  let mt: RegExpExecArray | null;
  while ((mt = EVERY_N_RE.exec(rest)) !== null) {
    recurring = true;
    const n = NUMBER_WORDS[mt[1]] ?? +mt[1];
    const r = everyN(n, mt[2]);
    if (r !== null && mt.index < bestAt) {
      best = r;
      bestAt = mt.index;
    }
  }
  rest = blankOut(rest, EVERY_N_RE);
  for (const [re, r] of NAMED_REPEATS) {
    const m = re.exec(rest);
    if (m !== null) {
      recurring = true;
      if (m.index < bestAt) {
        best = r;
        bestAt = m.index;
      }
    }
  }
  if (best !== undefined) {
    for (const re of NAMED_REPEATS_ALL) rest = blankOut(rest, re);
  }
  return best === undefined ? { recurring, rest } : { recurring, recurrence: best, rest };
}

/** Work with no end date: "Ongoing", "On-going", "Continuous", "as required", "through tenure of strategy". */
export const ONGOING_RE =
  /\b(?:on\s*-?\s*going|continu(?:ous(?:ly)?|al(?:ly)?|ing)|rolling|permanent(?:ly)?|in perpetuity|business as usual|as (?:and when )?(?:required|necessary|needed|appropriate)|when (?:required|necessary|needed)|throughout(?: the)? (?:strategy|plan|year|life|lifetime|period|tenure)|(?:life|tenure|lifetime) of (?:the )?(?:strategy|plan|partnership))\b/;

const NUM_WORD = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|few|several|couple of)';
const UNIT = '(?:days?|weeks?|wks?|months?|mths?|years?|yrs?|quarters?|terms?)';

/** A length of time counted from something ("within 6 months", "3 years from May 2005"): relative even beside a date. */
export const COUNTED_FROM_RE = new RegExp(
  `\\b(?:within|in|after|over|for|next|up to|inside)\\s+(?:the\\s+)?(?:next\\s+|first\\s+|following\\s+)?${NUM_WORD}[\\s-]*${UNIT}\\b|\\b${NUM_WORD}[\\s-]*${UNIT}\\s+(?:after|from|of|following|before|later|since|time)\\b`,
);

/** Cheap gate: text without any of these cannot hold a length of time. */
export const MAYBE_DURATION_RE = /day|week|wk|month|mth|year|yr|quarter|term/;

/** Any length of time ("6 months"); relative when no date is given. */
export const DURATION_RE = new RegExp(`\\b${NUM_WORD}[\\s-]*${UNIT}\\b`);

/** No date has been set yet. */
export const UNSET_RE =
  /\b(?:tbc|tba|tbd|tbf|to be (?:confirmed|agreed|decided|determined|arranged|set|advised|announced|scheduled|defined|identified|established|finalised|finalized)|not (?:yet )?(?:known|set|agreed|confirmed|decided)|unknown|pending|n\/?a|not applicable)\b|\?/;

/** Relative to something unstated: "ASAP", "immediately", "Year 1", "next year", "when funded". */
export const RELATIVE_RE =
  /\b(?:asap|a\.s\.a\.p|as soon as (?:possible|practicable)|immediate(?:ly)?|now|when|once|upon|subject to|dependent on|dependant on|depending on|year \d+|(?:next|this|last|following) (?:year|month|week|quarter|term|financial year)|in due course|end of (?:the )?year)\b/;
