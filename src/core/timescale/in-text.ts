/**
 * Due dates written inside other text: a measure or output such as "Programmes in schools by
 * September 2002" or "10 schools engaged by March 2003; review in 2004". Only a date that a word
 * such as "by", "before", "until", "in" or "end of" points at is taken, so a baseline ("from the
 * baseline year 2007/08") or a count ("NI 17") is never read as a due date.
 */
import { TimescaleContext, TimescaleResult, parseTimescale } from './timescale';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const YEAR = '(?:19|20)\\d{2}';
const DATE = [
  `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH}\\.?,?\\s+${YEAR}`,
  `\\d{1,2}[/.]\\d{1,2}[/.](?:${YEAR}|\\d{2})`,
  `(?:Q[1-4]\\s+)?(?:FY\\s*)?${YEAR}\\s*[/–-]\\s*(?:${YEAR}|\\d{2})`,
  `(?:(?:spring|summer|autumn)\\s+(?:term\\s+)?)?${YEAR}`,
].join('|');
const CUE = '(?:by|before|until|till|no later than|due|deadline|in|during|for)';
const IN_TEXT = new RegExp(`\\b${CUE}\\s*:?\\s+(?:the\\s+)?((?:end\\s+of\\s+)?(?:the\\s+)?(?:${DATE}))(?![\\d/])`, 'gi');

export interface DatesInText {
  /** The date phrases found, as written ("by September 2002"). */
  phrases: string[];
  result: TimescaleResult;
}

/** The due dates a text points at, or null when it names none. */
export function datesInText(text: string, context?: TimescaleContext): DatesInText | null {
  const phrases: string[] = [];
  const dates: string[] = [];
  const starts: string[] = [];
  for (const m of text.matchAll(IN_TEXT)) {
    const r = parseTimescale(m[1].replace(/^end\s+of\s+(the\s+)?/i, 'end of '), context);
    if (r.kind !== 'dated' || !r.due) continue;
    phrases.push(m[0].trim());
    dates.push(...r.dates);
    if (r.start) starts.push(r.start);
  }
  if (dates.length === 0) return null;
  const due = [...dates].sort().pop()!;
  return { phrases, result: { kind: 'dated', start: starts.sort()[0] ?? null, due, dates } };
}
