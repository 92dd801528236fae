import { CellValue, Grid, RangeRef, cellAt } from '../grid';

/** Constant-time lookup of the merged area a cell belongs to (a sheet may hold thousands of merges). */
export class MergeIndex {
  private readonly byCell = new Map<number, RangeRef>();

  constructor(grid: Grid) {
    for (const m of grid.merges) {
      // Cap pathological merges (a whole column) so indexing stays bounded.
      const bottom = Math.min(m.bottom, m.top + 5000);
      const right = Math.min(m.right, m.left + 200);
      for (let r = m.top; r <= bottom; r++) for (let c = m.left; c <= right; c++) this.byCell.set(r * 20000 + c, m);
    }
  }

  at(row: number, col: number): RangeRef | undefined {
    return this.byCell.get(row * 20000 + col);
  }

  /** The value a person sees in a cell: a merged area shows its top-left value everywhere. */
  valueAt(grid: Grid, row: number, col: number): CellValue {
    const m = this.at(row, col);
    return m ? cellAt(grid, m.top, m.left) : cellAt(grid, row, col);
  }

  /** True when the cell is inside a merge but not its top-left cell. */
  isCovered(row: number, col: number): boolean {
    const m = this.at(row, col);
    return !!m && (m.top !== row || m.left !== col);
  }
}
