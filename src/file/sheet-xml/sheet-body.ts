/**
 * A generated sheet's cells as worksheet XML, written straight from its sheet spec: no cell
 * objects, one string per row. Strings are written inline, so the workbook's shared strings
 * (and every user cell that points into them) are left as they are.
 */
import { cleanControlChars, columnLetters, escapeExcelLiterals, fitCell, fitRowHeight, parseRange } from '../../core/grid';
import { FormulaValue, hyperlinkFormula, isFormulaValue, isLinkValue, SheetSpec, SpecValue } from '../../core/sheets/spec';
import { fileFormula } from '../formula-text';
import { escapeAttr, escapeText } from '../charts/xml-text';
import type { StyleGrid } from './cell-styles';

/** An Excel table over generated cells, as the table part will describe it. */
export interface TableLayout {
  name: string;
  /** The table's range, header included; at least one data row. */
  ref: string;
  /** Column names, unique as Excel requires; the header cells hold exactly these. */
  columns: string[];
  style: string;
}

export interface SheetBody {
  /** The <sheetData> element, UTF-8, in blocks of rows (joined once, into the sheet part). */
  sheetData: Buffer[];
  /** The used range for <dimension>. */
  dimension: string;
  tables: TableLayout[];
}

const NEEDS_ESCAPE = /[&<>\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
const NEEDS_PRESERVE = /^\s|\s$|[\n\t]/;

function text(s: string): string {
  return NEEDS_ESCAPE.test(s) ? escapeText(s) : s;
}

/** Text as a cell holds it: control characters cleaned, cut to 32,767 characters, `_xHHHH_` literals escaped. */
function cellString(s: string): string {
  return escapeExcelLiterals(fitCell(cleanControlChars(s)).text);
}

const MS_PER_DAY = 86_400_000;
const ROWS_PER_CHUNK = 2000;

/** A date as an Excel serial number (1900 or 1904 date system), as ExcelJS writes it. */
export function dateSerial(d: Date, date1904: boolean): number {
  return 25569 + d.getTime() / MS_PER_DAY - (date1904 ? 1462 : 0);
}

/** Table column names from the header row: text, no line breaks, unique regardless of case. */
export function tableLayouts(spec: SheetSpec): TableLayout[] {
  return (spec.tables ?? []).map((t) => {
    const r = parseRange(t.range);
    const header = spec.rows[r.top - 1] ?? [];
    const taken = new Set<string>();
    const columns: string[] = [];
    for (let c = r.left; c <= r.right; c++) {
      const v = header[c - 1];
      const raw = v === null || v === undefined || v === '' ? `Column ${c - r.left + 1}` : isLinkValue(v) ? v.text : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
      const base = raw.replace(/[\r\n]+/g, ' ').trim() || `Column ${c - r.left + 1}`;
      let name = base;
      for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
      taken.add(name.toLowerCase());
      columns.push(name);
    }
    const bottom = Math.max(r.bottom, r.top + 1);
    return { name: t.name, ref: `${columnLetters(r.left)}${r.top}:${columnLetters(r.right)}${bottom}`, columns, style: t.style ?? 'TableStyleMedium2' };
  });
}

function cellXml(ref: string, v: SpecValue | undefined, s: number, date1904: boolean): string {
  const sAttr = s ? ` s="${s}"` : '';
  // An empty string is a blank cell: Excel has no empty text constant.
  if (v === null || v === undefined || v === '') return s ? `<c r="${ref}"${sAttr}/>` : '';
  if (typeof v === 'string') {
    const t = cellString(v);
    const space = NEEDS_PRESERVE.test(t) ? ' xml:space="preserve"' : '';
    return `<c r="${ref}"${sAttr} t="inlineStr"><is><t${space}>${text(t)}</t></is></c>`;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${sAttr}><v>${v}</v></c>` : s ? `<c r="${ref}"${sAttr}/>` : '';
  if (typeof v === 'boolean') return `<c r="${ref}"${sAttr} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (v instanceof Date) {
    const serial = dateSerial(v, date1904);
    return Number.isFinite(serial) ? `<c r="${ref}"${sAttr}><v>${serial}</v></c>` : s ? `<c r="${ref}"${sAttr}/>` : '';
  }
  if (isLinkValue(v)) return `<c r="${ref}"${sAttr} t="str"><f>${text(hyperlinkFormula(v))}</f><v>${text(cellString(v.text))}</v></c>`;
  if (isFormulaValue(v)) return formulaCellXml(ref, sAttr, v, date1904);
  return '';
}

/**
 * A live cell: the formula with core's value cached in <v>, typed as the value is (t="str" for
 * text, t="b" for TRUE/FALSE), so a viewer that never recalculates shows the figure. A null cache
 * is the empty text a formula such as IF(x="","",...) gives.
 */
function formulaCellXml(ref: string, sAttr: string, v: FormulaValue, date1904: boolean): string {
  const f = `<f>${text(fileFormula(v.formula))}</f>`;
  const c = v.cached instanceof Date ? dateSerial(v.cached, date1904) : v.cached;
  if (typeof c === 'number' && Number.isFinite(c)) return `<c r="${ref}"${sAttr}>${f}<v>${c}</v></c>`;
  if (typeof c === 'boolean') return `<c r="${ref}"${sAttr} t="b">${f}<v>${c ? 1 : 0}</v></c>`;
  const s = typeof c === 'string' ? cellString(c) : '';
  const space = NEEDS_PRESERVE.test(s) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${sAttr} t="str">${f}<v${space}>${text(s)}</v></c>`;
}

/**
 * The sheet's cells: every value, every styled cell (empty or not), and the row heights.
 * `xfIds` maps the grid's style numbers to the workbook's cell formats.
 */
export function sheetBody(spec: SheetSpec, grid: StyleGrid, xfIds: readonly number[], date1904: boolean): SheetBody {
  const tables = tableLayouts(spec);
  // Header cells of a table are its column names, whatever the spec's header row holds.
  const headers = new Map<number, Map<number, string>>();
  for (const t of tables) {
    const r = parseRange(t.ref);
    const row = headers.get(r.top) ?? new Map<number, string>();
    t.columns.forEach((name, i) => row.set(r.left + i, name));
    headers.set(r.top, row);
  }
  const heights = spec.rowHeights ?? {};
  const letters: string[] = [];
  for (let c = 1; c <= grid.columns; c++) letters.push(columnLetters(c));
  // Rows are joined and encoded a block at a time: no string of the whole sheet is ever built.
  const chunks: Buffer[] = [Buffer.from('<sheetData>')];
  let rowsOut: string[] = [];
  let lastRow = 0;
  let lastCol = 0;
  let rowCount = grid.rows;
  for (const k of Object.keys(heights)) if (Number(k) > rowCount) rowCount = Number(k);
  for (let r = 1; r <= rowCount; r++) {
    const values = spec.rows[r - 1];
    const header = headers.get(r);
    let cells = '';
    if (r <= grid.rows) {
      const base = (r - 1) * grid.columns;
      for (let c = 1; c <= grid.columns; c++) {
        const v = header?.get(c) ?? values?.[c - 1];
        const xml = cellXml(letters[c - 1] + r, v, xfIds[grid.ids[base + c - 1]], date1904);
        if (xml) {
          cells += xml;
          if (c > lastCol) lastCol = c;
        }
      }
    }
    const h = heights[r];
    const ht = h !== undefined && Number.isFinite(h) && h > 0 ? ` ht="${fitRowHeight(h)}" customHeight="1"` : '';
    if (cells) {
      rowsOut.push(`<row r="${r}"${ht}>${cells}</row>`);
      lastRow = r;
    } else if (ht) rowsOut.push(`<row r="${r}"${ht}/>`);
    if (rowsOut.length >= ROWS_PER_CHUNK) {
      chunks.push(Buffer.from(rowsOut.join(''), 'utf8'));
      rowsOut = [];
    }
  }
  rowsOut.push('</sheetData>');
  chunks.push(Buffer.from(rowsOut.join(''), 'utf8'));
  const dimension = lastRow && lastCol ? `A1:${columnLetters(lastCol)}${lastRow}` : 'A1';
  return { sheetData: chunks, dimension, tables };
}

/** A table part (xl/tables/tableN.xml). */
export function tablePartXml(t: TableLayout, id: number): string {
  const columns = t.columns.map((name, i) => `<tableColumn id="${i + 1}" name="${escapeAttr(name)}"/>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${escapeAttr(t.name)}" displayName="${escapeAttr(t.name)}" ref="${t.ref}" totalsRowShown="0">` +
    `<autoFilter ref="${t.ref}"/>` +
    `<tableColumns count="${t.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeAttr(t.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    '</table>'
  );
}
