/**
 * When a marked sheet is SaferPlan's. A workbook-level name `SaferPlan_<Key>` pointing at a sheet
 * is only half of it: a stale or hostile name can point at anyone's sheet. So the name's comment
 * records what SaferPlan wrote in the sheet's first row (a digest of those cells), and a sheet is
 * ours only while its first row still gives that digest. Both hosts ask this one rule.
 *
 * A mark without that record (workbooks built before it existed) is accepted only when the sheet's
 * first row is exactly the fixed header SaferPlan writes for that key; keys whose first row varies
 * from build to build (Summary, Police data, Returns, About) are accepted by their fixed first cell.
 * Anything else is the user's sheet, whatever names the workbook holds.
 */
import { CellValue, cellText, isCellError } from '../grid/cell';
import { cleanControlChars, fitCell } from '../grid/excel-text';
import { ACTION_COLUMNS } from './actions-sheet';
import { ISSUE_COLUMNS } from './issues-sheet';
import { GeneratedKey, SheetSpec, readBackValue } from './spec';
import { TARGETS_COLUMNS } from '../targets/targets-sheet';
import { PROGRESS_COLUMNS } from '../targets/progress-sheet';
import { TRAJECTORY_HEADERS } from '../trajectory/sheet';
import { UNIFORM_COLUMNS } from '../share/uniform-format';

/** Cells of the first row the record covers: enough for every header SaferPlan writes. */
export const RECORD_CELLS = 256;

const RECORD = /\bfirst row ([0-9a-f]{16})\b/;

/** A first-row value as every host reads it back: text cleaned and cut as written, dates as serials. */
function normalise(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return fitCell(cleanControlChars(v)).text;
  if (v instanceof Date) return String(v.getTime() / 86_400_000 + 25_569);
  if (typeof v === 'number') return String(v);
  if (isCellError(v)) return v.error;
  return cellText(v as CellValue);
}

/** The first row's cells as compared: up to RECORD_CELLS, trailing blanks dropped. */
export function firstRowCells(row: readonly unknown[] | undefined): string[] {
  const out = (row ?? []).slice(0, RECORD_CELLS).map(normalise);
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

/** FNV-1a over UTF-16 code units, twice with different seeds: 16 hex digits. Not a secret, a fingerprint. */
function fingerprint(s: string): string {
  const run = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  };
  return run(0x811c9dc5) + run(0x01000193 ^ s.length);
}

/** The digest of a key's first row. */
export function firstRowDigest(key: GeneratedKey, row: readonly unknown[] | undefined): string {
  return fingerprint(JSON.stringify([key, ...firstRowCells(row)]));
}

/** The comment a mark carries for a sheet written from this spec (well under Excel's 255 characters). */
export function markComment(spec: Pick<SheetSpec, 'key' | 'rows'>): string {
  return recordOf(
    spec.key,
    (spec.rows[0] ?? []).map((v) => readBackValue(v)),
  );
}

/** The comment for a sheet of ours whose first row (as read back) is this. */
export function recordOf(key: GeneratedKey, firstRow: readonly unknown[]): string {
  return `Written by SaferPlan. The sheet stays SaferPlan's while its first row matches: first row ${firstRowDigest(key, firstRow)}`;
}

/** The digest a mark's comment records, if it records one. */
export function recordedDigest(comment: string | null | undefined): string | undefined {
  return comment ? RECORD.exec(comment)?.[1] : undefined;
}

/** Fixed first rows (or first cells) of sheets built before marks carried a record. */
const LEGACY_HEADER: Partial<Record<GeneratedKey, readonly string[]>> = {
  Actions: ACTION_COLUMNS,
  Targets: TARGETS_COLUMNS.map((c) => c.header),
  Progress: PROGRESS_COLUMNS,
  Trajectories: TRAJECTORY_HEADERS,
  DataSharing: UNIFORM_COLUMNS,
  Issues: ISSUE_COLUMNS,
};
const LEGACY_FIRST_CELL: Partial<Record<GeneratedKey, RegExp>> = {
  Summary: /^(Summary: .|Action plan summary$)/,
  PoliceData: /^Crime type$/,
  Returns: /^Partner returns$/,
  About: /^About this data-sharing export$/,
};

/**
 * Whether a sheet a mark points at is SaferPlan's: its first row gives the digest the mark's
 * comment records; or, for a mark with no record, the first row is the fixed header of that key.
 */
export function markAgrees(key: GeneratedKey, comment: string | null | undefined, firstRow: readonly unknown[] | undefined): boolean {
  const recorded = recordedDigest(comment);
  if (recorded !== undefined) return recorded === firstRowDigest(key, firstRow);
  const cells = firstRowCells(firstRow);
  const header = LEGACY_HEADER[key];
  if (header) return cells.length === header.length && header.every((h, i) => cells[i] === h);
  const first = LEGACY_FIRST_CELL[key];
  return !!first && first.test(cells[0] ?? '');
}
