/**
 * Safe CSV for the uniform format: UTF-8 with a byte-order mark (so Excel reads accents and "’"
 * correctly), CRLF line ends, RFC 4180 quoting, and every text cell neutralised against formula
 * injection. The header line is exactly the v1 column names; the schema version and export date
 * travel in every record (schema_version, exported_on), not in extra lines.
 */
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

function quoteField(s: string): string {
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV field: numbers plain, text neutralised then quoted as RFC 4180 requires, null empty. */
export function csvField(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return plainNumber(v);
  return quoteField(neutralise(cleanControlChars(v)));
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
 * RFC 4180 parser, tolerant of what other tools write: a leading BOM, LF or CR line ends, a final
 * line without a line end, stray quotes inside unquoted fields (kept as text). Returns cells as
 * written (no un-neutralising: see `unneutralise`).
 */
export function parseCsv(text: string): string[][] {
  const s = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let pending = false; // something read since the last line end
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
    pending = false;
  };
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"' && field === '' && !fieldStartedUnquoted(s, i)) {
      // Quoted field: up to the closing quote; "" is a quote.
      i++;
      pending = true;
      for (;;) {
        if (i >= s.length) break;
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += s[i++];
      }
      continue;
    }
    if (ch === ',') {
      endField();
      pending = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && s[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      pending = true;
      i++;
    }
  }
  if (pending) endRow();
  return rows;
}

/** A quote is only special at the start of a field: after a comma, a line end or the start. */
function fieldStartedUnquoted(s: string, i: number): boolean {
  if (i === 0) return false;
  const prev = s[i - 1];
  return !(prev === ',' || prev === '\n' || prev === '\r');
}
