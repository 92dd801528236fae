import { CellValue, Grid } from '../../../src/core/grid';
import { isLinkValue, SheetSpec } from '../../../src/core/sheets/spec';

/** A written sheet as the hosts read it back: values only, links as their text, marked as ours. */
export function specToGrid(spec: SheetSpec, generated = true): Grid {
  const rows: CellValue[][] = spec.rows.map((r) => r.map((v) => (isLinkValue(v) ? v.text : (v as CellValue))));
  return { sheet: spec.name, rows, merges: [], generated };
}

/** Sets a cell of a grid (1-based), as a person typing into the sheet. */
export function typeInto(grid: Grid, row: number, col: number, v: CellValue): Grid {
  const rows = grid.rows.map((r) => [...r]);
  while (rows.length < row) rows.push([]);
  while (rows[row - 1].length < col) rows[row - 1].push(null);
  rows[row - 1][col - 1] = v;
  return { ...grid, rows };
}
