import { Direction, Unit } from '../plan';
import { parsePeriod } from '../timescale/period';
import { numberFromText, ReadNumber } from './numbers';

/**
 * What a target's caption says, in the plan's own words:
 * "Anti-social Behaviour - Strategic target to reduce criminal damage incidents by 16% from 1140 to 960 by 2007/08"
 * "Target: reduce burglary by 10% (baseline 2019/20: 500) by 2022/23".
 */
export interface Caption {
  /** Text before the dash ("Anti-social Behaviour"), or null. */
  priority: string | null;
  /** True when the words "target" or "baseline" appear: a caption, not an objective. */
  saysTarget: boolean;
  direction: Direction;
  indicator: string;
  /** Signed fraction: reduce by 16% -> -0.16. */
  change: number | null;
  from: ReadNumber | null;
  to: ReadNumber | null;
  baselinePeriod: string | null;
  targetPeriod: string | null;
  unit: Unit | null;
}

const REDUCE = /\b(reduce|reducing|reduction\s+(?:in|of)|decrease|decreasing|cut|lower|lowering|bring\s+down|fall\s+in)\b/i;
const INCREASE = /\b(increase|increasing|raise|raising|improve|improving|grow|growing|rise\s+in)\b/i;
const NUM = String.raw`[-−]?\d[\d,]*(?:\.\d+)?\s*%?`;
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** Where a period might be written; parsePeriod decides whether it is one. */
const PERIOD = String.raw`(?:FY\s*)?(?:Q[1-4]\s+)?\d{4}\s*[\/–-]\s*\d{2,4}|(?:${MONTHS})\s+\d{4}|(?:autumn|spring|summer)\s+(?:term\s+)?\d{4}|\d{4}`;

function periodLabelOf(text: string | undefined): string | null {
  if (!text) return null;
  return parsePeriod(text.replace(/\s+/g, ' ').trim())?.label ?? null;
}

function num(text: string | undefined): ReadNumber | null {
  return text ? numberFromText(text.replace(/\s+/g, '')) : null;
}

/** Splits "Priority - statement"; the dash must have a space after it ("Anti-social" is one word). */
function splitPriority(text: string): { priority: string | null; rest: string } {
  const m = /^(.+?)\s*[-–—:]\s+(.+)$/s.exec(text);
  if (!m) return { priority: null, rest: text };
  const head = m[1].trim();
  if (/\btarget\b/i.test(head) || REDUCE.test(head) || INCREASE.test(head) || head.length > 80) return { priority: null, rest: text };
  if (!REDUCE.test(m[2]) && !INCREASE.test(m[2])) return { priority: null, rest: text };
  return { priority: head, rest: m[2].trim() };
}

export function parseCaption(raw: string): Caption | null {
  // "Anti-social Behaviour" on a line of its own above the statement names the priority too.
  const lines = raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const heading = lines.length > 1 && lines[0].length <= 80 && !REDUCE.test(lines[0]) && !INCREASE.test(lines[0]) && !/\btarget\b/i.test(lines[0]);
  const text = (heading ? lines.slice(1).join(' ') : raw).replace(/\s+/g, ' ').trim();
  if (text.length < 10 || text.length > 400) return null;
  const split = heading ? { priority: lines[0].replace(/[\s:\-–—]+$/, ''), rest: text } : splitPriority(text);
  const { priority, rest } = split;
  const r = REDUCE.exec(rest);
  const i = INCREASE.exec(rest);
  const verb = r && (!i || r.index <= i.index) ? r : i;
  if (!verb) return null;
  const direction: Direction = verb === r ? 'reduce' : 'increase';
  const before = rest.slice(0, verb.index);
  const body = rest.slice(verb.index + verb[0].length).trim();
  const saysTarget = /\btarget\b/i.test(before) || /\bbaseline\b/i.test(body);

  const cuts: number[] = [];
  const mark = (m: RegExpExecArray | null) => {
    if (m) cuts.push(m.index);
    return m;
  };

  let baselinePeriod: string | null = null;
  let from: ReadNumber | null = null;
  const baseline = mark(new RegExp(String.raw`\(?\s*(?:from\s+)?(?:a\s+)?baseline\b([^)]*?)(?:\)|;|$|(?=\s(?:by|to)\s))`, 'i').exec(body));
  if (baseline) {
    const inside = baseline[1];
    const p = new RegExp(PERIOD, 'i').exec(inside);
    baselinePeriod = periodLabelOf(p?.[0]);
    const withoutPeriod = p ? inside.slice(0, p.index) + ' ' + inside.slice(p.index + p[0].length) : inside;
    const n = new RegExp(NUM).exec(withoutPeriod);
    from = num(n?.[0]);
    // "from a 2021/22 baseline of 320": the period before the word.
    const before = new RegExp(String.raw`(?:\bfrom\s+)?(?:\b(?:a|the)\s+)?(${PERIOD})\s+baseline\b`, 'i').exec(body);
    if (!baselinePeriod && before && periodLabelOf(before[1])) {
      baselinePeriod = periodLabelOf(before[1]);
      cuts.push(before.index);
    }
  }

  let to: ReadNumber | null = null;
  let targetPeriod: string | null = null;
  const fromTo = mark(new RegExp(String.raw`\bfrom\s+(${NUM})(?:\s*(?:in\s+|\(\s*)(${PERIOD})\)?)?\s+to\s+(${NUM})(?:\s*(?:in\s+|\(\s*)(${PERIOD})\)?)?`, 'i').exec(body));
  if (fromTo) {
    from = num(fromTo[1]) ?? from;
    baselinePeriod = periodLabelOf(fromTo[2]) ?? baselinePeriod;
    to = num(fromTo[3]);
    targetPeriod = periodLabelOf(fromTo[4]);
  }

  if (!fromTo && from && !to) {
    // "... from a baseline of 850 in 2019/20 to 935 by March 2023"
    const toOnly = new RegExp(String.raw`\bto\s+(${NUM})(?![\d.,]|\s*[\/–-]\s*\d)(?:\s*(?:in\s+|\(\s*)(${PERIOD})\)?)?`, 'i').exec(body);
    if (toOnly) {
      to = num(toOnly[1]);
      targetPeriod = periodLabelOf(toOnly[2]);
      cuts.push(toOnly.index);
    }
  }

  let change: number | null = null;
  const pct = mark(/\bby\s+(\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)/i.exec(body));
  if (pct) change = (direction === 'reduce' ? -1 : 1) * +(Number(pct[1]) / 100).toPrecision(12);

  const byRe = new RegExp(String.raw`\b(?:by|in|before|during|for|to)\s+(?:the\s+end\s+of\s+)?(${PERIOD})(?![\d%])`, 'gi');
  let m: RegExpExecArray | null;
  let lastBy: RegExpExecArray | null = null;
  while ((m = byRe.exec(body))) {
    if (periodLabelOf(m[1]) && !(fromTo && m.index >= fromTo.index && m.index < fromTo.index + fromTo[0].length)) lastBy = m;
  }
  if (lastBy) {
    cuts.push(lastBy.index);
    targetPeriod = targetPeriod ?? periodLabelOf(lastBy[1]);
  }

  const end = cuts.length ? Math.min(...cuts) : body.length;
  const indicator = body
    .slice(0, end)
    .replace(/^(?:the\s+)?(?:level|rate)\s+of\s+(?=the\b)/i, '')
    .replace(/[\s,.;:(]+$/, '')
    .trim();
  if (!indicator) return null;

  const unit: Unit | null = from?.percent || to?.percent ? 'percent' : unitFromWords(text);
  return { priority, saysTarget, direction, indicator, change, from, to, baselinePeriod, targetPeriod, unit };
}

/** Index, rate or percent from the words of a caption or a row label; null when they say nothing. */
export function unitFromWords(text: string): Unit | null {
  if (/\bindex\b/i.test(text)) return 'index';
  if (/\brate\b|\bper\s+(?:1,?000|10,?000|100,?000|head|capita)\b/i.test(text)) return 'rate';
  if (/%|\bper\s*cent\b|\bpercentage\b|\bproportion\b/i.test(text) && !/\bby\s+\d+(?:\.\d+)?\s*%/i.test(text)) return 'percent';
  return null;
}
