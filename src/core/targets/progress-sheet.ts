import { CellValue, columnLetters, isBlank } from '../grid';
import { Target } from '../plan';
import { DEFAULT_SHEET_NAMES, SheetSpec, SpecValue, StyleSpec, ValidationSpec } from '../sheets/spec';
import { parsePeriod, periodsBetween } from '../timescale/period';
import { unitNumberFormat } from './number-format';
import { periodOfCell } from './period-cell';
import { indicatorResolver, progressKey, ProgressRow } from './progress';
import { periodKey } from './series';

export const PROGRESS_COLUMNS = ['Indicator', 'Description', 'Period', 'Actual', 'Stated milestone', 'Note'] as const;

/** Excel keeps an inline dropdown list to 255 characters. */
const LIST_LIMIT = 255;

/** Every period from the baseline's to the target's, as labels; empty when either is unreadable. */
export function targetPeriods(t: Target): string[] {
  if (!t.baseline || !t.target) return [];
  const key = `${t.baseline.period}\u0000${t.target.period}`;
  let labels = rangeCache.get(key);
  if (!labels) {
    const from = parsePeriod(t.baseline.period);
    const to = parsePeriod(t.target.period);
    labels = from && to ? (periodsBetween(from, to) ?? []).map((p) => p.label) : [];
    if (rangeCache.size > 5000) rangeCache.clear();
    rangeCache.set(key, labels);
  }
  return [...labels];
}

/** Ranges already listed: the targets of a plan mostly share one baseline and one target period. */
const rangeCache = new Map<string, string[]>();

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

/** Labels sorted on keys computed once each. */
function byEnd(labels: Iterable<string>): string[] {
  return [...labels]
    .map((label) => ({ label, key: sortKey(label) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.label);
}

/** One indicator x period: the rows people (or an import) entered for it, in the order read. */
interface Slot {
  /** The period as first written. */
  period: string;
  rows: ProgressRow[];
}

function slotIn(slots: Map<string, Slot>, row: ProgressRow): void {
  const key = row.period.toLowerCase();
  const slot = slots.get(key);
  if (slot) slot.rows.push(row);
  else slots.set(key, { period: row.period, rows: [row] });
}

const blank = (v: CellValue | undefined) => v === undefined || isBlank(v);

/** Every cell of a row that a regenerated sheet writes, for telling exact copies apart. */
function cellsOf(row: ProgressRow): string {
  return JSON.stringify([row.typed.actual, row.typed.stated, row.note, Object.entries(row.typed.extra).sort()]);
}

/**
 * The rows one indicator x period gets in the sheet. When a partnership's own table holds it,
 * exactly one: their cells win, and a cell they leave blank keeps what was typed in our sheet.
 * Otherwise every row of our sheet stays (a person's repeated row is reported, never dropped),
 * except exact copies.
 */
export function mergeSlot(rows: readonly ProgressRow[]): ProgressRow[] {
  if (rows.length <= 1) return [...rows];
  const theirs = rows.filter((r) => !r.generated);
  if (theirs.length === 0) {
    const seen = new Set<string>();
    return rows.filter((r) => {
      const k = cellsOf(r);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }
  const ordered = [...theirs, ...rows.filter((r) => r.generated)];
  const actual = ordered.find((r) => !blank(r.typed.actual)) ?? ordered[0];
  const stated = ordered.find((r) => !blank(r.typed.stated)) ?? ordered[0];
  const extra: Record<string, CellValue> = {};
  for (const r of ordered) for (const [h, v] of Object.entries(r.typed.extra)) if (!blank(v) && !(h in extra)) extra[h] = v;
  return [
    {
      ...theirs[0],
      actual: actual.actual,
      stated: stated.stated,
      note: ordered.find((r) => r.note)?.note ?? null,
      typed: { actual: actual.typed.actual, stated: stated.typed.stated, extra },
    },
  ];
}

/**
 * The Progress sheet: one row per indicator x period from baseline to target, where people type
 * actuals (and milestones the plan states elsewhere). Regenerating keeps every row and cell people
 * typed: existing rows are merged in by indicator and period, rows for periods outside the range or
 * for indicators no longer in the plan are kept too, and so are columns people added. A row of a
 * partnership's own table of actuals appears once, however often the sheet is rebuilt (mergeSlot).
 */
export function progressSheetSpec(targets: Target[], existingProgress: readonly ProgressRow[], options: { name?: string } = {}): SheetSpec {
  const resolve = indicatorResolver(targets);
  /** Rows by target id, then by lower-cased period. */
  const byTarget = new Map<string, Map<string, Slot>>();
  /** Rows whose indicator names no target, by its text and period; kept at the end, in the order read. */
  const orphans = new Map<string, Slot>();
  for (const row of existingProgress) {
    const t = resolve(row.indicator);
    if (t) {
      let slots = byTarget.get(t.id);
      if (!slots) byTarget.set(t.id, (slots = new Map()));
      slotIn(slots, row);
    } else {
      const key = progressKey(row, null);
      const slot = orphans.get(key);
      if (slot) slot.rows.push(row);
      else orphans.set(key, { period: row.period, rows: [row] });
    }
  }

  const lines: Line[] = [];
  for (const t of targets) {
    const slots = byTarget.get(t.id);
    // Ids are unique, but a target listed twice gets its rows once.
    byTarget.delete(t.id);
    const periods = new Map<string, string>();
    for (const p of targetPeriods(t)) periods.set(p.toLowerCase(), p);
    for (const [k, slot] of slots ?? []) if (!periods.has(k)) periods.set(k, slot.period);
    for (const period of byEnd(periods.values())) {
      const slot = slots?.get(period.toLowerCase());
      const rows = slot ? mergeSlot(slot.rows) : [null];
      for (const row of rows) lines.push({ id: t.id, description: t.indicator, period, row, unit: t.unit });
    }
  }
  for (const slot of orphans.values()) {
    for (const row of mergeSlot(slot.rows)) lines.push({ id: row.indicator, description: null, period: row.period, row, unit: null });
  }

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
    columns: [{ width: 10 }, { width: 44, wrap: true }, { width: 12, numberFormat: '@' }, { width: 11 }, { width: 11 }, { width: 40, wrap: true }, ...extraHeaders.map(() => ({ width: 16 }))],
    styles: [{ range: `A1:${lastCol}1`, bold: true }, ...styles],
    tables: [{ name: 'Progress', range: `A1:${lastCol}${last}`, style: 'TableStyleMedium2' }],
    validations,
    freeze: { rows: 1, columns: 1 },
    print: { landscape: true, fitToWidth: true, titleRows: '1:1' },
  };
}
