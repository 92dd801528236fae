import { Grid, cellText } from '../grid';
import { datesInText, parseTimescale } from '../timescale';
import { HeaderMap } from './header';
import { MergeIndex } from './merge-index';
import { parseRefCell } from './reference';
import { readsAsLead } from '../people/split';

/** A header that names dates among other things: "Output target and date(s)", "Outcome / when". */
const NAMES_DATES = /\b(dates?|when|deadlines?|timescales?|timeframes?)\b/i;
/** Dates that are not when an action is due: "Date raised", "Start date", "Last reviewed". */
const NOT_DUE = /\b(raised|added|opened|agreed|updated|start|started|began|begun|reviewed|last|logged|received)\b/i;
/** Share of a column's filled cells that must read as timescales for the column to be one. */
const MOSTLY = 0.6;

/** A cell that reads as a timescale on its own ("June 2002", "Ongoing") or points at a date ("by June 2002"). */
function readsAsTimescale(text: string): boolean {
  const t = text.trim();
  if (datesInText(t)) return true;
  // On its own a timescale is short: "Reduce incidents from the baseline year (2007/08)" is a measure.
  if (t.length > 30) return false;
  const k = parseTimescale(t).kind;
  return k === 'dated' || k === 'ongoing' || k === 'recurring';
}

/** A part or section of an Act ("Part 1", "s.17", "Section 17(1)"), or an Act itself ("Children (Scotland) Act 1995"). */
const LEGISLATION = /^(?:(?:part|section|s\.|chapter|schedule|article|regulation)\s*\d+[a-z]?(?:\s*\(\d+\))?|.*\b(?:act|regulations|order)\s+(?:19|20)\d{2}\b.*)$/i;

/** A cell that only cites the law, line by line: never a priority, however its column is headed. */
function citesLegislation(text: string): boolean {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length > 0 && lines.every((l) => LEGISLATION.test(l));
}

/** Share of a column's filled cells (at least two) that cite legislation. */
function legislationShare(grid: Grid, merges: MergeIndex, col: number, top: number, bottom: number): number {
  let filled = 0;
  let cites = 0;
  for (let r = top; r <= bottom; r++) {
    if (merges.isCovered(r, col)) continue;
    const t = cellText(grid.rows[r - 1]?.[col - 1] ?? null).trim();
    if (!t) continue;
    filled++;
    if (citesLegislation(t)) cites++;
  }
  return filled >= 2 ? cites / filled : 0;
}

/**
 * A priority column whose cells mostly cite the law ("Priority Area & key links with legislation":
 * "Part 1", "Education (Scotland) Act 1980") names no priority: the priority comes from the
 * plan's title, headings or name instead.
 */
function legislationNotPriority(grid: Grid, merges: MergeIndex, h: HeaderMap, bottom: number): void {
  const c = h.shared.priority;
  if (c !== undefined && legislationShare(grid, merges, c, h.row + 1, bottom) >= MOSTLY) delete h.shared.priority;
}

function share(grid: Grid, merges: MergeIndex, col: number, top: number, bottom: number): number {
  let filled = 0;
  let dated = 0;
  for (let r = top; r <= bottom; r++) {
    if (merges.isCovered(r, col)) continue;
    const v = grid.rows[r - 1]?.[col - 1];
    if (v === null || v === undefined) continue;
    if (v instanceof Date) {
      filled++;
      dated++;
      continue;
    }
    const t = cellText(v).trim();
    if (!t) continue;
    filled++;
    if (readsAsTimescale(t)) dated++;
  }
  return filled >= 2 && dated / filled >= MOSTLY ? dated / filled : 0;
}

function refShare(grid: Grid, merges: MergeIndex, col: number, top: number, bottom: number): number {
  let filled = 0;
  let refs = 0;
  for (let r = top; r <= bottom; r++) {
    if (merges.isCovered(r, col)) continue;
    const t = cellText(grid.rows[r - 1]?.[col - 1] ?? null).trim();
    if (!t) continue;
    filled++;
    if (parseRefCell(t)) refs++;
  }
  return filled >= 2 ? refs / filled : 0;
}

function leadShare(grid: Grid, merges: MergeIndex, col: number, top: number, bottom: number): number {
  let filled = 0;
  let leads = 0;
  for (let r = top; r <= bottom; r++) {
    if (merges.isCovered(r, col)) continue;
    const v = grid.rows[r - 1]?.[col - 1] ?? null;
    if (v instanceof Date) return 0;
    const t = cellText(v).trim();
    if (!t) continue;
    filled++;
    if (readsAsLead(t) && !readsAsTimescale(t) && !parseRefCell(t)) leads++;
  }
  return filled >= 1 ? leads / filled : 0;
}

/**
 * A table with no lead column whose unheaded column beside the action holds, in most of its cells,
 * only agencies and people ("WCAVA, EQUIP, Faiths Forums", "Prevent Officer – Geoff Thomas"): that
 * column is the lead. Only a header already read as a plan's (an action and another field) is
 * looked at, so a random table gains nothing.
 */
function unheadedLeadColumn(grid: Grid, merges: MergeIndex, h: HeaderMap, bottom: number): void {
  if (h.groups.length !== 1 || h.shared.lead !== undefined) return;
  const g = h.groups[0];
  const action = g.columns.action;
  if (action === undefined || g.columns.lead !== undefined || g.more?.lead?.length) return;
  const used = new Set<number>([...Object.values(h.shared), ...Object.values(g.columns)]);
  for (const c of [action + 1, action - 1]) {
    if (c < 1 || used.has(c) || cellText(grid.rows[h.row - 1]?.[c - 1] ?? null).trim()) continue;
    if (leadShare(grid, merges, c, h.row + 1, bottom) >= MOSTLY) {
      g.columns.lead = c;
      return;
    }
  }
}

/**
 * Column roles from content, for tables whose header names no timescale column. A column whose
 * cells mostly read as timescales is the timescale column whatever its header says; when that
 * column is the measure column ("Output target and date(s)": "Programmes in schools by September
 * 2002"), or its header names dates, it stays the measure and its dates give the due dates
 * (`datesFrom`). Mutates the header maps.
 */
export function assignColumnsByContent(grid: Grid, merges: MergeIndex, headers: HeaderMap[]): void {
  headers.forEach((h, i) => {
    const bottomOfTable = Math.min(grid.rows.length, i + 1 < headers.length ? headers[i + 1].firstRow - 1 : grid.rows.length);
    unheadedLeadColumn(grid, merges, h, bottomOfTable);
    legislationNotPriority(grid, merges, h, bottomOfTable);
    if (h.shared.timescale !== undefined) return;
    const top = h.row + 1;
    const bottom = Math.min(grid.rows.length, i + 1 < headers.length ? headers[i + 1].firstRow - 1 : grid.rows.length);
    if (bottom < top) return;
    const used = new Set<number>([...Object.values(h.shared)]);
    for (const g of h.groups) {
      for (const c of Object.values(g.columns)) used.add(c);
      for (const cs of Object.values(g.more ?? {})) for (const c of cs ?? []) used.add(c);
    }
    // An unheaded column before the action column whose cells are references ("1a", "1b", "1d*") is the ref column.
    if (h.groups.length === 1 && h.groups[0].columns.ref === undefined && h.shared.ref === undefined) {
      const g = h.groups[0];
      for (let c = 1; c < (g.columns.action ?? 0); c++) {
        if (used.has(c) || cellText(grid.rows[h.row - 1]?.[c - 1] ?? null).trim()) continue;
        if (refShare(grid, merges, c, top, bottom) >= MOSTLY) {
          g.columns.ref = c;
          used.add(c);
          break;
        }
      }
    }
    for (const g of h.groups) {
      if (g.columns.timescale !== undefined) continue;
      // A column with no role, or a progress column, whose cells are timescales (single tables only).
      if (h.groups.length === 1) {
        const width = Math.max(0, ...grid.rows.slice(top - 1, bottom).map((r) => r.length));
        let best = 0;
        let bestCol: number | undefined;
        for (let c = 1; c <= width; c++) {
          const free = !used.has(c) || g.columns.progress === c;
          if (!free || NOT_DUE.test(cellText(grid.rows[h.row - 1]?.[c - 1] ?? null))) continue;
          const s = share(grid, merges, c, top, bottom);
          if (s > best) [best, bestCol] = [s, c];
        }
        if (bestCol !== undefined) {
          if (g.columns.progress === bestCol) delete g.columns.progress;
          g.columns.timescale = bestCol;
          continue;
        }
      }
      const m = g.columns.measure;
      if (m === undefined) continue;
      if (NAMES_DATES.test(h.labels.get(m) ?? '') || share(grid, merges, m, top, bottom) > 0) g.datesFrom = m;
    }
  });
}
