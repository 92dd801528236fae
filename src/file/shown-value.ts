import { CellValue } from '../core/grid';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date cell as the sheet shows it when its number format leaves the day out: "Jul-09" (stored as
 * 1 July 2009, format mmm-yy) means the month, so it is read as the text "July 2009"; a year-only
 * format ("yyyy") as "2009". Any other value, or a format that shows a day or a time, is unchanged.
 */
export function cellValueAsShown(value: CellValue, numFmt: string | undefined): CellValue {
  if (!(value instanceof Date) || !numFmt) return value;
  // The first section, without quoted text, escaped characters, and [colour]/[$-locale] parts.
  const f = numFmt
    .split(';')[0]
    .replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '')
    .toLowerCase();
  if (!/y/.test(f) || /[dhs]/.test(f)) return value;
  const year = String(value.getUTCFullYear());
  return /m/.test(f) ? `${MONTHS[value.getUTCMonth()]} ${year}` : year;
}
