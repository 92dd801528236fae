/// <reference types="office-js" />
import { isFormulaValue, SheetSpec, shownValue } from '../../core/sheets/spec';
import { blockAddress, DATE_FORMAT, jsonBytes, wireValue } from '../cells';
import { Step } from './batcher';

/** Bytes a request spends naming the range and the operation, besides the arrays. */
const OVERHEAD = 200;

/**
 * The sheet's values as 2-D blocks of whole rows, with number formats alongside where any cell
 * needs one (column formats below the header, dates). Blocks are sized by their serialised length
 * so a request stays under Excel on the web's limit however long the texts are.
 */
export function valueSteps(spec: SheetSpec, sheet: () => Excel.Worksheet): Step[] {
  const rowCount = spec.rows.length;
  if (rowCount === 0) return [];
  const width = Math.max(1, ...spec.rows.map((r) => r.length));
  const values: (string | number | boolean)[][] = [];
  const formats: string[][] = [];
  const rowBytes: number[] = [];
  const rowNeedsFormat: boolean[] = [];
  for (let r = 0; r < rowCount; r++) {
    const src = spec.rows[r];
    const vals: (string | number | boolean)[] = [];
    const nfs: string[] = [];
    let needs = false;
    for (let c = 0; c < width; c++) {
      // A live cell gets its cached figure here; formulaSteps writes the formula once the tables exist.
      const v = isFormulaValue(src[c]) ? shownValue(src[c]) : src[c];
      vals.push(wireValue(v));
      const colFormat = r >= 1 ? spec.columns?.[c]?.numberFormat : undefined;
      const nf = colFormat ?? (v instanceof Date ? DATE_FORMAT : 'General');
      if (nf !== 'General') needs = true;
      nfs.push(nf);
    }
    values.push(vals);
    formats.push(nfs);
    rowNeedsFormat.push(needs);
    rowBytes.push(jsonBytes(vals) + 1 + jsonBytes(nfs) + 1);
  }

  const make = (from: number, to: number): Step => {
    const needs = rowNeedsFormat.slice(from, to).some(Boolean);
    let bytes = OVERHEAD;
    for (let r = from; r < to; r++) bytes += rowBytes[r];
    if (!needs) for (let r = from; r < to; r++) bytes -= jsonBytes(formats[r]) + 1;
    return {
      bytes,
      queue() {
        const range = sheet().getRange(blockAddress(from + 1, 1, to - from, width));
        range.values = values.slice(from, to);
        if (needs) range.numberFormat = formats.slice(from, to);
      },
      split(budget: number): Step[] {
        if (to - from <= 1) return [this];
        const out: Step[] = [];
        let start = from;
        let size = OVERHEAD;
        for (let r = from; r < to; r++) {
          if (r > start && size + rowBytes[r] > budget) {
            out.push(make(start, r));
            start = r;
            size = OVERHEAD;
          }
          size += rowBytes[r];
        }
        out.push(make(start, to));
        // Never hand back the same step unsplit when asked to shrink: halve instead.
        if (out.length === 1) {
          const mid = from + Math.floor((to - from) / 2);
          return [make(from, mid), make(mid, to)];
        }
        return out;
      },
    };
  };
  return [make(0, rowCount)];
}
