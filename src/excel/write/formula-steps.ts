/// <reference types="office-js" />
import { isFormulaValue, SheetSpec } from '../../core/sheets/spec';
import { blockAddress, jsonBytes } from '../cells';
import { renameTablesInFormula } from '../formula-refs';
import { Step } from './batcher';

const OVERHEAD = 200;

/**
 * The sheet's live cells through Range.formulas, after every table of the build exists (a formula
 * naming a table Excel does not have is refused). Tables are named by their temporary build names
 * (`tables`: spec name -> temporary name); renaming them at the swap rewrites the formulas. Values
 * were written first with the cached figures, so a failed build never leaves a formula half-written.
 * Rows with formulas go in blocks over the columns that hold them (null leaves a cell as it is), sized
 * by bytes like the value blocks.
 */
export function formulaSteps(spec: SheetSpec, sheet: () => Excel.Worksheet, tables: ReadonlyMap<string, string>): Step[] {
  const rows: { row: number; left: number; cells: (string | null)[]; bytes: number }[] = [];
  spec.rows.forEach((src, r) => {
    let left = -1;
    let right = -1;
    src.forEach((v, c) => {
      if (isFormulaValue(v)) {
        if (left < 0) left = c;
        right = c;
      }
    });
    if (left < 0) return;
    const cells = src.slice(left, right + 1).map((v) => (isFormulaValue(v) ? `=${renameTablesInFormula(v.formula, tables)}` : null));
    rows.push({ row: r + 1, left: left + 1, cells, bytes: jsonBytes(cells) + 1 });
  });
  const out: Step[] = [];
  // A block is consecutive rows sharing their first column and width, up to the budget.
  const make = (from: number, to: number): Step => {
    const part = rows.slice(from, to);
    const bytes = OVERHEAD + part.reduce((n, r) => n + r.bytes, 0);
    return {
      bytes,
      queue() {
        const range = sheet().getRange(blockAddress(part[0].row, part[0].left, part.length, part[0].cells.length));
        range.formulas = part.map((r) => r.cells) as unknown as string[][];
      },
      split(): Step[] {
        if (to - from <= 1) return [this];
        const mid = from + Math.floor((to - from) / 2);
        return [make(from, mid), make(mid, to)];
      },
    };
  };
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    const prev = rows[i - 1];
    const cur = rows[i];
    if (!cur || cur.row !== prev.row + 1 || cur.left !== rows[start].left || cur.cells.length !== rows[start].cells.length) {
      out.push(make(start, i));
      start = i;
    }
  }
  return out;
}
