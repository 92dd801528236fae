/** Shared steps for the robustness properties: run a use-case on the in-memory Excel or an .xlsx, and check findings. */
import { CellValue, Grid, columnCount, isCellError, parseA1 } from '../../src/core/grid';
import { Finding } from '../../src/core/plan';
import { ExcelHost } from '../../src/excel';
import { FakeExcel, capabilitiesOf, excelRunOf } from '../../src/excel/fake';

export const TODAY = new Date(Date.UTC(2021, 5, 30));
export const SEED = 20240607;

export function excelHostOf(fake: FakeExcel): ExcelHost {
  return new ExcelHost({ run: excelRunOf(fake), capabilities: capabilitiesOf(fake) });
}

/** Every finding names a sheet of the workbook and, when it has a cell, one inside that sheet's used range. */
export function expectLocated(findings: readonly Finding[], grids: readonly Grid[]): void {
  for (const f of findings) {
    const g = grids.find((x) => x.sheet === f.sheet);
    if (!g) throw new Error(`finding ${f.code} names sheet "${f.sheet}", not one of ${grids.map((x) => x.sheet).join(', ')}`);
    if (f.cell === null) continue;
    const at = parseA1(f.cell);
    if (!(at.row >= 1 && at.col >= 1 && at.row <= Math.max(1, g.rows.length) && at.col <= Math.max(1, columnCount(g)))) {
      throw new Error(`finding ${f.code} at ${f.sheet}!${f.cell} lies outside the sheet (${g.rows.length} rows)`);
    }
    if (!f.message || f.message.length < 10) throw new Error(`finding ${f.code} has no sentence`);
  }
}

/** A cell as Excel would give it back: a comparable key, dates as their time, errors as their text. */
function norm(v: CellValue | undefined): unknown {
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date) return `date:${v.getTime()}`;
  if (isCellError(v)) return `error:${v.error}`;
  return v;
}

/** A grid's cells with trailing blanks dropped, for cell-for-cell comparison. */
export function cellsOf(g: Grid): unknown[][] {
  const rows = g.rows.map((r) => {
    const out = r.map(norm);
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}
