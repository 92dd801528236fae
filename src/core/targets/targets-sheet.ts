import { columnLetters, sheetRef } from '../grid';
import { Target } from '../plan';
import { DEFAULT_SHEET_NAMES, SheetSpec, SpecValue, StyleSpec } from '../sheets/spec';
import { unitNumberFormat, unitText } from './number-format';
import { DEFAULT_SETTINGS, METHODS, ROUNDINGS, TargetSettings } from './types';

/** The Targets sheet's columns, in order. Headers are the names tableTargets reads back. */
export const TARGETS_COLUMNS = [
  { header: 'Id', width: 7 },
  { header: 'Priority', width: 24 },
  { header: 'Indicator', width: 44 },
  { header: 'Unit', width: 9 },
  { header: 'Direction', width: 10 },
  { header: 'Baseline period', width: 12 },
  { header: 'Baseline', width: 11 },
  { header: 'Target period', width: 12 },
  { header: 'Target', width: 11 },
  { header: 'Change', width: 9 },
  { header: 'Method', width: 10 },
  { header: 'Rounding', width: 10 },
  { header: 'Tolerance', width: 10 },
  { header: 'Stated milestones', width: 36 },
  { header: 'Source', width: 22 },
] as const;

const col = (header: (typeof TARGETS_COLUMNS)[number]['header']) => columnLetters(TARGETS_COLUMNS.findIndex((c) => c.header === header) + 1);

export interface TargetsSheetOptions {
  /** Sheet name (generatedSheetName decides it when a user's sheet is already called Targets). */
  name?: string;
  /** Trajectory settings already chosen, by target id; defaults fill the rest. */
  settings?: Record<string, Partial<TargetSettings>>;
}

/**
 * The Targets sheet: one row per indicator, as an Excel table named `Targets`, with dropdowns for
 * the choices an analyst makes (unit, direction, method, rounding) and a link to each target's
 * source. Analysts may type new rows; recogniseTargets reads them back.
 */
export function targetsSheetSpec(targets: Target[], options: TargetsSheetOptions = {}): SheetSpec {
  const rows: SpecValue[][] = [TARGETS_COLUMNS.map((c) => c.header)];
  const styles: StyleSpec[] = [];
  targets.forEach((t, i) => {
    const s = { ...DEFAULT_SETTINGS, ...(options.settings?.[t.id] ?? {}) };
    const ref = sheetRef(t.source.sheet, t.source.cell);
    rows.push([
      t.id,
      t.priority,
      t.indicator,
      t.unit,
      t.direction,
      t.baseline?.period ?? null,
      t.baseline?.value ?? null,
      t.target?.period ?? null,
      t.target?.value ?? null,
      t.target?.change ?? null,
      s.method,
      s.rounding,
      s.tolerance,
      t.stated.map((m) => `${m.period}: ${unitText(m.value, t.unit)}`).join('; ') || null,
      { text: ref, target: ref },
    ]);
    const r = i + 2;
    const fmt = unitNumberFormat(t.unit);
    styles.push({ range: `${col('Baseline')}${r}`, numberFormat: fmt }, { range: `${col('Target')}${r}`, numberFormat: fmt });
  });
  if (targets.length === 0) rows.push(TARGETS_COLUMNS.map(() => null));
  const last = rows.length;
  const lastCol = columnLetters(TARGETS_COLUMNS.length);
  const room = Math.max(last, 1) + 200;
  const range = (h: Parameters<typeof col>[0]) => `${col(h)}2:${col(h)}${room}`;
  return {
    key: 'Targets',
    name: options.name ?? DEFAULT_SHEET_NAMES.Targets,
    rows,
    columns: TARGETS_COLUMNS.map((c) => ({
      width: c.width,
      wrap: c.header === 'Indicator' || c.header === 'Stated milestones' || c.header === 'Priority',
      ...(c.header === 'Change' ? { numberFormat: '0.0%' } : c.header === 'Tolerance' ? { numberFormat: '0%' } : c.header.endsWith('period') ? { numberFormat: '@' } : {}),
    })),
    styles: [{ range: `A1:${lastCol}1`, bold: true, wrap: true, vertical: 'top' }, ...styles],
    tables: [{ name: 'Targets', range: `A1:${lastCol}${last}`, style: 'TableStyleMedium2' }],
    validations: [
      { range: range('Unit'), type: 'list', values: ['count', 'percent', 'index', 'rate'], allowBlank: true, error: 'Unit is one of count, percent, index, rate.' },
      { range: range('Direction'), type: 'list', values: ['reduce', 'increase'], allowBlank: true, error: 'Direction is reduce or increase.' },
      { range: range('Method'), type: 'list', values: [...METHODS], allowBlank: true, prompt: 'linear: equal steps; compound: equal percentage steps.', error: 'Method is linear or compound.' },
      { range: range('Rounding'), type: 'list', values: [...ROUNDINGS], allowBlank: true, error: 'Rounding is none, nearest, floor or ceil.' },
      {
        range: range('Tolerance'),
        type: 'decimal',
        min: 0,
        max: 1,
        allowBlank: true,
        prompt: 'How far worse than the milestone is still amber, e.g. 5%.',
        error: 'Tolerance is a percentage between 0% and 100%.',
      },
      { range: range('Baseline'), type: 'decimal', min: 0, allowBlank: true, error: 'The baseline is a number.' },
      { range: range('Target'), type: 'decimal', min: 0, allowBlank: true, error: 'The target is a number.' },
    ],
    freeze: { rows: 1, columns: 1 },
    print: { landscape: true, fitToWidth: true, titleRows: '1:1' },
  };
}
