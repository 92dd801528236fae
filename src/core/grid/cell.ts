/**
 * A cell as the engine sees it, whatever host it came from.
 * Dates are JavaScript Dates at UTC midnight (time of day kept when present);
 * errors such as #REF! are kept as values, never thrown.
 */
export interface CellError {
  readonly error: string; // '#REF!', '#N/A', '#VALUE!', ...
}

export type CellValue = string | number | boolean | Date | CellError | null;

export function isCellError(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && typeof (v as CellError).error === 'string';
}

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** The text a person would read in the cell (dates day-first, en-GB). */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(+v.toPrecision(15));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return formatDateUK(v);
  return v.error;
}

/** 31/03/2006 */
export function formatDateUK(d: Date): string {
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${d.getUTCFullYear()}`;
}

/** 2006-03-31 */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function utcDate(y: number, month1: number, day: number): Date {
  return new Date(Date.UTC(y, month1 - 1, day));
}

/** Excel 1900 date system serial to a UTC Date (serial 1 = 1900-01-01; Excel's phantom 29/02/1900 respected). */
export function excelSerialToDate(serial: number): Date {
  const ms = Math.round((serial - 25569) * 86400000);
  return new Date(ms);
}

export function dateToExcelSerial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}
