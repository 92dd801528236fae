import { Grid, cellText, columnLetters } from '../grid';
import { DEFAULT_SHEET_NAMES, SheetSpec, SpecValue, StyleSpec } from '../sheets/spec';
import { parsePeriod } from '../timescale/period';
import { aggregateMonths, monthsOf, periodOfMonth } from './aggregate';
import { CrimeCounts } from './counts';

/**
 * The "Police data" sheet: counts by crime type (rows) and month (columns), then totals by
 * quarter and by financial year. Quarters are those of the financial year, starting on 1 April,
 * 1 July, 1 October and 1 January, as the Crime and Disorder (Prescribed Information) Regulations
 * 2007 count them. A quarter or year the data does not cover in full is headed "to date" so a part
 * period is never read as an outturn. Written on every import, whether or not a target matches.
 */
const TYPE_HEADER = 'Crime type';
const ALL_TYPES = 'All crime types';
const PART = ' (to date)';

const monthLabel = (m: string) => periodOfMonth(m, 'month')?.label ?? m;

export function policeDataSheetSpec(counts: CrimeCounts, options: { name?: string; forces?: readonly string[] } = {}): SheetSpec {
  const months = [...counts.keys()].sort();
  const types = [...new Set([...counts.values()].flatMap((m) => [...m.keys()]))].sort((a, b) => a.localeCompare(b, 'en-GB'));
  const perType = (type: string | null) => {
    const monthly = new Map<string, number>();
    for (const m of months) {
      const byType = counts.get(m)!;
      monthly.set(m, type === null ? [...byType.values()].reduce((s, n) => s + n, 0) : (byType.get(type) ?? 0));
    }
    return monthly;
  };
  const totalsOf = (monthly: Map<string, number>, kind: 'quarter' | 'financialYear') => aggregateMonths(monthly, kind);
  const quarters = totalsOf(perType(null), 'quarter');
  const years = totalsOf(perType(null), 'financialYear');
  const header: SpecValue[] = [
    TYPE_HEADER,
    ...months.map(monthLabel),
    ...quarters.map((q) => q.period.label + (q.complete ? '' : PART)),
    ...years.map((y) => y.period.label + (y.complete ? '' : PART)),
  ];
  const line = (label: string, type: string | null): SpecValue[] => {
    const monthly = perType(type);
    const q = new Map(totalsOf(monthly, 'quarter').map((t) => [t.period.label, t.total]));
    const y = new Map(totalsOf(monthly, 'financialYear').map((t) => [t.period.label, t.total]));
    return [label, ...months.map((m) => monthly.get(m) ?? 0), ...quarters.map((p) => q.get(p.period.label) ?? 0), ...years.map((p) => y.get(p.period.label) ?? 0)];
  };
  const rows: SpecValue[][] = [header, ...types.map((t) => line(t, t))];
  if (types.length) rows.push(line(ALL_TYPES, null));
  else rows.push(header.map(() => null));
  const last = rows.length;
  const lastCol = columnLetters(header.length);
  const styles: StyleSpec[] = [{ range: `A1:${lastCol}1`, bold: true }];
  if (types.length) styles.push({ range: `A${last}:${lastCol}${last}`, bold: true });
  if (quarters.length + years.length) styles.push({ range: `${columnLetters(months.length + 2)}1:${lastCol}${last}`, fill: '#F2F2F2' });
  return {
    key: 'PoliceData',
    name: options.name ?? DEFAULT_SHEET_NAMES.PoliceData,
    rows,
    columns: [{ width: 34 }, ...header.slice(1).map((h) => ({ width: Math.max(10, String(h).length + 2), numberFormat: '0' }))],
    styles,
    tables: [{ name: 'PoliceData', range: `A1:${lastCol}${last}`, style: 'TableStyleMedium2' }],
    freeze: { rows: 1, columns: 1 },
    print: { landscape: true, fitToWidth: false, titleRows: '1:1' },
  };
}

/**
 * Counts on a Police data sheet SaferPlan wrote before, so an import of new months keeps the
 * months imported earlier. Only month columns are read; the totals are worked out again.
 */
export function readPoliceDataSheet(grid: Grid | undefined): CrimeCounts {
  const counts: CrimeCounts = new Map();
  if (!grid || grid.rows.length < 2) return counts;
  const header = grid.rows[0];
  const monthCols: [number, string][] = [];
  header.forEach((v, i) => {
    const p = i > 0 ? parsePeriod(cellText(v)) : null;
    if (p?.kind === 'month') monthCols.push([i, monthsOf(p)[0]]);
  });
  for (const r of grid.rows.slice(1)) {
    const type = cellText(r[0] ?? null).trim();
    if (!type || type === ALL_TYPES) continue;
    for (const [i, month] of monthCols) {
      const n = r[i];
      if (typeof n !== 'number' || !Number.isFinite(n)) continue;
      let m = counts.get(month);
      if (!m) counts.set(month, (m = new Map()));
      m.set(type, n);
    }
  }
  return counts;
}

/** Earlier months kept, months in this import replacing theirs whole. */
export function withEarlierMonths(current: CrimeCounts, earlier: CrimeCounts): CrimeCounts {
  const out: CrimeCounts = new Map(earlier);
  for (const [m, byType] of current) out.set(m, byType);
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
