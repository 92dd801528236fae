import { columnLetters, isBlank } from '../grid';
import { Target } from '../plan';
import { DEFAULT_SHEET_NAMES, SheetSpec, SpecValue, StyleSpec, ValidationSpec } from '../sheets/spec';
import { parsePeriod, periodsBetween } from '../timescale/period';
import { unitNumberFormat } from './number-format';
import { periodOfCell } from './period-cell';
import { ProgressRow, resolveIndicator } from './progress';
import { periodKey } from './series';

export const PROGRESS_COLUMNS = ['Indicator', 'Description', 'Period', 'Actual', 'Stated milestone', 'Note'] as const;

/** Excel keeps an inline dropdown list to 255 characters. */
const LIST_LIMIT = 255;

/** Every period from the baseline's to the target's, as labels; empty when either is unreadable. */
export function targetPeriods(t: Target): string[] {
  if (!t.baseline || !t.target) return [];
  const from = parsePeriod(t.baseline.period);
  const to = parsePeriod(t.target.period);
  if (!from || !to) return [];
  return (periodsBetween(from, to) ?? []).map((p) => p.label);
}

interface Line {
  id: string;
  description: string | null;
  period: string;
  row: ProgressRow | null;
  unit: Target['unit'] | null;
}

/** Periods in order of their end, so months come before the year they add up to. */
const sortKey = (period: string) => {
  const p = periodOfCell(period);
  return p ? `${p.end}|${periodKey(p)}` : '\uffff' + period;
};

/**
 * The Progress sheet: one row per indicator x period from baseline to target, where people type
 * actuals (and milestones the plan states elsewhere). Regenerating keeps every row and cell people
 * typed: existing rows are merged in by indicator and period, rows for periods outside the range or
 * for indicators no longer in the plan are kept too, and so are columns people added.
 */
export function progressSheetSpec(targets: Target[], existingProgress: readonly ProgressRow[], options: { name?: string } = {}): SheetSpec {
  const byKey = new Map<string, ProgressRow[]>();
  const orphans: ProgressRow[] = [];
  for (const row of existingProgress) {
    const t = resolveIndicator(row.indicator, targets);
    if (!t) {
      orphans.push(row);
      continue;
    }
    const key = `${t.id}|${row.period.toLowerCase()}`;
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }

  const lines: Line[] = [];
  for (const t of targets) {
    const expected = targetPeriods(t);
    const periods = new Map<string, string>();
    for (const p of expected) periods.set(p.toLowerCase(), p);
    for (const key of byKey.keys()) {
      if (key.startsWith(`${t.id}|`)) {
        const label = byKey.get(key)![0].period;
        if (!periods.has(label.toLowerCase())) periods.set(label.toLowerCase(), label);
      }
    }
    const ordered = [...periods.values()].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
    for (const period of ordered) {
      const rows = byKey.get(`${t.id}|${period.toLowerCase()}`) ?? [null];
      for (const row of rows) lines.push({ id: t.id, description: t.indicator, period, row, unit: t.unit });
    }
  }
  for (const row of orphans) lines.push({ id: row.indicator, description: null, period: row.period, row, unit: null });

  const extraHeaders: string[] = [];
  for (const row of existingProgress) for (const h of Object.keys(row.typed.extra)) if (!extraHeaders.includes(h) && !(PROGRESS_COLUMNS as readonly string[]).includes(h)) extraHeaders.push(h);

  const header = [...PROGRESS_COLUMNS, ...extraHeaders];
  const rows: SpecValue[][] = [header];
  const styles: StyleSpec[] = [];
  for (const l of lines) {
    const typed = l.row?.typed;
    const keep = (v: unknown): SpecValue => (isBlank(v as never) ? null : (v as SpecValue));
    rows.push([
      l.id,
      l.description,
      l.period,
      // A number typed as text ("1,099", "9%") is written back as the number; other text stays as typed.
      l.row?.actual ?? keep(typed?.actual),
      l.row?.stated ?? keep(typed?.stated),
      l.row?.note ?? null,
      ...extraHeaders.map((h) => keep(typed?.extra[h])),
    ]);
    if (l.unit) {
      const r = rows.length;
      styles.push({ range: `D${r}:E${r}`, numberFormat: unitNumberFormat(l.unit) });
    }
  }
  if (lines.length === 0) rows.push(header.map(() => null));
  const last = rows.length;
  const lastCol = columnLetters(header.length);
  const room = last + 500;
  const ids = targets.map((t) => t.id);
  const validations: ValidationSpec[] = [
    { range: `D2:D${room}`, type: 'decimal', min: 0, allowBlank: true, prompt: 'The actual figure for this period.', error: 'Type a number (a percentage such as 9% is fine).' },
    { range: `E2:E${room}`, type: 'decimal', min: 0, allowBlank: true, error: 'Type a number.' },
  ];
  if (ids.length && ids.join(',').length <= LIST_LIMIT) {
    validations.unshift({ range: `A2:A${room}`, type: 'list', values: ids, allowBlank: true, prompt: 'The target id from the Targets sheet.', error: 'Choose a target id from the Targets sheet.' });
  }
  return {
    key: 'Progress',
    name: options.name ?? DEFAULT_SHEET_NAMES.Progress,
    rows,
    columns: [
      { width: 10 },
      { width: 44, wrap: true },
      { width: 12, numberFormat: '@' },
      { width: 11 },
      { width: 11 },
      { width: 40, wrap: true },
      ...extraHeaders.map(() => ({ width: 16 })),
    ],
    styles: [{ range: `A1:${lastCol}1`, bold: true }, ...styles],
    tables: [{ name: 'Progress', range: `A1:${lastCol}${last}`, style: 'TableStyleMedium2' }],
    validations,
    freeze: { rows: 1, columns: 1 },
    print: { landscape: true, fitToWidth: true, titleRows: '1:1' },
  };
}
