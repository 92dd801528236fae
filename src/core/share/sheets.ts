/**
 * The uniform format as sheets: "Data sharing" (the records, one Excel table named DataSharing)
 * and "About" (which schema version, mode and date the export used). Every cell is a value, never
 * a formula; text is neutralised exactly as in the CSV so a copy saved as CSV stays safe.
 */
import { ColumnSpec, DEFAULT_SHEET_NAMES, SheetSpec, SpecValue } from '../sheets/spec';
import { columnLetters } from '../grid';
import { neutralise } from './neutralise';
import { SCHEMA_VERSION, UNIFORM_COLUMNS, UniformColumn, UniformRecord, recordToRow, RecordType } from './uniform-format';

export type ExportMode = 'personalised' | 'de-personalised';

/** What the About sheet (and the CLI's message) says about one export. */
export interface ExportMeta {
  schemaVersion: string;
  exportedOn: string;
  partnership: string | null;
  mode: ExportMode;
  suppressBelow: number | null;
  counts: Record<RecordType, number>;
}

export function exportMeta(
  records: readonly UniformRecord[],
  options: { exportedOn: string; partnership: string | null; depersonalised: boolean; suppressBelow?: number | null },
): ExportMeta {
  const counts: Record<RecordType, number> = { action: 0, indicator: 0, measurement: 0 };
  for (const r of records) counts[r.record_type]++;
  return {
    schemaVersion: SCHEMA_VERSION,
    exportedOn: options.exportedOn,
    partnership: options.partnership,
    mode: options.depersonalised ? 'de-personalised' : 'personalised',
    suppressBelow: options.suppressBelow ?? null,
    counts,
  };
}

/** The About facts as label/value pairs (also suitable for a message next to a CSV). */
export function aboutLines(meta: ExportMeta): [string, string][] {
  return [
    ['Format', 'SaferPlan uniform data-sharing format'],
    ['Schema version', meta.schemaVersion],
    ['Exported on', meta.exportedOn],
    ['Partnership', meta.partnership ?? '(not stated in the plan)'],
    [
      'Mode',
      meta.mode === 'de-personalised'
        ? 'De-personalised: lead_officer left empty; named people replaced by their agency or role in every field'
        : 'Personalised: contains the names of lead officers (personal data)',
    ],
    ['Small counts', meta.suppressBelow === null ? 'Not suppressed' : `Counts below ${meta.suppressBelow} shown as "<${meta.suppressBelow}"`],
    ['Records', `${meta.counts.action} actions, ${meta.counts.indicator} indicators, ${meta.counts.measurement} measurements`],
    ['Columns', UNIFORM_COLUMNS.join(', ')],
    ['Dates', 'ISO YYYY-MM-DD, stored as text'],
    ['Safety', "Text starting with = + - @ tab or carriage return is prefixed with ' so no spreadsheet runs it"],
  ];
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
