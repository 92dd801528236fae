import { Grid, cellAt, cellText, columnCount } from '../grid';
import { assignColumnsByContent } from './columns';
import { MergeIndex } from './merge-index';
import { Field, headerField } from './vocabulary';

/** One group of columns that together describe an action (one per strand in a wide layout). */
export interface ColumnGroup {
  /** Strand name from a group header (PREVENTION -> "Prevention"), or null for a plain table. */
  strand: string | null;
  columns: Partial<Record<Field, number>>;
  /** Further columns of the same field ("Lead officer" and "Lead agency"): read as more lines of it. */
  more?: Partial<Record<Field, number[]>>;
  /**
   * With no timescale column: the measure column whose text carries the due dates ("Output target
   * and date(s)": "Programmes in schools by September 2002"). Its header names dates, or its cells
   * mostly do.
   */
  datesFrom?: number;
  /**
   * The ref column was found as an unbroken run 1, 2, 3 ... beside the actions (a checklist with no
   * lead or date columns): a bare number there is an action's reference, not a section's.
   */
  numbered?: boolean;
}

/** How one header maps the columns below it. */
export interface HeaderMap {
  /** 1-based row of the (last) header row; data starts below it. */
  row: number;
  /** First header row (differs from row for two-level headers). */
  firstRow: number;
  /** Columns shared by every group (priority, theme, ...). */
  shared: Partial<Record<Field, number>>;
  groups: ColumnGroup[];
  /** Header text per column, for messages. */
  labels: Map<number, string>;
}

interface RowMatch {
  fields: Map<number, Field>;
  actionCount: number;
}

function matchRow(grid: Grid, row: number, width: number): RowMatch {
  const fields = new Map<number, Field>();
  let actionCount = 0;
  const r = grid.rows[row - 1] ?? [];
  for (let c = 1; c <= Math.min(width, r.length); c++) {
    const v = r[c - 1];
    if (typeof v !== 'string') continue;
    const f = headerField(v);
    if (f) {
      fields.set(c, f);
      if (f === 'action') actionCount++;
    }
  }
  // A scrutiny action plan: "Recommendation" beside "Proposed action" is one action and the response
  // to it, not two strands. The recommendation is the action; the response is its progress note.
  const recommendation = [...fields].find(([c, f]) => f === 'action' && /^\W*recommendation/i.test(String(r[c - 1]).replace(/^\W*scrutiny\s+/i, '')));
  if (recommendation && actionCount > 1) {
    const hasProgress = [...fields.values()].includes('progress');
    for (const [c, f] of [...fields]) {
      if (f !== 'action' || c === recommendation[0]) continue;
      if (hasProgress) fields.delete(c);
      else fields.set(c, 'progress');
      actionCount--;
    }
  }
  return { fields, actionCount };
}

/** A row is a header when it names an action column and at least one more field (lead, measure, timescale, ref). */
function isHeaderRow(m: RowMatch): boolean {
  if (m.actionCount === 0) return false;
  const kinds = new Set(m.fields.values());
  const others = ['lead', 'measure', 'timescale', 'ref', 'status'].filter((f) => kinds.has(f as Field)).length;
  return others >= 1 && kinds.size >= 2;
}

function titleCase(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  if (t !== t.toUpperCase()) return t;
  return t.toLowerCase().replace(/(^|[\s/&(-])([a-z])/g, (_, p, c) => p + c.toUpperCase());
}

/**
 * Finds every header row in a sheet, wherever it is, and how its columns map to fields.
 * Two-level headers (a group row such as PREVENTION / ENFORCEMENT / INTELLIGENCE over repeated
 * ACTION / OWNER / MEASUREMENT) become one column group per strand.
 */
export function findHeaders(grid: Grid, merges: MergeIndex): HeaderMap[] {
  const width = columnCount(grid);
  const out: HeaderMap[] = [];
  for (let row = 1; row <= grid.rows.length; row++) {
    const m = matchRow(grid, row, width);
    let numberedRef: number | null = null;
    if (!isHeaderRow(m)) {
      // "Action required" over a numbered list ("1", "2", "3" in a column of its own): a checklist
      // plan with no lead or date columns. The numbering makes it a plan, not any table with an
      // "Action" heading.
      const numbered = m.actionCount === 1 ? numberedColumn(grid, merges, row, [...m.fields].find(([, f]) => f === 'action')![0], m) : null;
      if (numbered === null) continue;
      m.fields.set(numbered, 'ref');
      numberedRef = numbered;
    }
    const labels = new Map<number, string>();
    for (const c of m.fields.keys()) labels.set(c, cellText(cellAt(grid, row, c)).trim());
    if (m.actionCount > 1) {
      out.push(twoLevel(grid, merges, row, m, labels));
    } else {
      const shared: Partial<Record<Field, number>> = {};
      const more: Partial<Record<Field, number[]>> = {};
      for (const [c, f] of m.fields) {
        if (shared[f] === undefined) shared[f] = c;
        else if (f === 'lead' || f === 'measure') (more[f] ??= []).push(c);
      }
      // A priority header sitting in the row above (merged downwards, or stacked words) still counts.
      addHeadersFromRowAbove(grid, row, shared, labels);
      const { priority, theme, strand, ...columns } = shared;
      out.push({
        row,
        firstRow: row,
        shared: { ...(priority !== undefined ? { priority } : {}), ...(theme !== undefined ? { theme } : {}), ...(strand !== undefined ? { strand } : {}) },
        groups: [{ strand: null, columns, ...(Object.keys(more).length ? { more } : {}), ...(numberedRef !== null ? { numbered: true } : {}) }],
        labels,
      });
    }
  }
  assignColumnsByContent(grid, merges, out);
  return out;
}

/** How many numbered rows a checklist needs below its header to be read as a plan. */
const NUMBERED_ROWS = 3;

/**
 * A column left of the action column, with no field of its own, whose header cell is blank or merged
 * across into its neighbour, and whose cells below run 1, 2, 3 ... (at least NUMBERED_ROWS, each
 * beside an action). The run stops at the first row that breaks it.
 */
function numberedColumn(grid: Grid, merges: MergeIndex, row: number, actionCol: number, m: RowMatch): number | null {
  for (let c = 1; c < actionCol; c++) {
    if (m.fields.has(c) || merges.isCovered(row, c)) continue;
    const head = cellText(cellAt(grid, row, c)).trim();
    const merge = merges.at(row, c);
    if (head && !(merge && merge.right > c)) continue;
    let expected = 1;
    for (let r = row + 1; r <= grid.rows.length; r++) {
      const n = Number(cellText(cellAt(grid, r, c)).trim());
      const action = cellText(cellAt(grid, r, actionCol)).trim();
      if (n !== expected || !action) break;
      expected++;
    }
    if (expected - 1 >= NUMBERED_ROWS) return c;
  }
  return null;
}

function addHeadersFromRowAbove(grid: Grid, row: number, shared: Partial<Record<Field, number>>, labels: Map<number, string>): void {
  if (row < 2) return;
  const r = grid.rows[row - 2] ?? [];
  for (let c = 1; c <= r.length; c++) {
    if (labels.has(c)) continue;
    const v = r[c - 1];
    if (typeof v !== 'string') continue;
    const f = headerField(v);
    if ((f === 'priority' || f === 'theme') && shared[f] === undefined && cellAt(grid, row, c) === null) {
      shared[f] = c;
      labels.set(c, v.trim());
    }
  }
}

function twoLevel(grid: Grid, merges: MergeIndex, row: number, m: RowMatch, labels: Map<number, string>): HeaderMap {
  const groupRow = row - 1;
  const shared: Partial<Record<Field, number>> = {};
  const groups: ColumnGroup[] = [];
  let current: ColumnGroup | null = null;
  const cols = [...m.fields.keys()].sort((a, b) => a - b);
  for (const c of cols) {
    const f = m.fields.get(c)!;
    if (f === 'action') {
      const name = groupRow >= 1 ? cellText(merges.valueAt(grid, groupRow, c)).trim() : '';
      current = { strand: name ? titleCase(name) : null, columns: { action: c } };
      groups.push(current);
    } else if (current && current.columns[f] === undefined && f !== 'priority' && f !== 'theme') {
      current.columns[f] = c;
    } else if (!current && shared[f] === undefined) {
      shared[f] = c;
    }
  }
  // Columns before the first group whose header sits on the group row (CATEGORY | REASON above blanks).
  if (groupRow >= 1) {
    const first = groups.length ? groups[0].columns.action! : Infinity;
    const r = grid.rows[groupRow - 1] ?? [];
    for (let c = 1; c < Math.min(first, r.length + 1); c++) {
      const v = r[c - 1];
      if (typeof v !== 'string') continue;
      const f = headerField(v);
      if (f && shared[f] === undefined) {
        shared[f] = c;
        labels.set(c, v.trim());
      }
    }
  }
  // Fields a group lacks but another has in the same relative place are left out: never guessed.
  return { row, firstRow: Math.max(1, groupRow), shared, groups, labels };
}
