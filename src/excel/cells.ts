import { CellValue, cleanControlChars, columnLetters, fitCell, dateToExcelSerial, excelSerialToDate, parseRange, quoteSheet, RangeRef, splitSheetRef, utf8Length } from '../core/grid';
import { hyperlinkFormula, isFormulaValue, isLinkValue, SpecValue } from '../core/sheets/spec';

/** Error values Excel returns as text in Range.values. */
const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA|BLOCKED!|CONNECT!|BUSY!|FIELD!|UNKNOWN!|EXTERNAL!|PYTHON!)$/;

/**
 * True when a number format shows a date or time: it has d, y, h or s outside quoted text,
 * escaped characters and [colour]/[locale]/[h] sections (whose numbers are not dates).
 */
export function isDateNumberFormat(nf: string | undefined): boolean {
  if (!nf || nf === 'General' || nf === '@') return false;
  const first = nf.split(';')[0];
  const bare = first
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[dyhs]/i.test(bare) || (/m/i.test(bare) && bare.includes(':'));
}

/** A cell as the engine sees it, from what Range.values and Range.numberFormat returned. */
export function cellFromExcel(v: unknown, nf: string | undefined): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number') return isDateNumberFormat(nf) ? excelSerialToDate(v) : v;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return ERROR_TEXT.test(v) ? { error: v } : v;
  return String(v);
}

export const splitSheetAddress = splitSheetRef;

/** The areas of a RangeAreas address ("Sheet1!A1:B2, Sheet1!D4:E5"), commas inside quotes respected. */
export function parseAreasAddress(address: string): RangeRef[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) parts.push(cur);
  return parts.map((p) => parseRange(splitSheetAddress(p).local.replace(/\$/g, '')));
}

/** 'Sheet name' quoted for a formula or reference, as Excel writes it. */
export const quoteSheetName = quoteSheet;

/** The default number format for dates SaferPlan writes (en-GB, day first). */
export const DATE_FORMAT = 'dd/mm/yyyy';

/**
 * What goes into Range.values for one spec value. Text always gets a leading apostrophe so Excel
 * keeps it as typed (no "2019/20" turned into a date, no "=" read as a formula); dates go as
 * serial numbers (a Date would cross the wire as ISO text); links become HYPERLINK formulas, as
 * the file host writes them.
 */
export function wireValue(v: SpecValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') {
    // The limits the file writer keeps too: control characters cleaned (\x0b, \x0c as line breaks), 32,767 characters at most.
    const t = fitCell(cleanControlChars(v)).text;
    return t === '' ? '' : `'${t}`;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToExcelSerial(v);
  if (isLinkValue(v)) return `=${hyperlinkFormula({ text: cleanControlChars(v.text), target: v.target })}`;
  if (isFormulaValue(v)) return `=${v.formula}`;
  return '';
}

/** A1 address of a block given 1-based top-left and size. */
export function blockAddress(top: number, left: number, rows: number, cols: number): string {
  const tl = `${columnLetters(left)}${top}`;
  const br = `${columnLetters(left + cols - 1)}${top + rows - 1}`;
  return tl === br ? tl : `${tl}:${br}`;
}

export { utf8Length };

export function jsonBytes(v: unknown): number {
  return utf8Length(JSON.stringify(v));
}
