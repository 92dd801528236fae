import { CellValue } from './cell';
import { RangeRef } from './address';

/**
 * One worksheet's used cells, anchored at A1: rows[r][c] is the cell at row r+1, column c+1.
 * Rows may be ragged (short rows mean blanks to the right).
 */
export interface Grid {
  readonly sheet: string;
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** Merged areas, 1-based inclusive. The value sits in the top-left cell; the others read as null. */
  readonly merges: ReadonlyArray<RangeRef>;
  /** True when the sheet carries SaferPlan's mark (a sheet we generated). */
  readonly generated?: boolean;
  /** Hidden or very hidden sheets are still read, but never treated as the plan when a visible one exists. */
  readonly hidden?: boolean;
  /**
   * Solid fill colours as '#RRGGBB', laid out like rows (fills[r][c] is the cell at row r+1, column
   * c+1); absent when the host could not read fills, null or missing for a cell with no fill.
   */
  readonly fills?: ReadonlyArray<ReadonlyArray<string | null | undefined> | undefined>;
}

/** The solid fill of a cell ('#RRGGBB'), or null. */
export function fillAt(grid: Grid, row: number, col: number): string | null {
  return grid.fills?.[row - 1]?.[col - 1] ?? null;
}

export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.rows[row - 1];
  if (!r) return null;
  const v = r[col - 1];
  return v === undefined ? null : v;
}

export function rowCount(grid: Grid): number {
  return grid.rows.length;
}

export function columnCount(grid: Grid): number {
  let n = 0;
  for (const r of grid.rows) if (r.length > n) n = r.length;
  return n;
}

/** The merged area a cell belongs to, if any. */
export function mergeAt(grid: Grid, row: number, col: number): RangeRef | undefined {
  for (const m of grid.merges) {
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
  }
  return undefined;
}

/** A value for a cell, following a merge back to its top-left cell. */
export function mergedValue(grid: Grid, row: number, col: number): CellValue {
  const m = mergeAt(grid, row, col);
  return m ? cellAt(grid, m.top, m.left) : cellAt(grid, row, col);
}

/** A workbook with no sheets, or none holding a single cell. */
export function isEmptyWorkbook(grids: readonly Grid[]): boolean {
  return grids.every((g) => g.rows.length === 0);
}

export function makeGrid(sheet: string, rows: CellValue[][], merges: RangeRef[] = []): Grid {
  return { sheet, rows, merges };
}
