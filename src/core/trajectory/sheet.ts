import { BRAG_COLOURS, Brag } from '../plan';
import { a1, columnLetters, sheetRef } from '../grid';
import { ChartSpec, ConditionalFormatSpec, DEFAULT_SHEET_NAMES, SheetSpec, SpecValue, StyleSpec } from '../sheets/spec';
import { FORECAST_METHOD_LABELS } from './forecast';
import { TrajectoryRow } from './rows';
import { decimalPlaces } from './precision';
import { liveRowCells } from './live';

/** Column headings of the Trajectories table, in order. */
export const TRAJECTORY_HEADERS = [
  'Priority',
  'Indicator',
  'Period',
  'Milestone',
  'Stated in plan',
  'Actual',
  'Variance',
  '% of target achieved',
  'RAG',
  'Forecast outturn',
  'Forecast method',
  'Significance',
] as const;

const COL = Object.fromEntries(TRAJECTORY_HEADERS.map((h, i) => [h, i + 1])) as Record<(typeof TRAJECTORY_HEADERS)[number], number>;

export const BRAG_LABELS: Readonly<Record<Brag, string>> = { blue: 'Blue', green: 'Green', amber: 'Amber', red: 'Red' };

/** Number format for an indicator's figures: whole counts with separators, percentages as %. */
export function numberFormatFor(rows: ReadonlyArray<TrajectoryRow>): string {
  const values = rows.flatMap((r) => [r.milestone, r.actual, r.stated]).filter((v): v is number => typeof v === 'number');
  const places = Math.min(4, Math.max(0, ...values.map(decimalPlaces)));
  const unit = rows[0]?.unit;
  if (unit === 'percent') {
    if (values.every((v) => Math.abs(v) <= 1)) return places <= 2 ? '0%' : `0.${'0'.repeat(places - 2)}%`;
    return places === 0 ? '0"%"' : `0.${'0'.repeat(places)}"%"`;
  }
  return places === 0 ? '#,##0' : `#,##0.${'0'.repeat(places)}`;
}

/** The Period cell: "2003/04 (baseline)", "2007/08 (target)" or the period alone. */
export function periodCellText(r: TrajectoryRow): string {
  return r.role === 'baseline' ? `${r.period} (baseline)` : r.role === 'target' ? `${r.period} (target)` : r.period;
}

function significanceText(r: TrajectoryRow): string | null {
  if (!r.significance) return null;
  return `${r.significance.summary} (${Math.round(r.significance.confidence * 100)}% limits ${r.significance.method === 'exact' ? 'exact' : "Byar's"})`;
}

/**
 * The table's cells: header row, then one row per indicator and period. Actual, variance, % of
 * target achieved, RAG, forecast and significance are live formulas over the Progress table
 * (./live.ts), each carrying the value core computed.
 */
export function trajectoryTableRows(rows: ReadonlyArray<TrajectoryRow>): SpecValue[][] {
  const out: SpecValue[][] = [[...TRAJECTORY_HEADERS]];
  const cols = { milestone: columnLetters(COL.Milestone), actual: columnLetters(COL.Actual), forecast: columnLetters(COL['Forecast outturn']) };
  for (const r of rows) {
    const texts = {
      rag: r.achieved ? BRAG_LABELS.blue : r.rag ? BRAG_LABELS[r.rag] + (r.ragFrom === 'forecast' ? ' (forecast)' : '') : null,
      forecastMethod: r.forecast ? `${FORECAST_METHOD_LABELS[r.forecast.method]}, ${r.forecast.monthsUsed} month${r.forecast.monthsUsed === 1 ? '' : 's'}` : null,
      significance: significanceText(r),
    };
    const c = liveRowCells(r, out.length + 1, cols, texts);
    out.push([r.priority, r.indicator, periodCellText(r), r.milestone, r.stated, c.actual, c.variance, c.percent, c.rag, c.forecast, c.forecastMethod, c.significance]);
  }
  return out;
}

/** Consecutive rows of one target (trajectoryRows keeps each target's periods together). */
function blocks(rows: ReadonlyArray<TrajectoryRow>): { targetId: string; first: number; rows: TrajectoryRow[] }[] {
  const out: { targetId: string; first: number; rows: TrajectoryRow[] }[] = [];
  rows.forEach((r, i) => {
    const last = out[out.length - 1];
    if (last && last.targetId === r.targetId) last.rows.push(r);
    else out.push({ targetId: r.targetId, first: i + 2, rows: [r] });
  });
  return out;
}

const CHART_HEIGHT = 18;
const CHART_GAP = 2;

/**
 * The Trajectories sheet: a table of every indicator and period, number formats following each
 * indicator's unit, BRAG colours on the RAG column, and one native line chart per indicator
 * (milestones against actuals) beside the table, with cached values so it draws before recalculation.
 */
export function trajectorySheetSpec(rows: ReadonlyArray<TrajectoryRow>, name: string = DEFAULT_SHEET_NAMES.Trajectories): SheetSpec {
  const cells = trajectoryTableRows(rows);
  const width = TRAJECTORY_HEADERS.length;
  const lastCol = columnLetters(width);
  const lastRow = Math.max(2, cells.length);
  if (cells.length === 1) cells.push(Array(width).fill(null));
  const col = (h: (typeof TRAJECTORY_HEADERS)[number]) => columnLetters(COL[h]);

  const styles: StyleSpec[] = [{ range: `A1:${lastCol}1`, bold: true, wrap: true, vertical: 'middle' }];
  const charts: ChartSpec[] = [];
  const chartCol = width + 2;
  blocks(rows).forEach((b, i) => {
    const top = b.first;
    const bottom = b.first + b.rows.length - 1;
    const fmt = numberFormatFor(b.rows);
    for (const h of ['Milestone', 'Stated in plan', 'Actual', 'Variance', 'Forecast outturn'] as const) {
      styles.push({ range: `${col(h)}${top}:${col(h)}${bottom}`, numberFormat: fmt });
    }
    const abs = (h: (typeof TRAJECTORY_HEADERS)[number]) => sheetRef(name, `$${col(h)}$${top}:$${col(h)}$${bottom}`);
    const chartTop = 2 + i * (CHART_HEIGHT + CHART_GAP);
    const first = b.rows[0];
    charts.push({
      kind: 'line',
      title: first.priority && !first.indicator.toLowerCase().includes(first.priority.toLowerCase()) ? `${first.indicator} (${first.priority})` : first.indicator,
      from: a1(chartTop, chartCol),
      to: a1(chartTop + CHART_HEIGHT - 1, chartCol + 8),
      categories: { ref: abs('Period'), values: b.rows.map(periodCellText) },
      series: [
        { name: 'Milestone', ref: abs('Milestone'), values: b.rows.map((r) => r.milestone), color: '#5B9BD5' },
        { name: 'Actual', ref: abs('Actual'), values: b.rows.map((r) => r.actual), color: '#ED7D31' },
      ],
      xAxisTitle: 'Period',
      yAxisTitle: first.unit === 'percent' ? 'Per cent' : first.unit === 'count' ? 'Number' : first.unit === 'rate' ? 'Rate' : 'Index',
    });
  });
  if (rows.length > 0) styles.push({ range: `${col('% of target achieved')}2:${col('% of target achieved')}${lastRow}`, numberFormat: '0%' });

  const ragRange = `${col('RAG')}2:${col('RAG')}${lastRow}`;
  const ragCell = `$${col('RAG')}2`;
  const conditionalFormats: ConditionalFormatSpec[] = (['blue', 'green', 'amber', 'red'] as const).map((b) => ({
    range: ragRange,
    // Starts-with, so "Amber (forecast)" is coloured too.
    rule: { type: 'expression', formula: `LEFT(${ragCell},${BRAG_LABELS[b].length})="${BRAG_LABELS[b]}"` },
    fill: BRAG_COLOURS[b].fill,
    fontColor: BRAG_COLOURS[b].font,
  }));

  return {
    key: 'Trajectories',
    name,
    rows: cells,
    columns: [
      { width: 22 },
      { width: 36, wrap: true },
      { width: 18 },
      { width: 12 },
      { width: 12 },
      { width: 12 },
      { width: 11 },
      { width: 12 },
      { width: 16 },
      { width: 12 },
      { width: 30, wrap: true },
      { width: 34, wrap: true },
    ],
    styles,
    tables: [{ name: 'Trajectories', range: `A1:${lastCol}${lastRow}`, style: 'TableStyleMedium2' }],
    conditionalFormats,
    freeze: { rows: 1, columns: 2 },
    charts,
    print: { landscape: true, fitToWidth: true, titleRows: '1:1' },
  };
}
