/**
 * The workbook's own name as a source of the plan's topic. Partnerships keep a plan as "ASB Action
 * Plan 2023-24.xlsx" or "Hate Crime Delivery Plan v3 FINAL.xlsx" with its rows on "Sheet1", so the
 * name is often the only place the priority is written. It is the last source of an action's
 * priority (src/core/structure/walk.ts), after the sheet's name.
 */
import { topicsNamedIn } from './topics';

const EXTENSION = /\.(?:xlsx|xlsm|xlsb|xltx|xltm|xls|ods|csv)$/i;
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** A saved copy's markers: "Copy of", "(2)", "v3", "V1.2", "version 2", "DRAFT", "FINAL", "as at", "Appendix A". */
const COPY_MARKERS = [
  /\bcopy\s+of\b/gi,
  /\(\d+\)/g,
  /\bv(?:er(?:sion)?)?\s*\d+(?:\.\d+)*[a-z]?\b/gi,
  /\brev(?:ision)?\s*\d+\b/gi,
  /\b(?:draft|final|version|updated?|undated|amended|revised|clean|tracked|latest|master|working\s+copy|track\s+changes|as\s+at|for\s+(?:approval|consultation|comments?)|(?:with\s+)?comments?)\b/gi,
  /\b(?:appendix|annexe?|schedule)\s+[a-z0-9]{1,3}\b/gi,
];

/** Dates and years: "2005-2008", "2023-24", "2019_20", "FY 2019/20", "Q3", "March 2024", "12.03.2021", "20230412". */
const DATES = [
  /\b(?:19|20)\d{2}-\d{2}-\d{2}\b/g,
  /\b\d{1,2}[.-]\d{1,2}[.-]\d{2,4}\b/g,
  /\b(?:19|20)\d{6}\b/g,
  /\b(?:fy\s*)?(?:19|20)\d{2}\s*[-–—/_]\s*(?:19|20)?\d{2}\b/gi,
  new RegExp(String.raw`\b(?:${MONTHS})\.?\s*(?:19|20)?\d{2}\b`, 'gi'),
  /\bq[1-4]\b/gi,
  /\b(?:19|20)\d{2}\b/g,
  /(?:^|\s)\d+(?=\s|$)/g,
];

/** What kind of document it is: "action plan", "delivery plan", "strategy", "plan", "duty", "tracker". */
const PLAN_KINDS =
  /\b(?:(?:action|delivery|implementation|strategic|business|improvement|partnership)\s+)*plans?\b|\bstrateg(?:y|ies)\b|\b(?:duty|tracker|monitoring|performance|progress|report|update|dashboard|template|workbook|spreadsheet|priorities|priority)\b/gi;

/** Whose plan it is, in the words every partnership uses: "Community Safety Partnership", "CSP", "CDRP", "OPCC". */
const PARTNERSHIP =
  /\b(?:(?:community\s+safety|crime\s+(?:and|&)\s+disorder(?:\s+reduction)?|safer\s+communities)\s+partnership|partnership|csp|cdrp|o?pcc|police\s+(?:and|&)\s+crime\s+commissioner|council)\b/gi;

function without(text: string, patterns: readonly RegExp[]): string {
  return patterns.reduce((t, p) => t.replace(p, ' '), text);
}

/**
 * What a workbook's file name (no folder: hosts give the base name) says beyond the file: without its extension, a saved copy's
 * markers, dates and years, the kind of plan and the partnership. "ASB Action Plan 2023-24.xlsx" ->
 * "ASB"; "Copy of plan final v2.xlsx" -> "".
 */
export function workbookSubject(name: string): string {
  const file = name.replace(EXTENSION, '');
  // Words joined by "_", "+" or "." in a file name ("ASB_Action_Plan") are words; "v1.2" keeps its dot.
  const spaced = file
    .replace(/[_+]/g, ' ')
    .replace(/\.(?=\D|$)/g, ' ')
    .replace(/(^|\D)\./g, '$1 ');
  const kept = without(spaced, [...COPY_MARKERS, ...DATES, PLAN_KINDS, PARTNERSHIP]);
  return kept
    .replace(/[()[\]{},;:]/g, ' ')
    .replace(/(?:^|\s)[-–—]+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The plan's topic a workbook's name gives ("ASB Action Plan 2023-24.xlsx" -> "Anti-social
 * Behaviour"; "Serious Violence Duty - action plan.xlsx" -> "Serious Violence"), or null when
 * what is left of the name names no known crime-and-disorder topic ("Book1.xlsx", "CSP 2023.xlsx").
 */
export function topicOfWorkbookName(name: string): string | null {
  const subject = workbookSubject(name);
  return subject ? topicsNamedIn(subject) : null;
}
