import { CellValue } from '../grid';
import { parsePeriod, Period } from '../timescale/period';

/**
 * The period a header cell of a target table names. Headers carry words ("2003/04 Benchmark",
 * "2007/08 (Target-16%)", "Baseline 2019/20"); the period module reads the period itself, this
 * only removes the words around it. A pasted "2004/05" that Excel turned into the date 01/05/2004
 * is read back as the financial year it was.
 */
export function periodOfCell(v: CellValue | undefined): Period | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return financialYearFromDate(v);
  if (typeof v === 'number') {
    // A bare year typed as a number (2019) is a calendar year; anything else is a value, not a period.
    return Number.isInteger(v) && v >= 1900 && v <= 2100 ? parsePeriod(String(v)) : null;
  }
  if (typeof v !== 'string') return null;
  // Every period names its year, so text without a digit is none: most cells of a plan stop here.
  if (!HAS_DIGIT.test(v)) return null;
  const text = v.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 60) return null;
  // Every string cell of a sheet is asked, often the same text many times: remember the answers.
  if (cache.has(text)) return cache.get(text)!;
  if (cache.size > 20000) cache.clear();
  const p = periodOfText(text);
  cache.set(text, p);
  return p;
}

const cache = new Map<string, Period | null>();
const HAS_DIGIT = /\d/;

function periodOfText(text: string): Period | null {
  const direct = parsePeriod(text);
  if (direct) return direct;
  const stripped = text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(benchmark|baseline|base|target|actual|outturn|forecast|projected|projection|estimate|milestone|year|position|figure|value)s?\b/gi, ' ')
    .replace(/[:=]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—]+|[\s\-–—]+$/g, '')
    .trim();
  if (!stripped || stripped === text) return null;
  return parsePeriod(stripped);
}

/** 01/05/2004 -> "2004/05" when the month is the two digits after the year (Excel's reading of "2004/05"). */
function financialYearFromDate(d: Date): Period | null {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  if (d.getUTCDate() !== 1 || m !== (y + 1) % 100) return null;
  return parsePeriod(`${y}/${String(m).padStart(2, '0')}`);
}

/** A period label as the period module writes it, or the text itself when it names no period. */
export function periodLabel(text: string): string {
  return periodOfCell(text)?.label ?? text.trim();
}
