/**
 * The Summary's native charts. Every series points at the Summary's own cells (sheet-qualified,
 * always quoted, absolute) and carries those cells' values as its cache, so the chart is drawn the
 * moment the file opens and redraws if someone edits the cells.
 */
import { columnLetters } from '../grid';
import { BRAG_COLOURS } from '../plan';
import { ChartSpec, SeriesSpec } from '../sheets/spec';
import { AgencyFigures } from './agencies';
import { PriorityFigures } from './figures';
import { CHART_FIRST_COLUMN, CHART_LAST_COLUMN, range } from './layout';
import { STATUS_KEYS, StatusKey, statusLabel } from './labels';

/** Bars take the BRAG fills the tables use; statuses without a BRAG colour take greys. */
export const STATUS_SERIES_COLOURS: Readonly<Record<StatusKey, string>> = {
  'Not started': '#D9D9D9',
  'On track': BRAG_COLOURS.green.fill,
  'At risk': BRAG_COLOURS.amber.fill,
  'Off track': BRAG_COLOURS.red.fill,
  Complete: BRAG_COLOURS.blue.fill,
  Cancelled: '#7F7F7F',
  'No status': '#F2F2F2',
};

export const WORKLOAD_COLOUR = '#7F7F7F';
export const OVERDUE_COLOUR = BRAG_COLOURS.red.font;

/** At most this many agencies in the workload chart (the table lists them all). */
export const TOP_AGENCIES = 15;

/** "'Summary'!$B$8:$B$12": quoted whatever the name, apostrophes doubled. */
export function summaryRef(sheet: string, top: number, col: number, bottom = top): string {
  const c = columnLetters(col);
  const cells = top === bottom ? `$${c}$${top}` : `$${c}$${top}:$${c}$${bottom}`;
  return `'${sheet.replace(/'/g, "''")}'!${cells}`;
}

/** The anchor cells of a chart beside the tables, `rows` tall from row `top`. */
export function chartPlace(top: number, rows: number): { from: string; to: string; bottom: number } {
  const bottom = top + rows - 1;
  return { from: range(top, CHART_FIRST_COLUMN), to: range(bottom, CHART_LAST_COLUMN), bottom };
}

/**
 * Stacked bars, one per priority, split by status. `first` is the first priority row of the
 * status-by-priority table; `statusColumn(k)` the column holding status k. Every status has a
 * series, even one no action has yet: the cells are live, so an officer's edit can fill it.
 */
export function statusByPriorityChart(sheet: string, priorities: readonly PriorityFigures[], first: number, statusColumn: (k: StatusKey) => number, place: { from: string; to: string }): ChartSpec {
  const last = first + priorities.length - 1;
  const series: SeriesSpec[] = STATUS_KEYS.map((k) => ({
    name: statusLabel(k),
    ref: summaryRef(sheet, first, statusColumn(k), last),
    values: priorities.map((p) => p.byStatus[k]),
    color: STATUS_SERIES_COLOURS[k],
  }));
  return {
    kind: 'barStacked',
    title: 'Actions by priority and status',
    from: place.from,
    to: place.to,
    categories: { ref: summaryRef(sheet, first, 1, last), values: priorities.map((p) => p.priority) },
    series,
    yAxisTitle: 'Number of actions',
  };
}

/** Bars of actions (and overdue actions, when any) for the busiest lead agencies. */
export function agencyWorkloadChart(sheet: string, agencies: readonly AgencyFigures[], first: number, columns: { actions: number; overdue: number }, place: { from: string; to: string }): ChartSpec {
  const shown = agencies.slice(0, TOP_AGENCIES);
  const last = first + shown.length - 1;
  const series: SeriesSpec[] = [{ name: 'Actions', ref: summaryRef(sheet, first, columns.actions, last), values: shown.map((a) => a.actions), color: WORKLOAD_COLOUR }];
  if (shown.some((a) => a.overdue > 0)) {
    series.push({ name: 'Overdue', ref: summaryRef(sheet, first, columns.overdue, last), values: shown.map((a) => a.overdue), color: OVERDUE_COLOUR });
  }
  const title = agencies.length > TOP_AGENCIES ? `Lead agency workload (busiest ${TOP_AGENCIES} of ${agencies.length})` : 'Lead agency workload';
  return {
    kind: 'bar',
    title,
    from: place.from,
    to: place.to,
    categories: { ref: summaryRef(sheet, first, 1, last), values: shown.map((a) => a.agency) },
    series,
    yAxisTitle: 'Number of actions',
  };
}
