/**
 * Reading uniform-format files back (our own CSV or sheet, or a partner agency's), so many
 * agencies' files can be collated. A file of another schema version, or whose header is not
 * exactly v1, is rejected as a whole with one clear message: guessing at another version's
 * columns would silently mix meanings.
 */
import { a1, CellValue, isBlank, isCellError, isoDate, excelSerialToDate, cellText } from '../grid';
import { Finding, finding, STATUSES } from '../plan';
import { unneutralise } from './neutralise';
import { DATE_COLUMNS, isIsoDate, NUMERIC_COLUMNS, RAG_VALUES, RECORD_TYPES, SCHEMA_VERSION, UNIFORM_COLUMNS, UniformColumn, UniformRecord } from './uniform-format';
import { NHS_SUPPRESSED, SUPPRESSED_DERIVED } from './suppress';

export interface ParsedUniform {
  /** False when the whole file was rejected (not v1); records is then empty. */
  ok: boolean;
  records: UniformRecord[];
  findings: Finding[];
}

const UNITS = ['count', 'percent', 'index', 'rate'];
const DIRECTIONS = ['reduce', 'increase'];
const SUPPRESSED = /^<\d+(\.\d+)?$/;
const PLAIN_NUMBER = /^-?(\d+\.?\d*|\.\d+)$/;

function headerText(v: CellValue | undefined): string {
  return cellText(v)
    .replace(/^\uFEFF/, '')
    .trim();
}

function versionText(v: CellValue | undefined): string {
  if (typeof v === 'number') return String(v);
  return unneutralise(cellText(v).trim());
}

/** Why a header is not the v1 header, in words a person can act on. */
function headerProblem(header: string[]): string | null {
  const expected: readonly string[] = UNIFORM_COLUMNS;
  const missing = expected.filter((c) => !header.includes(c));
  const extra = header.filter((c) => c !== '' && !expected.includes(c));
  if (missing.length || extra.length) {
    const parts = [];
    if (missing.length) parts.push(`missing ${missing.join(', ')}`);
    if (extra.length) parts.push(`unexpected ${extra.join(', ')}`);
    return parts.join('; ');
  }
  const trimmed = header.slice(0, expected.length);
  if (header.slice(expected.length).some((c) => c !== '')) return 'extra columns after exported_on';
  const at = trimmed.findIndex((c, i) => c !== expected[i]);
  return at < 0 ? null : `column ${at + 1} is ${trimmed[at]}, expected ${expected[at]} (columns out of order)`;
}

function rowIsBlank(row: readonly CellValue[]): boolean {
  return row.every((v) => isBlank(v));
}

/**
 * Records from the rows of one file (header first). `source` names the file in every finding.
 * Values are checked column by column; a bad value is reported and left empty, a row with a bad
 * record_type or schema_version is skipped, and neutralising quotes are taken off text.
 */
export function parseUniformRows(rows: readonly (readonly CellValue[])[], source: string): ParsedUniform {
  const findings: Finding[] = [];
  const reject = (message: string): ParsedUniform => ({ ok: false, records: [], findings: [finding('error', 'share-version', source, null, message)] });
  const firstRow = rows.findIndex((r) => !rowIsBlank(r));
  if (firstRow < 0) return reject(`${source}: the file is empty; expected a uniform-format header (schema version ${SCHEMA_VERSION}).`);
  const header = rows[firstRow].map(headerText);
  const versionCol = header.indexOf('schema_version');
  const found = versionCol >= 0 ? rows.slice(firstRow + 1).find((r) => !isBlank(r[versionCol])) : undefined;
  const foundVersion = found ? versionText(found[versionCol]) : null;
  const problem = headerProblem(header);
  if (foundVersion !== null && !isVersion1(foundVersion)) {
    return reject(`${source}: uniform format version ${foundVersion} found, expected version ${SCHEMA_VERSION}; this file cannot be read as version ${SCHEMA_VERSION}.`);
  }
  if (problem) {
    const v = foundVersion === null ? 'unknown' : foundVersion;
    return reject(`${source}: not a uniform format version ${SCHEMA_VERSION} file (found version ${v}): header ${problem}.`);
  }
  const records: UniformRecord[] = [];
  for (let r = firstRow + 1; r < rows.length; r++) {
    if (rowIsBlank(rows[r])) continue;
    const rec = parseRecord(rows[r], r + 1, source, findings);
    if (rec) records.push(rec);
  }
  return { ok: true, records, findings };
}

function isVersion1(v: string): boolean {
  return v === SCHEMA_VERSION || Number(v) === Number(SCHEMA_VERSION);
}

function parseRecord(row: readonly CellValue[], rowNumber: number, source: string, findings: Finding[]): UniformRecord | null {
  const bad = (col: number, message: string) => findings.push(finding('error', 'share-bad-value', source, a1(rowNumber, col + 1), message));
  const out: Record<string, unknown> = {};
  for (let c = 0; c < UNIFORM_COLUMNS.length; c++) {
    const name = UNIFORM_COLUMNS[c];
    out[name] = parseValue(name, row[c] ?? null, (m) => bad(c, `${name}: ${m}`));
  }
  if (out.schema_version !== SCHEMA_VERSION) {
    bad(0, `schema_version "${cellText(row[0] ?? null)}" is not ${SCHEMA_VERSION}; row skipped.`);
    return null;
  }
  if (!RECORD_TYPES.includes(out.record_type as never)) {
    bad(2, `record_type must be one of ${RECORD_TYPES.join(', ')}; row skipped.`);
    return null;
  }
  if (out.record_id === null) {
    bad(3, 'record_id is empty; row skipped.');
    return null;
  }
  if (out.exported_on === null) bad(25, 'exported_on is missing; the record is kept without an export date.');
  return out as unknown as UniformRecord;
}

function parseValue(col: UniformColumn, v: CellValue, bad: (message: string) => void): unknown {
  if (isCellError(v)) {
    bad(`${v.error} is not a value; left empty.`);
    return null;
  }
  if (isBlank(v)) return null;
  if (col === 'schema_version') return isVersion1(versionText(v)) ? SCHEMA_VERSION : versionText(v);
  if (DATE_COLUMNS.includes(col)) return parseDate(v, bad);
  if (NUMERIC_COLUMNS.includes(col)) return parseNumber(v, bad);
  const text = unneutralise(cellText(v).trim());
  const vocab = vocabulary(col);
  if (vocab && !vocab.includes(text)) {
    bad(`"${text}" is not one of ${vocab.join(', ')}; left empty.`);
    return null;
  }
  return text;
}

function vocabulary(col: UniformColumn): readonly string[] | null {
  switch (col) {
    case 'record_type':
      return null; // checked per row, so the row is skipped rather than kept half-typed
    case 'status':
      return STATUSES;
    case 'rag':
      return RAG_VALUES;
    case 'unit':
      return UNITS;
    case 'direction':
      return DIRECTIONS;
    default:
      return null;
  }
}

/** ISO text, a Date cell, an Excel serial, or a day-first date a spreadsheet may have re-saved. */
function parseDate(v: CellValue, bad: (message: string) => void): string | null {
  if (v instanceof Date) return isoDate(v);
  if (typeof v === 'number') return isoDate(excelSerialToDate(v));
  const t = unneutralise(cellText(v).trim());
  if (isIsoDate(t)) return t;
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (uk) {
    const iso = `${uk[3]}-${uk[2].padStart(2, '0')}-${uk[1].padStart(2, '0')}`;
    if (isIsoDate(iso)) return iso;
  }
  bad(`"${t}" is not a date YYYY-MM-DD; left empty.`);
  return null;
}

function parseNumber(v: CellValue, bad: (message: string) => void): number | string | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const t = unneutralise(cellText(v).trim());
  if (PLAIN_NUMBER.test(t)) return Number(t);
  if (SUPPRESSED.test(t) || t === SUPPRESSED_DERIVED || t === NHS_SUPPRESSED) return t;
  bad(`"${t}" is not a plain number (no thousands separators, "." decimal) or suppressed text such as "<5"; left empty.`);
  return null;
}
