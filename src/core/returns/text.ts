/**
 * What a proforma answer says, judged from its words alone: real content, "N/A", a promise of data
 * to come, the template's own wording left in place, or nothing. Seed 002 shows every case:
 * "Partner to complete. SWOT – Strengths, Weakness, Opportunities, Threat Any supporting statistics
 * (% reductions etc)" left in an Impact cell, "N/A" from a fire service, "Data to follow" from a
 * health body, and "Partner to complete N/A" where the partner typed after the template words.
 */

export type FieldState = 'given' | 'not applicable' | 'pending' | 'template' | 'blank';

/** Lower case, dashes and punctuation to spaces, one space between words; keeps letters, digits and %. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/**
 * The template's words (seed 002, and our own template, which reuses them), as patterns on
 * normalised text. The prompts are included because partners sometimes paste the prompt back.
 */
const TEMPLATE_PATTERNS: readonly RegExp[] = [
  /\bpartners? to complete\b/g,
  /\bswot( strengths?)?( weakness(es)?)?( opportunit(y|ies))?( threats?)?\b/g,
  /\bstrengths? weakness(es)? opportunit(y|ies) (and )?threats?\b/g,
  /\bany supporting statistics( % reductions? etc)?\b/g,
  /\binsert any relevant data( to show trends)?( (decreases|increases|etc))*( and whether there has been an? improvement)?\b/g,
  /\binsert below how you (have )?worked in partnership( over \d{4}( \d{2,4})?| over the year)?( to tackle the above priority)?( include details of any specific projects or partners? (you )?work(ed)?( wit(h)?)?)?/g,
  /\bplease explain how the partnership has (assisted|helped|supported) your (agency|organisation)( to achieve the priorities of (our|the) csp)?( and any individual organisational objectives)?\b/g,
];

/** Words that on their own say "nothing to report here". */
const NOT_APPLICABLE_STRICT = /^(n a|na|not applicable|not relevant)\b/;
const NOTHING_ALONE = /^(none|nil|no|n a n a)$/;

/** "Data to follow", "TBC", "figures awaited": an answer promised, not given. */
const PENDING =
  /^((data|figures|information|statistics|details|update|impact)( is| are| will)?\s?)?(to follow|tbc|tba|to be confirmed|to be advised|awaited|awaiting( data)?|pending|to be provided)\b/;

/** The normalised text with the template's words taken out. */
export function withoutTemplate(text: string): { rest: string; hadTemplate: boolean } {
  let n = normalise(text);
  let hadTemplate = false;
  for (const p of TEMPLATE_PATTERNS) {
    const next = n.replace(p, ' ');
    if (next !== n) hadTemplate = true;
    n = next;
  }
  const rest = n
    .replace(/\b(etc|e g|i e|and|or)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Keep the real words, not the filler the removal left behind.
  return { rest: rest.length === 0 ? '' : n.replace(/\s+/g, ' ').trim(), hadTemplate };
}

export interface TextJudgement {
  state: FieldState;
  /** Template words were found next to a real answer (a partner typed below the prompt). */
  templateLeft: boolean;
}

/** Judges one answer. */
export function judgeText(text: string): TextJudgement {
  if (text.trim() === '') return { state: 'blank', templateLeft: false };
  const { rest, hadTemplate } = withoutTemplate(text);
  if (rest === '') return { state: 'template', templateLeft: false };
  if (isNotApplicableText(rest)) return { state: 'not applicable', templateLeft: hadTemplate };
  if (PENDING.test(rest)) return { state: 'pending', templateLeft: hadTemplate };
  return { state: 'given', templateLeft: hadTemplate };
}

/**
 * "N/A", "n/a – not relevant to our service", "Not applicable", "None". A long sentence that
 * merely mentions N/A ("T – N/A" at the end of a SWOT) is content, so only the start counts and
 * only in a short answer.
 */
function isNotApplicableText(rest: string): boolean {
  if (NOTHING_ALONE.test(rest)) return true;
  return NOT_APPLICABLE_STRICT.test(rest) && rest.length <= 80;
}

/**
 * A partnership answer that says the priority is not the agency's business: "This is not a key
 * priority for HFRS and we will not get involved in this work." Used only when the agency also
 * gave no outputs, so a fire service that explains why and then reports deliberate fires is not
 * "not applicable".
 */
export function declaresNotInvolved(text: string): boolean {
  const n = normalise(text);
  return /\b(not a (key |core |main |direct )?priority( for)?|not (directly )?(part of )?(our|a) core business|will not (get |be )?involved|not involved|not relevant to (us|our)|does not apply to (us|our)|not applicable to (us|our)|no (direct )?role in)\b/.test(
    n,
  );
}

/** Yes / No in the "Applies to our agency?" row of our template. */
export function yesNo(text: string): boolean | null {
  const n = normalise(text);
  if (/^(yes|y|applies|relevant)\b/.test(n)) return true;
  if (/^(no|n|n a|not applicable|not relevant|does not apply)\b/.test(n)) return false;
  return null;
}
