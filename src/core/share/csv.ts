/**
 * Safe CSV for the uniform format: UTF-8 with a byte-order mark (so Excel reads accents and "’"
 * correctly), CRLF line ends, RFC 4180 quoting, and every text cell neutralised against formula
 * injection. The header line is exactly the v1 column names; the schema version and export date
 * travel in every record (schema_version, exported_on), not in extra lines.
 */
import { csvQuote } from '../csv';
import { cleanControlChars } from '../grid/excel-text';
import { neutralise } from './neutralise';
import { UniformRecord, UNIFORM_COLUMNS, recordToRow } from './uniform-format';

export const BOM = '\uFEFF';
export const CRLF = '\r\n';

/** A number as plain decimal text: no exponent, no thousands separator, "." decimal point. */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  const s = String(Object.is(n, -0) ? 0 : n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, lead, frac = '', expText] = m;
  const exp = Number(expText);
  const digits = lead + frac;
  if (exp >= 0) {
    const intLen = 1 + exp;
    return sign + (digits.length <= intLen ? digits + '0'.repeat(intLen - digits.length) : `${digits.slice(0, intLen)}.${digits.slice(intLen)}`);
  }
  return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
}

/** One CSV field: numbers plain, text neutralised then quoted as RFC 4180 requires, null empty. */
export function csvField(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return plainNumber(v);
  return csvQuote(neutralise(cleanControlChars(v)));
}

/** Rows to CSV text (no BOM): every record, the last included, ends with CRLF. */
export function csvFromRows(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return rows.map((r) => r.map(csvField).join(',') + CRLF).join('');
}

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (default true: Excel needs it to read UTF-8). */
  bom?: boolean;
}

/** The uniform format as CSV text: BOM, the exact v1 header line, one line per record. */
export function toCsv(records: readonly UniformRecord[], options: CsvOptions = {}): string {
  const body = csvFromRows([[...UNIFORM_COLUMNS], ...records.map(recordToRow)]);
  return (options.bom === false ? '' : BOM) + body;
}

/**
 * Uniform-format files are read with the one RFC 4180 reader (`core/csv`): a BOM, LF or CR line
 * ends, a final line without a line end and stray quotes inside unquoted fields are all taken in
 * stride. Cells come back as written (no un-neutralising: see `unneutralise`).
 */
export { parseCsv, parseCsvRecords } from '../csv';
