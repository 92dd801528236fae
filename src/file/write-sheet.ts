import ExcelJS from 'exceljs';
import { parseRange, rangeA1, columnLetters } from '../core/grid';
import { SheetSpec, SpecValue, StyleSpec, hyperlinkFormula, isFormulaValue, isLinkValue, ValidationSpec, ConditionalFormatSpec } from '../core/sheets/spec';
import { fileFormula } from './formula-text';

/** '#RRGGBB' -> ExcelJS 'FFRRGGBB'. */
function argb(hex: string): string {
  return 'FF' + hex.replace('#', '').toUpperCase();
}

/** A link becomes a HYPERLINK formula with its text cached: it works in Excel, Excel on the web and LibreOffice alike. */
function toExcelValue(v: SpecValue): ExcelJS.CellValue {
  if (isLinkValue(v)) return { formula: hyperlinkFormula(v), result: v.text } as ExcelJS.CellFormulaValue;
  if (isFormulaValue(v)) return { formula: fileFormula(v.formula), result: v.cached ?? '' } as ExcelJS.CellFormulaValue;
  return v as ExcelJS.CellValue;
}

function eachCell(ws: ExcelJS.Worksheet, range: string, fn: (cell: ExcelJS.Cell) => void): void {
  const r = parseRange(range);
  for (let row = r.top; row <= r.bottom; row++) {
    const wr = ws.getRow(row);
    for (let col = r.left; col <= r.right; col++) fn(wr.getCell(col));
  }
}

function applyStyle(ws: ExcelJS.Worksheet, s: StyleSpec): void {
  eachCell(ws, s.range, (cell) => {
    if (s.bold !== undefined || s.italic !== undefined || s.fontSize !== undefined || s.fontColor !== undefined) {
      cell.font = {
        ...cell.font,
        ...(s.bold !== undefined ? { bold: s.bold } : {}),
        ...(s.italic !== undefined ? { italic: s.italic } : {}),
        ...(s.fontSize !== undefined ? { size: s.fontSize } : {}),
        ...(s.fontColor !== undefined ? { color: { argb: argb(s.fontColor) } } : {}),
      };
    }
    if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
    if (s.wrap !== undefined || s.horizontal || s.vertical) {
      cell.alignment = {
        ...cell.alignment,
        ...(s.wrap !== undefined ? { wrapText: s.wrap } : {}),
        ...(s.horizontal ? { horizontal: s.horizontal } : {}),
        ...(s.vertical ? { vertical: s.vertical } : {}),
      };
    }
    if (s.numberFormat) cell.numFmt = s.numberFormat;
    if (s.border === 'thin') {
      const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    } else if (s.border === 'bottom') {
      cell.border = { bottom: { style: 'medium', color: { argb: 'FF404040' } } };
    }
  });
}

function quoteList(values: string[]): string {
  return `"${values.map((v) => v.replace(/"/g, '""')).join(',')}"`;
}

function applyValidation(ws: ExcelJS.Worksheet, v: ValidationSpec): void {
  const common = {
    allowBlank: v.allowBlank,
    showInputMessage: !!v.prompt,
    prompt: v.prompt,
    showErrorMessage: true,
    errorStyle: 'stop',
    error: v.error,
  };
  let dv: ExcelJS.DataValidation;
  if (v.type === 'list') {
    dv = { ...common, type: 'list', formulae: [quoteList(v.values)] } as ExcelJS.DataValidation;
  } else if (v.type === 'date') {
    const formulae = v.operator === 'between' ? [v.min, v.max] : [v.operator === 'lessThanOrEqual' ? v.max : v.min];
    dv = { ...common, type: 'date', operator: v.operator, formulae } as ExcelJS.DataValidation;
  } else {
    const op = v.min !== undefined && v.max !== undefined ? 'between' : v.min !== undefined ? 'greaterThanOrEqual' : 'lessThanOrEqual';
    const formulae = op === 'between' ? [v.min, v.max] : [op === 'greaterThanOrEqual' ? v.min : v.max];
    dv = { ...common, type: v.type, operator: op, formulae } as ExcelJS.DataValidation;
  }
  const dvs = (ws as unknown as { dataValidations: { add(address: string, dv: ExcelJS.DataValidation): void } }).dataValidations;
  dvs.add(v.range, dv);
}

function applyConditionalFormat(ws: ExcelJS.Worksheet, c: ConditionalFormatSpec, priority: number): void {
  const r = parseRange(c.range);
  const topLeft = `${columnLetters(r.left)}${r.top}`;
  const formula = c.rule.type === 'textEquals' ? `${topLeft}="${c.rule.text.replace(/"/g, '""')}"` : c.rule.formula;
  const style: Partial<ExcelJS.Style> = {};
  if (c.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(c.fill) } };
  if (c.fontColor || c.bold) style.font = { ...(c.fontColor ? { color: { argb: argb(c.fontColor) } } : {}), ...(c.bold ? { bold: true } : {}) };
  ws.addConditionalFormatting({
    ref: rangeA1(r),
    rules: [{ type: 'expression', formulae: [formula], style, priority } as ExcelJS.ConditionalFormattingRule],
  });
}

/**
 * Writes one sheet spec into an empty worksheet, cell by cell: for the task pane's new workbooks,
 * which are small. The file host writes the frame here and the cells directly (src/file/sheet-xml).
 * Charts are added to the package afterwards (src/file/charts).
 */
export function writeSheet(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  const tableRanges = (spec.tables ?? []).map((t) => ({ t, r: parseRange(t.range) }));
  spec.rows.forEach((row, i) => {
    if (row.length === 0) return;
    const wr = ws.getRow(i + 1);
    row.forEach((v, j) => {
      if (v !== null && v !== undefined) wr.getCell(j + 1).value = toExcelValue(v);
    });
  });
  for (const { t, r } of tableRanges) {
    const header = spec.rows[r.top - 1] ?? [];
    const columns = [];
    for (let c = r.left; c <= r.right; c++) columns.push({ name: String(header[c - 1] ?? `Column ${c - r.left + 1}`), filterButton: true });
    const rows: ExcelJS.CellValue[][] = [];
    for (let rr = r.top + 1; rr <= r.bottom; rr++) {
      const src = spec.rows[rr - 1] ?? [];
      const out: ExcelJS.CellValue[] = [];
      for (let c = r.left; c <= r.right; c++) {
        const v = src[c - 1];
        out.push(v === undefined || v === null ? null : toExcelValue(v));
      }
      rows.push(out);
    }
    // A table needs at least one data row; an empty one gets a blank row people can type into.
    if (rows.length === 0) rows.push(columns.map(() => null));
    ws.addTable({
      name: t.name,
      ref: `${columnLetters(r.left)}${r.top}`,
      headerRow: true,
      style: { theme: (t.style ?? 'TableStyleMedium2') as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
      columns,
      rows,
    });
  }
  (spec.columns ?? []).forEach((c, i) => {
    if (c.numberFormat || c.wrap) {
      const last = Math.max(spec.rows.length, 1);
      for (let r = 2; r <= last; r++) {
        const cell = ws.getRow(r).getCell(i + 1);
        if (c.numberFormat) cell.numFmt = c.numberFormat;
        if (c.wrap) cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
      }
    }
  });
  for (const s of spec.styles ?? []) applyStyle(ws, s);
  for (const [r, h] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(r)).height = h;
  writeSheetFrame(ws, spec);
  shareStyles(ws);
}

/**
 * Everything of a sheet spec but its cells, tables and row heights: column widths, validations,
 * conditional formats, frozen panes, print setup, tab colour.
 */
export function writeSheetFrame(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  (spec.columns ?? []).forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    if (c.width !== undefined) col.width = c.width;
    if (c.hidden) col.hidden = true;
  });
  for (const v of spec.validations ?? []) applyValidation(ws, v);
  (spec.conditionalFormats ?? []).forEach((c, i) => applyConditionalFormat(ws, c, i + 1));
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0)) {
    ws.views = [{ state: 'frozen', xSplit: spec.freeze.columns, ySplit: spec.freeze.rows, topLeftCell: `${columnLetters(spec.freeze.columns + 1)}${spec.freeze.rows + 1}` }];
  }
  if (spec.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: spec.print.landscape ? 'landscape' : 'portrait',
      paperSize: 9, // A4
      fitToPage: spec.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(spec.print.titleRows ? { printTitlesRow: spec.print.titleRows } : {}),
      ...(spec.print.area ? { printArea: spec.print.area } : {}),
    };
  }
  if (spec.tabColor) ws.properties.tabColor = { argb: argb(spec.tabColor) };
}

/**
 * ExcelJS gives every cell its own style object and, when saving, works each one out again unless
 * it has seen that very object before. Cells that look alike are given one shared object, so a
 * 100k-row sheet's styles are worked out a handful of times. Nothing changes a style after this.
 */
function shareStyles(ws: ExcelJS.Worksheet): void {
  const shared = new Map<string, Partial<ExcelJS.Style>>();
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const style = cell.style;
      let key = '';
      for (const _ in style) {
        key = JSON.stringify(style);
        break;
      }
      const one = shared.get(key);
      if (one) cell.style = one;
      else shared.set(key, style);
    });
  });
}
