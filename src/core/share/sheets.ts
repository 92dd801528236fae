/**
 * The uniform format as sheets: "Data sharing" (the records, one Excel table named DataSharing)
 * and "About" (which schema version, mode and date the export used). Every cell is a value, never
 * a formula; text is neutralised exactly as in the CSV so a copy saved as CSV stays safe.
 */
import { ColumnSpec, DEFAULT_SHEET_NAMES, SheetSpec, SpecValue } from '../sheets/spec';
import { columnLetters } from '../grid';
import { neutralise } from './neutralise';
import { DepersonaliseReport } from './depersonalise';
import { REMOVAL_KINDS, RemovalCounts, RemovalKind } from './patterns';
import { SCHEMA_VERSION, UNIFORM_COLUMNS, UniformColumn, UniformRecord, recordToRow, RecordType } from './uniform-format';

export type ExportMode = 'personalised' | 'de-personalised';

/** What the About sheet (and the CLI's message) says about one export. */
export interface ExportMeta {
  schemaVersion: string;
  exportedOn: string;
  partnership: string | null;
  mode: ExportMode;
  suppressBelow: number | null;
  /** The NHS rule: 1-7 shown as "*", other counts rounded to the nearest 5. */
  roundNhs?: boolean;
  counts: Record<RecordType, number>;
  /** De-personalised exports: what was removed, by kind. */
  removed?: RemovalCounts;
  /** De-personalised exports: capitalised pairs left in free text, for a person to check. */
  residual?: string[];
}

export function exportMeta(
  records: readonly UniformRecord[],
  options: {
    exportedOn: string;
    partnership: string | null;
    depersonalised: boolean;
    suppressBelow?: number | null;
    roundNhs?: boolean;
    report?: DepersonaliseReport;
  },
): ExportMeta {
  const counts: Record<RecordType, number> = { action: 0, indicator: 0, measurement: 0 };
  for (const r of records) counts[r.record_type]++;
  return {
    schemaVersion: SCHEMA_VERSION,
    exportedOn: options.exportedOn,
    partnership: options.partnership,
    mode: options.depersonalised ? 'de-personalised' : 'personalised',
    suppressBelow: options.suppressBelow ?? null,
    roundNhs: options.roundNhs ?? false,
    counts,
    ...(options.report ? { removed: options.report.removed, residual: options.report.residual } : {}),
  };
}

/** "3 named people, 1 e-mail address, 0 ..." */
export function removedSummary(removed: RemovalCounts): string {
  const plural: Record<RemovalKind, string> = {
    'named person': 'named people',
    'e-mail address': 'e-mail addresses',
    'phone number': 'phone numbers',
    'titled name': 'titled names',
    'victim or witness name': 'victim or witness names',
  };
  return REMOVAL_KINDS.map((k) => `${removed[k]} ${removed[k] === 1 ? k : plural[k]}`).join(', ');
}

function smallCounts(meta: ExportMeta): string {
  const parts: string[] = [];
  if (meta.suppressBelow !== null) parts.push(`counts below ${meta.suppressBelow} shown as "<${meta.suppressBelow}"`);
  if (meta.roundNhs) parts.push('NHS rule: counts of 1 to 7 shown as "*", other counts rounded to the nearest 5');
  if (parts.length === 0) return 'Not suppressed';
  const first = parts.join('; ');
  return `${first[0].toUpperCase()}${first.slice(1)}; figures that would give a hidden count back (variances, the rest of a trajectory, a part of a total) are hidden too ("suppressed" or "*")`;
}

/** The About facts as label/value pairs (also suitable for a message next to a CSV). */
export function aboutLines(meta: ExportMeta): [string, string][] {
  const lines: [string, string][] = [
    ['Format', 'SaferPlan uniform data-sharing format'],
    ['Schema version', meta.schemaVersion],
    ['Exported on', meta.exportedOn],
    ['Partnership', meta.partnership ?? '(not stated in the plan)'],
    [
      'Mode',
      meta.mode === 'de-personalised'
        ? 'De-personalised: lead_officer left empty; every person the workbook names replaced by their agency or "[person]" in every field; e-mail addresses, phone numbers and titled names removed'
        : 'Personalised: contains the names of lead officers (personal data)',
    ],
  ];
  if (meta.mode === 'de-personalised' && meta.removed) lines.push(['Removed', removedSummary(meta.removed)]);
  if (meta.mode === 'de-personalised' && meta.residual) {
    lines.push([
      'Check by hand',
      meta.residual.length ? `Capitalised pairs left in the text that might be names: ${meta.residual.join('; ')}` : 'No capitalised pairs left in the text outside known agency, role and place words',
    ]);
  }
  lines.push(
    ['Small counts', smallCounts(meta)],
    ['Records', `${meta.counts.action} actions, ${meta.counts.indicator} indicators, ${meta.counts.measurement} measurements`],
    ['Columns', UNIFORM_COLUMNS.join(', ')],
    ['Dates', 'ISO YYYY-MM-DD, stored as text'],
    ['Safety', "Text starting with = + - @ tab or carriage return is prefixed with ' so no spreadsheet runs it"],
  );
  return lines;
}

const WIDTHS: Partial<Record<UniformColumn, number>> = {
  schema_version: 9,
  partnership: 24,
  record_type: 12,
  record_id: 22,
  priority: 24,
  strand: 14,
  theme: 30,
  title: 60,
  lead_agency: 22,
  lead_officer: 20,
  status: 12,
  rag: 8,
  period: 12,
  unit: 9,
  direction: 10,
  source_sheet: 16,
  source_cell: 10,
};

function cell(v: string | number | null): SpecValue {
  return typeof v === 'string' ? neutralise(v) : v;
}

/**
 * The "Data sharing" sheet: the v1 header then one row per record, as an Excel table named
 * DataSharing (a table needs a data row, so an empty export has one blank row). Dates stay ISO
 * text, so every reader sees the same characters as in the CSV.
 */
export function dataSharingSheetSpec(records: readonly UniformRecord[], options: { name?: string } = {}): SheetSpec {
  const rows: SpecValue[][] = [[...UNIFORM_COLUMNS], ...records.map((r) => recordToRow(r).map(cell))];
  if (records.length === 0) rows.push(UNIFORM_COLUMNS.map(() => null));
  const last = columnLetters(UNIFORM_COLUMNS.length);
  const columns: ColumnSpec[] = UNIFORM_COLUMNS.map((c) => ({ width: WIDTHS[c] ?? 12, wrap: c === 'title' }));
  return {
    key: 'DataSharing',
    name: options.name ?? DEFAULT_SHEET_NAMES.DataSharing,
    rows,
    columns,
    styles: [{ range: `A1:${last}1`, bold: true }],
    tables: [{ name: 'DataSharing', range: `A1:${last}${rows.length}`, style: 'TableStyleLight9' }],
    freeze: { rows: 1, columns: 0 },
    print: { landscape: true, fitToWidth: false, titleRows: '1:1' },
  };
}

/** The "About" sheet of an export: schema version, mode, date and what the columns are. */
export function aboutSheetSpec(meta: ExportMeta, options: { name?: string } = {}): SheetSpec {
  const rows: SpecValue[][] = [['About this data-sharing export', null], ...aboutLines(meta).map(([k, v]): SpecValue[] => [k, neutralise(v)])];
  return {
    key: 'About',
    name: options.name ?? DEFAULT_SHEET_NAMES.About,
    rows,
    columns: [{ width: 18 }, { width: 100, wrap: true }],
    styles: [
      { range: 'A1', bold: true, fontSize: 14 },
      { range: `A2:A${rows.length}`, bold: true, vertical: 'top' },
      { range: `B2:B${rows.length}`, wrap: true, vertical: 'top' },
    ],
    print: { landscape: false, fitToWidth: true },
  };
}
