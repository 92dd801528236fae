import ExcelJS from 'exceljs';
import { CellValue, Grid, RangeRef, columnNumber } from '../core/grid';
import { GeneratedKey } from '../core/sheets/spec';
import { markAgrees } from '../core/sheets/ownership';
import type { FileMark } from './output-sheets';
import { cellValueAsShown } from './shown-value';

export { cellValueAsShown };

/** ExcelJS cell value -> engine cell value: rich text flattened, formulas as their result, errors kept. */
export function toCellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  const o = v as unknown as Record<string, unknown>;
  if (typeof o.error === 'string') return { error: o.error };
  if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
  if ('formula' in o || 'sharedFormula' in o) {
    const result = o.result as ExcelJS.CellValue | undefined;
    return result === undefined ? null : toCellValue(result);
  }
  if (typeof o.text === 'string' || (typeof o.text === 'object' && o.text !== null)) {
    // hyperlink: { text, hyperlink } where text may itself be rich text
    return toCellValue(o.text as ExcelJS.CellValue);
  }
  return null;
}

const MERGE_TYPE = ExcelJS.ValueType.Merge;

function parseRangeModel(m: { top: number; left: number; bottom: number; right: number }): RangeRef {
  return { top: m.top, left: m.left, bottom: m.bottom, right: m.right };
}

/** A worksheet's first row as the engine reads it (merged cells but the first are blank). */
export function firstRowOf(ws: ExcelJS.Worksheet): CellValue[] {
  const out: CellValue[] = [];
  ws.findRow(1)?.eachCell({ includeEmpty: false }, (cell, col) => {
    if (cell.type !== MERGE_TYPE) out[col - 1] = toCellValue(cell.value);
  });
  return Array.from(out, (v) => v ?? null);
}

/**
 * key -> sheet name for every SaferPlan mark whose sheet is ours: the mark points at it and its
 * first row agrees with what the mark records (core/sheets/ownership). Read before the cells are let go.
 */
export function generatedSheetsOf(wb: ExcelJS.Workbook, marks: readonly FileMark[]): Partial<Record<GeneratedKey, string>> {
  const out: Partial<Record<GeneratedKey, string>> = {};
  for (const m of marks) {
    const ws = wb.getWorksheet(m.sheet);
    if (ws && markAgrees(m.key, m.comment, firstRowOf(ws))) out[m.key] = ws.name;
  }
  return out;
}

/** Reads one worksheet's used cells into a Grid anchored at A1. */
export function readWorksheet(ws: ExcelJS.Worksheet, generated: boolean): Grid {
  const rows: CellValue[][] = [];
  const fills: (string | null)[][] = [];
  let anyFill = false;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: CellValue[] = [];
    // Blank cells are visited too: a RAG cell may carry its status as a fill colour alone.
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const hex = solidFill(cell.fill);
      if (hex) {
        (fills[rowNumber - 1] ??= [])[colNumber - 1] = hex;
        anyFill = true;
      }
      if (cell.type === MERGE_TYPE) return; // only the top-left cell of a merge carries the value
      // Our own sheets are read as written; a user's month-formatted date is the month it shows.
      const v = generated ? toCellValue(cell.value) : cellValueAsShown(toCellValue(cell.value), cell.numFmt);
      if (v !== null) out[colNumber - 1] = v;
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    rows[rowNumber - 1] = out;
  });
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
  const merges: RangeRef[] = [];
  const raw = (ws as unknown as { _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges ?? {};
  for (const key of Object.keys(raw)) merges.push(parseRangeModel(raw[key].model));
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return {
    sheet: ws.name,
    rows,
    merges,
    generated,
    hidden: ws.state === 'hidden' || ws.state === 'veryHidden',
    ...(anyFill && !generated ? { fills } : {}),
  };
}

/** A solid pattern fill's colour as '#RRGGBB' (ARGB or RGB as the file gives it); theme colours are not resolved. */
function solidFill(fill: ExcelJS.Fill | undefined): string | null {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
  const argb = (fill.fgColor as { argb?: string } | undefined)?.argb;
  if (!argb || !/^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(argb)) return null;
  return '#' + argb.slice(-6).toUpperCase();
}

export function readWorkbookGrids(wb: ExcelJS.Workbook, generated: Partial<Record<GeneratedKey, string>>): Grid[] {
  const ours = new Set(Object.values(generated));
  return wb.worksheets.map((ws) => readWorksheet(ws, ours.has(ws.name)));
}

export { columnNumber };
