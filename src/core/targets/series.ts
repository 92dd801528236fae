import { a1, cellAt, cellText, Grid, isBlank } from '../grid';
import { Period } from '../timescale/period';
import { readNumber, ReadNumber } from './numbers';
import { periodOfCell } from './period-cell';

/** One period of a target table and the value under (or beside) it. */
export interface SeriesPoint {
  period: Period;
  value: ReadNumber | null;
  /** The value's cell, or the period's cell when the value is missing. */
  cell: string;
}

/** A row (or column) of periods with a row (or column) of values: the table under a caption. */
export interface Series {
  points: SeriesPoint[];
  /** The row label ("Total Number of Crimes", "Score Index from Citizens Panel"), if any. */
  label: string | null;
  /** First and last grid rows the table covers. */
  top: number;
  bottom: number;
}

/** Comparable start of a period, whatever type the period module gives it. */
export function periodKey(p: Period): string {
  const s = (p as { start: unknown }).start;
  return s instanceof Date ? s.toISOString().slice(0, 10) : String(s);
}

function ascending(ps: Period[]): boolean {
  for (let i = 1; i < ps.length; i++) if (periodKey(ps[i]) <= periodKey(ps[i - 1])) return false;
  return true;
}

function isNumberCell(grid: Grid, r: number, c: number): ReadNumber | null {
  const v = cellAt(grid, r, c);
  // Under a header, a number is a value even when it looks like a year (2019 crimes).
  if (typeof v !== 'number' && periodOfCell(v)) return null;
  return readNumber(v);
}

function textCell(grid: Grid, r: number, c: number): string | null {
  const v = cellAt(grid, r, c);
  if (typeof v !== 'string' || isBlank(v) || readNumber(v) || periodOfCell(v)) return null;
  return v.replace(/\s+/g, ' ').trim();
}

/** The widest of rows top..bottom: all a search of those rows needs (not a pass over the whole sheet). */
function widthOf(grid: Grid, top: number, bottom: number): number {
  let n = 0;
  for (let r = Math.max(1, top); r <= Math.min(bottom, grid.rows.length); r++) n = Math.max(n, grid.rows[r - 1].length);
  return n;
}

/**
 * Periods across a row, values in a row below: seed 001's layout, with the label either left of
 * the values or left of the periods, and the values allowed to sit one column off the periods.
 */
export function horizontalSeries(grid: Grid, top: number, bottom: number): Series | null {
  // Values (and their label) sit at most three rows below the periods.
  const width = widthOf(grid, top, bottom + 3);
  for (let r = top; r <= bottom; r++) {
    const cols: { col: number; period: Period }[] = [];
    for (let c = 1; c <= width; c++) {
      const p = periodOfCell(cellAt(grid, r, c));
      if (p) cols.push({ col: c, period: p });
    }
    if (cols.length < 2 || !ascending(cols.map((x) => x.period))) continue;
    for (let v = r + 1; v <= Math.min(bottom + 2, r + 3); v++) {
      let best: { shift: number; hits: number } | null = null;
      for (const shift of [0, 1, -1, 2, -2]) {
        const hits = cols.filter((x) => x.col + shift >= 1 && isNumberCell(grid, v, x.col + shift)).length;
        if (hits >= 2 && (!best || hits > best.hits)) best = { shift, hits };
      }
      if (!best) continue;
      const shift = best.shift;
      const points = cols.map((x) => {
        const col = x.col + shift;
        const value = col >= 1 ? isNumberCell(grid, v, col) : null;
        return { period: x.period, value, cell: a1(value ? v : r, value ? col : x.col) };
      });
      let label: string | null = null;
      for (let c = 1; c <= width && !label; c++) label = textCell(grid, v, c);
      for (let c = 1; c <= width && !label; c++) label = textCell(grid, r, c);
      return { points, label, top: r, bottom: v };
    }
  }
  return null;
}

/** Periods down a column with values beside them: the same table transposed. */
export function verticalSeries(grid: Grid, top: number, bottom: number): Series | null {
  // A run of periods may go on up to 12 rows past the window.
  const width = widthOf(grid, top, bottom + 12);
  for (let c = 1; c <= width; c++) {
    for (let r = top; r <= bottom; r++) {
      const run: { row: number; period: Period }[] = [];
      for (let rr = r; rr <= bottom + 12; rr++) {
        const p = periodOfCell(cellAt(grid, rr, c));
        if (!p) break;
        run.push({ row: rr, period: p });
      }
      if (run.length < 2 || !ascending(run.map((x) => x.period))) continue;
      for (let vc = c + 1; vc <= Math.min(width, c + 4); vc++) {
        const hits = run.filter((x) => isNumberCell(grid, x.row, vc)).length;
        if (hits < 2) continue;
        const points = run.map((x) => {
          const value = isNumberCell(grid, x.row, vc);
          return { period: x.period, value, cell: a1(x.row, value ? vc : c) };
        });
        const above = run[0].row - 1;
        const label = above >= 1 ? (textCell(grid, above, vc) ?? null) : null;
        return { points, label, top: above >= top && label ? above : run[0].row, bottom: run[run.length - 1].row };
      }
      r += run.length - 1;
    }
  }
  return null;
}

/** The text of the only non-blank cell of a row, with its column; null when the row holds more. */
export function soleText(grid: Grid, row: number): { col: number; text: string } | null {
  const cells = grid.rows[row - 1] ?? [];
  let found: { col: number; text: string } | null = null;
  for (let c = 0; c < cells.length; c++) {
    if (isBlank(cells[c])) continue;
    if (found || typeof cells[c] !== 'string') return null;
    found = { col: c + 1, text: cellText(cells[c]) };
  }
  return found;
}
