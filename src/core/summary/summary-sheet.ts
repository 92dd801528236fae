/**
 * The committee's Summary sheet: a dashboard in blocks down the sheet (title, headline, status by
 * priority, overdue and due soon, lead agencies, targets, partner returns) with native charts to
 * the right of the tables. The headline and status-by-priority counts are formulas over the Actions
 * table (src/core/summary/formulas.ts); the rest is rebuilt on every run. Laid out
 * for A4 landscape: one page wide, the title rows repeated on every page.
 */
import { estimateRowHeights } from '../sheets/row-heights';
import { ChartSpec, ColumnSpec, SheetSpec } from '../sheets/spec';
import { AGENCY_COLUMNS, datedSections, headline, leadAgencySection, priorityStatusColumn, statusByPriority } from './action-sections';
import { TOP_AGENCIES, agencyWorkloadChart, chartPlace, statusByPriorityChart } from './charts';
import { SummaryFigures } from './figures';
import { Blocks, CHART_FIRST_COLUMN, CHART_LAST_COLUMN, DATE_FORMAT, HEADING_COLOUR, TABLE_COLUMNS, range } from './layout';
import { isoToDate } from './dates';
import { AS_AT_ROW, live } from './formulas';
import { dayFirst } from './labels';
import { PlanPeriod } from './period';
import { indicatorSection, returnsSection } from './target-sections';
import { completenessSection } from './completeness';

export interface SummarySheetOptions {
  /** The sheet's name (DEFAULT_SHEET_NAMES.Summary unless a user's sheet has it). */
  name: string;
  /**
   * True when "today" is the real date: the As at cell then holds =TODAY(), so overdue and due-soon
   * counts move on by themselves. False (a date fixed for the build) writes the date as a value.
   */
  liveToday?: boolean;
}

/** "Basingstoke and Deane CDRP – PARTNERSHIP PLAN – 2009/10", without saying the partnership twice. */
export function summaryTitle(partnership: string | null, title: string | null): string {
  const p = partnership?.trim() || null;
  const t = title?.trim() || null;
  const name = p && t ? (t.toLowerCase().includes(p.toLowerCase()) ? t : `${p} – ${t}`) : (p ?? t);
  return name ? `Summary: ${name}` : 'Action plan summary';
}

export function periodText(p: PlanPeriod): string {
  if (!p.from || !p.to) return 'Plan period: not stated (no action has a date and the title names no period)';
  const span = `${dayFirst(p.from)} to ${dayFirst(p.to)}`;
  return p.source === 'title' ? `Plan period: ${span} (${p.label}, from the plan's title)` : `Plan period: ${span} (from the actions' dates)`;
}

const COLUMNS: ColumnSpec[] = [
  { width: 44, wrap: true },
  ...Array.from({ length: TABLE_COLUMNS - 1 }, () => ({ width: 13, wrap: true })),
  { width: 2 },
  ...Array.from({ length: CHART_LAST_COLUMN - CHART_FIRST_COLUMN + 1 }, () => ({ width: 10 })),
];

export function summarySheetSpec(figures: SummaryFigures, options: SummarySheetOptions): SheetSpec {
  const out = new Blocks();
  const sheet = options.name;

  out.put([summaryTitle(figures.partnership, figures.title)]);
  out.style({ range: 'A1', bold: true, fontSize: 16, fontColor: HEADING_COLOUR, wrap: false });
  out.put([`${periodText(figures.period)} · Generated ${dayFirst(figures.generated)}`]);
  out.style({ range: 'A2', bold: true, wrap: false });
  const asAt = isoToDate(figures.generated);
  const at = out.put(['As at (overdue and due soon are counted from this date)', options.liveToday ? live('TODAY()', asAt) : asAt]);
  if (at !== AS_AT_ROW) throw new Error(`The As at cell must be on row ${AS_AT_ROW}`);
  out.style({ range: `B${at}`, bold: true, numberFormat: DATE_FORMAT, horizontal: 'center' });
  out.note(
    'Figures from the Actions sheet. The counts in the first two tables are formulas, so they follow edits to Status at once; the lists and other tables are as at the last build. Type updates on the Actions sheet, not here: this sheet is rewritten on every run.',
  );
  out.blank();

  headline(out, figures);
  out.blank();

  const charts: ChartSpec[] = [];
  let chartBottom = 0;
  const byPriority = statusByPriority(out, figures);
  if (byPriority) {
    const n = figures.priorities.length;
    const place = chartPlace(byPriority.heading, Math.max(18, 2 * n + 8));
    charts.push(statusByPriorityChart(sheet, figures.priorities, byPriority.table.first, priorityStatusColumn, place));
    chartBottom = place.bottom;
  }
  out.blank();

  datedSections(out, figures);
  out.blank();

  const agencies = leadAgencySection(out, figures);
  if (agencies) {
    const shown = Math.min(TOP_AGENCIES, figures.agencies.length);
    const place = chartPlace(Math.max(agencies.heading, chartBottom + 2), Math.max(18, Math.ceil(1.6 * shown) + 8));
    charts.push(agencyWorkloadChart(sheet, figures.agencies, agencies.table.first, AGENCY_COLUMNS, place));
    chartBottom = place.bottom;
  }
  out.blank();

  if (completenessSection(out, figures.completeness)) out.blank();

  indicatorSection(out, figures);
  if (figures.returns) {
    out.blank();
    returnsSection(out, figures);
  }

  const lastRow = Math.max(out.rows.length, chartBottom);
  return {
    key: 'Summary',
    name: sheet,
    rows: out.rows,
    columns: COLUMNS,
    styles: out.styles,
    charts,
    freeze: { rows: 2, columns: 0 },
    print: { landscape: true, fitToWidth: true, titleRows: '1:2', area: range(1, 1, lastRow, CHART_LAST_COLUMN) },
    tabColor: HEADING_COLOUR,
    rowHeights: estimateRowHeights({ rows: out.rows, columns: COLUMNS, styles: out.styles }),
  };
}
