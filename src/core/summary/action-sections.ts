/**
 * The Summary's action blocks: headline counts, status by priority, overdue and due soon, and
 * lead agencies. Status headers and status cells carry their BRAG word as well as the fill.
 */
import { BRAG_COLOURS, Brag } from '../plan';
import { SpecValue } from '../sheets/spec';
import { DatedAction, SummaryFigures } from './figures';
import { isoToDate } from './dates';
import { Blocks, TablePlace, range } from './layout';
import { STATUS_KEYS, StatusKey, bragOf, dayFirst, plural, statusLabel } from './labels';
import { allActions, dueWithin, live, overdue as overdueCount, withStatus } from './formulas';
import { columnLetters } from '../grid';

/** Fill and font of a BRAG cell; the caller has already written the word into it. */
export function bragStyle(b: Brag, r: string) {
  return { range: r, fill: BRAG_COLOURS[b].fill, fontColor: BRAG_COLOURS[b].font };
}

/** Colours the status header cells of a table whose status columns start at `firstCol`. */
function colourStatusHeaders(out: Blocks, headerRow: number, firstCol: number): void {
  STATUS_KEYS.forEach((k, i) => {
    const b = bragOf(k);
    if (b) out.style(bragStyle(b, range(headerRow, firstCol + i)));
  });
}

/** Column of status k in the status-by-priority table (B..H). */
export function priorityStatusColumn(k: StatusKey): number {
  return 2 + STATUS_KEYS.indexOf(k);
}

/**
 * Status counts of one row as live cells from column `first`: a COUNTIFS per status, and "No
 * status" as the row's total less the others (LibreOffice and Excel disagree on counting blanks).
 */
function statusCells(row: number, first: number, totalCol: number, priority: string | null, counts: Record<StatusKey, number>): SpecValue[] {
  const L = columnLetters;
  return STATUS_KEYS.map((k, i) => (k === 'No status' ? live(`${L(totalCol)}${row}-SUM(${L(first)}${row}:${L(first + i - 1)}${row})`, counts[k]) : live(withStatus(k, priority), counts[k])));
}

/** Headline: how many actions, in each status, and overdue; live over the Actions table. */
export function headline(out: Blocks, f: SummaryFigures): void {
  out.heading('Actions at a glance');
  const share = (n: number): number | null => (f.actions > 0 ? n / f.actions : null);
  const overdue = f.overdue.length;
  const n = out.next + 1;
  const t = out.table(
    ['', 'All actions', ...STATUS_KEYS.map(statusLabel), 'Overdue'],
    [
      ['Number of actions', live(allActions(null), f.actions), ...statusCells(n, 3, 2, null, f.byStatus), live(overdueCount(), overdue)],
      ['Share of all actions', ...[f.actions, ...STATUS_KEYS.map((k) => f.byStatus[k]), overdue].map((v, i) => live(`IF($B$${n}=0,"",${columnLetters(2 + i)}${n}/$B$${n})`, share(v)))],
    ],
    { centred: [2, 3, 4, 5, 6, 7, 8, 9, 10] },
  );
  colourStatusHeaders(out, t.header, 3);
  out.style({ range: range(t.last, 2, t.last, 10), numberFormat: '0%' });
  out.style({ range: range(t.first, 10, t.last, 10), bold: true });

  // One live sentence, worded so no count needs a plural.
  const soon = `Open actions: ${overdue} overdue; ${f.dueWithin30.length} due in the next 30 days; ${f.due31To90.length} due in 31 to 90 days.`;
  const r = out.note(soon, false);
  out.rows[r - 1][0] = live(`"Open actions: "&$J$${n}&" overdue; "&${dueWithin(0, 30)}&" due in the next 30 days; "&${dueWithin(31, 90)}&" due in 31 to 90 days."`, soon);
  if (f.openUndated > 0) out.note(`${plural(f.openUndated, 'open action')} ${f.openUndated === 1 ? 'has' : 'have'} no due date, so cannot be judged overdue.`);
  const ind = f.indicators;
  if (ind.rows.length > 0) {
    const parts = [`${ind.on} of ${ind.rows.length} on trajectory (Green)`];
    if (ind.tolerance) parts.push(`${ind.tolerance} off trajectory but within tolerance (Amber)`);
    if (ind.off) parts.push(`${ind.off} off trajectory (Red)`);
    if (ind.notAssessed) parts.push(`${ind.notAssessed} not yet assessed`);
    out.note(`Targets: ${parts.join(', ')}.`, false);
  }
  if (f.returns) out.note(`Partner returns: ${f.returns.received} received, ${f.returns.complete} complete, ${f.returns.incomplete} incomplete.`, false);
}

/** Status by priority; returns where the priority rows are (for the chart), or null when there are none. */
export function statusByPriority(out: Blocks, f: SummaryFigures): { heading: number; table: TablePlace } | null {
  const heading = out.heading('Actions by priority and status');
  if (f.priorities.length === 0) {
    out.note('The plan has no actions yet.');
    return null;
  }
  const first = out.next + 1;
  const body: SpecValue[][] = f.priorities.map((p, i) => [
    p.priority,
    ...statusCells(first + i, 2, 9, p.priority, p.byStatus),
    live(allActions(p.priority), p.total),
    live(overdueCount(p.priority), p.overdue),
  ]);
  const last = first + f.priorities.length - 1;
  const sum = (c: number) => `SUM(${columnLetters(c)}${first}:${columnLetters(c)}${last})`;
  body.push(['All priorities', ...STATUS_KEYS.map((k, i) => live(sum(2 + i), f.byStatus[k])), live(sum(9), f.actions), live(sum(10), f.overdue.length)]);
  const table = out.table(['Priority', ...STATUS_KEYS.map(statusLabel), 'Total', 'Overdue'], body, { centred: [2, 3, 4, 5, 6, 7, 8, 9, 10], totalRow: true });
  colourStatusHeaders(out, table.header, 2);
  return { heading, table: { ...table, last: table.last - 1 } };
}

function datedTable(out: Blocks, list: readonly DatedAction[], daysHeader: string): void {
  const t = out.table(
    ['Action', 'Ref', 'Priority', 'Lead agency', 'Due', daysHeader, 'Status'],
    list.map((d) => [d.action, d.ref ?? '(no ref)', d.priority, d.leadAgency, isoToDate(d.due), d.days, statusLabel(d.status)]),
    { centred: [2, 6], dates: [5] },
  );
  list.forEach((d, i) => {
    const b = bragOf(d.status);
    if (b) out.style(bragStyle(b, range(t.first + i, 7)));
  });
}

/**
 * How many actions a dated list shows: a committee reads the oldest and nearest; the rest are a
 * filter away on the Actions sheet, and the heading still gives the full count.
 */
export const LISTED_AT_MOST = 50;

function datedList(out: Blocks, list: SummaryFigures['overdue'], daysHeader: string, what: string): void {
  datedTable(out, list.slice(0, LISTED_AT_MOST), daysHeader);
  if (list.length > LISTED_AT_MOST) out.note(`The first ${LISTED_AT_MOST} of ${list.length} ${what} are listed; filter the Actions sheet on Due and Status for the rest.`);
}

/** Overdue, then due within 30 days, then due in 31 to 90 days; each says so in words when empty. */
export function datedSections(out: Blocks, f: SummaryFigures): void {
  out.heading(`Overdue actions (${f.overdue.length})`);
  if (f.overdue.length === 0) out.note('No actions are overdue.');
  else datedList(out, f.overdue, 'Days overdue', 'overdue actions (oldest first)');
  if (f.openUndated > 0) out.note(`${plural(f.openUndated, 'open action')} ${f.openUndated === 1 ? 'has' : 'have'} no due date and ${f.openUndated === 1 ? 'is' : 'are'} not listed here.`);
  out.blank();

  const w30 = f.windows.within30;
  out.heading(`Due in the next 30 days, ${dayFirst(w30.from)} to ${dayFirst(w30.to)} (${f.dueWithin30.length})`);
  if (f.dueWithin30.length === 0) out.note('No open actions are due in the next 30 days.');
  else datedList(out, f.dueWithin30, 'Days to go', 'actions due in the next 30 days');
  out.blank();

  const w90 = f.windows.from31To90;
  out.heading(`Due in 31 to 90 days, ${dayFirst(w90.from)} to ${dayFirst(w90.to)} (${f.due31To90.length})`);
  if (f.due31To90.length === 0) out.note('No open actions are due in 31 to 90 days.');
  else datedList(out, f.due31To90, 'Days to go', 'actions due in 31 to 90 days');
}

/** Column of Actions and Overdue in the lead agency table. */
export const AGENCY_COLUMNS = { actions: 2, overdue: 3 } as const;

/** Lead agencies, busiest first; returns where the agency rows are, or null when there are none. */
export function leadAgencySection(out: Blocks, f: SummaryFigures): { heading: number; table: TablePlace } | null {
  const heading = out.heading('Actions by lead agency');
  if (f.agencies.length === 0) {
    out.note('No actions, so no lead agencies.');
    return null;
  }
  out.note('An action led jointly counts once for each agency its lead names.');
  const table = out.table(
    ['Lead agency', 'Actions', 'Overdue', ...STATUS_KEYS.map(statusLabel)],
    f.agencies.map((a) => [a.agency, a.actions, a.overdue, ...STATUS_KEYS.map((k) => a.byStatus[k])]),
    { centred: [2, 3, 4, 5, 6, 7, 8, 9, 10] },
  );
  colourStatusHeaders(out, table.header, 4);
  return { heading, table };
}
