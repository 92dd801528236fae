/**
 * One worksheet part's XML to a Grid, in one pass over the text: no DOM and no object per cell
 * beyond its value. It gives what src/file/read-grid.ts gives from ExcelJS's model of the same
 * sheet, rule for rule (which cells carry a value, which rows exist, where fills come from), and
 * the parity test (test/file/grid-reader/parity.test.ts) holds it to that.
 */
import { CellValue, Grid, RangeRef } from '../../core/grid';
import type { CellStyles } from './styles';
import { cellValueAsShown } from '../shown-value';
import { checkSheetXml, SheetBudget, tooManyCells, tooManyMergedCells, tooManyRows } from '../package-guard';
import { decodeExcelEscapes, decodeText, eachTag, elementText, localName, nameEnd, selfClosing, tagEnd, attrsOf } from './xml-scan';

export interface SheetContext {
  readonly strings: readonly (string | null)[];
  readonly styles: CellStyles;
  readonly date1904: boolean;
  /** The package guard's limits on rows, cells and merged areas, kept while the sheet is read (see package-guard.ts). */
  readonly budget?: SheetBudget;
}

/** What is known of one row while the sheet is read. */
interface RowState {
  /** Non-null values by column index (0-based); holes are blanks. */
  vals: CellValue[];
  /** Cells written in the file (not blank-and-unstyled), by column index: their style id (0 for none). Kept only when fills are read. */
  added: number[] | undefined;
  /** Highest column (1-based) of a cell written in the file or covered by a merged area. */
  width: number;
  /** A cell holds something (a value, a formula, a hyperlink) or the row crosses a merged area's covered cells. */
  hasValues: boolean;
  /** The row's own style id (its s attribute), 0 for none. */
  style: number;
}

function newRow(style: number, trackFills: boolean): RowState {
  return { vals: [], added: trackFills ? [] : undefined, width: 0, hasValues: false, style };
}

/** Excel serial (1900 or 1904 system) to a Date at UTC, as ExcelJS converts it. */
function serialToDate(serial: number, date1904: boolean): Date | null {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Column number of an A1 reference's letters starting at `from` (0 when it has none). */
function columnAt(xml: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    let c = xml.charCodeAt(i);
    if (c === 36) continue; // $
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

const A1_RANGE = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

function lettersToNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.toUpperCase().charCodeAt(i) - 64);
  return n;
}

export function parseMergeRef(ref: string): RangeRef | null {
  const m = A1_RANGE.exec(ref.trim());
  if (!m) return null;
  const c1 = lettersToNumber(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? lettersToNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/** Where the parts of a worksheet are: its columns, sheetData's body, merged areas and hyperlinked cells. */
interface SheetLayout {
  bodyStart: number;
  bodyEnd: number;
  cols: { min: number; max: number; style: number }[];
  merges: RangeRef[];
  /** Addresses (as written) of cells with an external hyperlink (one with a relationship id). */
  links: Set<string>;
}

function layoutOf(xml: string): SheetLayout {
  const layout: SheetLayout = { bodyStart: 0, bodyEnd: 0, cols: [], merges: [], links: new Set() };
  let found = false;
  const outside = (from: number, to: number) =>
    eachTag(xml, from, to, (t) => {
      if (t.closing) return;
      if (t.name === 'sheetData' && !found) {
        found = true;
        layout.bodyStart = t.end;
        if (t.empty) {
          layout.bodyEnd = t.end;
          return;
        }
        // The body ends at the last </sheetData>: nothing inside it is read here.
        const close = xml.lastIndexOf('sheetData>');
        const lt = close < 0 ? -1 : xml.lastIndexOf('</', close);
        layout.bodyEnd = lt < t.end ? xml.length : lt;
        return lt < t.end ? xml.length : close + 10;
      }
      if (t.name === 'col') {
        const a = attrsOf(xml, t.start, t.end);
        const style = a.style ? parseInt(a.style, 10) : 0;
        layout.cols.push({ min: parseInt(a.min || '0', 10), max: parseInt(a.max || '0', 10), style: style || 0 });
      } else if (t.name === 'mergeCell') {
        const ref = attrsOf(xml, t.start, t.end).ref;
        const range = ref === undefined ? null : parseMergeRef(ref);
        if (range) layout.merges.push(range);
      } else if (t.name === 'hyperlink') {
        const a = attrsOf(xml, t.start, t.end);
        if (a['r:id'] && a.ref) layout.links.add(a.ref);
      }
    });
  outside(0, xml.length);
  return layout;
}

/**
 * Column styles as ExcelJS applies <cols>: sorted by their first column, each column taking the
 * first <col> that reaches it.
 */
function columnStyles(cols: SheetLayout['cols']): number[] {
  const out: number[] = [];
  const sorted = [...cols].sort((a, b) => a.min - b.min);
  let count = 1;
  for (const col of sorted) {
    if (count < col.min) count = col.min;
    const max = Math.min(col.max, 16384);
    while (count <= max) out[count++ - 1] = col.style;
  }
  return out;
}

/** Throws when two merged areas overlap (Excel repairs such a file; ExcelJS refuses it). */
function checkMerges(merges: RangeRef[]): void {
  const sorted = [...merges].sort((a, b) => a.top - b.top);
  let active: RangeRef[] = [];
  for (const m of sorted) {
    active = active.filter((a) => a.bottom >= m.top);
    for (const a of active) if (a.left <= m.right && m.left <= a.right) throw new Error('Cannot merge already merged cells');
    active.push(m);
  }
}

export interface SheetInfo {
  name: string;
  generated: boolean;
  hidden: boolean;
}

/** Reads one worksheet part's XML into a Grid anchored at A1. */
export function readSheetXml(xml: string, ctx: SheetContext, info: SheetInfo): Grid {
  const { styles, strings, date1904 } = ctx;
  const trackFills = styles.anySolid && !info.generated;
  // Our own sheets are read as written; a user's month-formatted date is the month it shows.
  const asShown = (d: Date | null, s: number): CellValue => (info.generated ? d : cellValueAsShown(d, styles.format[s]));
  const layout = layoutOf(xml);
  const budget = ctx.budget;
  const cellsBefore = budget ? budget.cells : 0;
  let rowsSeen = 0;
  let cellsSeen = 0;
  // Past a limit, the guard's own scan of the XML says which limit and by how much.
  const refuse = (fallback: (b: SheetBudget) => Error): never => {
    budget!.cells = cellsBefore;
    checkSheetXml(budget!, info.name, xml);
    throw fallback(budget!);
  };
  if (budget) {
    // Merged areas are checked before the body: every row one crosses is read.
    let merged = 0;
    for (const m of layout.merges) merged += (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (merged > budget.limits.maxCells) refuse((b) => tooManyMergedCells(b, info.name, merged));
  }
  const links = layout.links;
  const states: RowState[] = [];
  let row: RowState | undefined;
  let rowNumber = 0;
  let prevCol = 0;
  const { bodyEnd } = layout;
  let i = layout.bodyStart;
  while (i < bodyEnd) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt >= bodyEnd) break;
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 47) {
      const gt = xml.indexOf('>', lt);
      i = gt < 0 ? bodyEnd : gt + 1;
      continue;
    }
    if (c1 === 33 || c1 === 63) {
      const closer = c1 === 63 ? '?>' : xml.startsWith('<!--', lt) ? '-->' : xml.startsWith('<![CDATA[', lt) ? ']]>' : '>';
      const e = xml.indexOf(closer, lt + 2);
      i = e < 0 ? bodyEnd : e + closer.length;
      continue;
    }
    const end = tagEnd(xml, lt);
    if (end < 0) break;
    const ne = nameEnd(xml, lt + 1);
    const isCell = ne - lt === 2 ? c1 === 99 : localNameIs(xml, lt + 1, ne, 'c');
    if (!isCell) {
      if (ne - lt === 4 ? xml.startsWith('row', lt + 1) : localNameIs(xml, lt + 1, ne, 'row')) {
        if (budget && ++rowsSeen > budget.limits.maxRows) refuse((b) => tooManyRows(b, info.name, rowsSeen));
        readTagAttrs(xml, ne, end);
        const r = attrR === '' ? rowNumber + 1 : parseInt(attrR, 10);
        rowNumber = r;
        row = states[r - 1] = newRow(attrS, trackFills);
        prevCol = 0;
      }
      i = end;
      continue;
    }
    if (budget && cellsBefore + ++cellsSeen > budget.limits.maxCells) refuse((b) => tooManyCells(b, info.name));
    readTagAttrs(xml, ne, end);
    const rStart = attrRStart;
    const rEnd = attrREnd;
    const t = attrT;
    const s = attrS;
    let col = rStart < 0 ? 0 : columnAt(xml, rStart, rEnd);
    const hasAddress = rStart >= 0;
    // Contents: <v>, <f>, <is> (with <t> or rich text runs <r>).
    let v: string | undefined;
    let runs: string[] | undefined;
    let formula = false;
    if (selfClosing(xml, end)) i = end;
    else {
      const closeTag = '</' + xml.slice(lt + 1, ne) + '>';
      let close = xml.indexOf(closeTag, end);
      if (close < 0) close = bodyEnd;
      let j = end;
      while (j < close) {
        const clt = xml.indexOf('<', j);
        if (clt < 0 || clt >= close) break;
        const k1 = xml.charCodeAt(clt + 1);
        const cend = tagEnd(xml, clt);
        if (cend < 0 || k1 === 47 || k1 === 33 || k1 === 63) {
          j = cend < 0 ? close : cend;
          continue;
        }
        const name = localName(xml.slice(clt + 1, nameEnd(xml, clt + 1)));
        const empty = selfClosing(xml, cend);
        j = cend;
        if (name === 'v' || name === 't') {
          if (empty) continue;
          const got = elementText(xml, cend, name);
          j = got.next;
          if (got.text === '' || runs !== undefined) continue; // after rich text runs, ExcelJS drops loose text
          v = (v ?? '') + (name === 't' ? decodeExcelEscapes(got.text) : got.text);
        } else if (name === 'f') {
          if (/\st\s*=/.test(xml.slice(clt, cend))) formula = true;
          if (empty) continue;
          const got = elementText(xml, cend, 'f');
          j = got.next;
          if (got.text !== '') formula = true;
        } else if (name === 'r') {
          const rEndIdx = findClose(xml, cend, close, 'r');
          let text = '';
          const tOpen = findOpen(xml, cend, rEndIdx, 't');
          if (tOpen >= 0) {
            const te = tagEnd(xml, tOpen);
            if (!selfClosing(xml, te)) text = decodeExcelEscapes(elementText(xml, te, 't').text);
          }
          if (v === undefined) (runs ??= []).push(text);
          j = rEndIdx < 0 ? close : rEndIdx;
        } else if (name === 'rPh') {
          if (!empty) {
            const e = findClose(xml, cend, close, 'rPh');
            j = e < 0 ? close : e;
          }
        }
      }
      i = close < bodyEnd ? close + closeTag.length : bodyEnd;
    }
    // ExcelJS places a cell without an address after the previous cell it kept.
    if (!hasAddress || col === 0) col = prevCol + 1;
    if (!row) {
      rowNumber = rowNumber || 1;
      row = states[rowNumber - 1] = newRow(0, trackFills);
    }
    let value: CellValue = null;
    let kept = true;
    let hasValue = true;
    if (formula) {
      if (v !== undefined) {
        // LibreOffice writes a text result as t="inlineStr" with a <v>: it is text all the same.
        if (t === 'str' || t === 'inlineStr') value = v;
        else if (t === 'b') value = parseInt(v, 10) !== 0;
        else if (t === 'e') value = { error: v };
        else {
          const n = parseFloat(v);
          value = s && styles.date[s] ? asShown(serialToDate(n, date1904), s) : n;
        }
      }
    } else if (v !== undefined || runs !== undefined) {
      if (t === 's') {
        const idx = parseInt(v ?? '', 10);
        value = strings[idx] ?? null;
      } else if (t === 'str') value = v ?? null;
      else if (t === 'inlineStr') value = v !== undefined ? v : runs!.join('');
      else if (t === 'b') value = parseInt(v ?? '', 10) !== 0;
      else if (t === 'e') value = { error: v ?? '' };
      else {
        const n = parseFloat(v ?? '');
        value = s && styles.date[s] ? asShown(serialToDate(n, date1904), s) : n;
      }
    } else {
      hasValue = false;
      // A blank cell with no style is not kept (ExcelJS reads it as nothing), unless it holds a hyperlink.
      const linked = links.size > 0 && hasAddress && links.has(xml.slice(rStart, rEnd));
      if (linked) hasValue = true;
      kept = !!s || linked;
    }
    if (!kept) continue;
    prevCol = col;
    if (value !== null) row.vals[col - 1] = value;
    else if (row.vals[col - 1] !== undefined) delete row.vals[col - 1];
    if (hasValue) row.hasValues = true;
    if (col > row.width) row.width = col;
    if (row.added) row.added[col - 1] = s || 0;
  }

  if (budget) budget.cells = cellsBefore + cellsSeen;

  // Merged areas: the covered cells lose their values, and every row they cross is read.
  const merges = layout.merges;
  if (merges.length) {
    checkMerges(merges);
    for (const m of merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        const st = (states[r - 1] ??= newRow(0, trackFills));
        if (m.right > st.width) st.width = m.right;
        if (r > m.top || m.right > m.left) st.hasValues = true;
        const vals = st.vals;
        if (vals.length < m.left) continue;
        for (let c = r === m.top ? m.left + 1 : m.left; c <= m.right && c <= vals.length; c++) if (vals[c - 1] !== undefined) delete vals[c - 1];
      }
    }
    merges.sort((a, b) => a.top - b.top || a.left - b.left);
  }

  const rows: CellValue[][] = [];
  const fills: (string | null)[][] = [];
  let anyFill = false;
  const colStyle = trackFills ? columnStyles(layout.cols) : [];
  for (let r = 0; r < states.length; r++) {
    const st = states[r];
    if (!st || !st.hasValues) continue;
    const out: CellValue[] = [];
    const vals = st.vals;
    for (let c = vals.length - 1; c >= 0; c--) {
      if (vals[c] === undefined) continue;
      out.length = c + 1;
      for (let k = 0; k <= c; k++) out[k] = vals[k] === undefined ? null : vals[k];
      break;
    }
    rows[r] = out;
    if (!st.added) continue;
    const rowFill = st.style && styles.hasFill[st.style] ? styles.solid[st.style] : undefined;
    for (let c = 1; c <= st.width; c++) {
      const own = st.added[c - 1];
      let hex: string | null | undefined;
      if (own !== undefined) hex = own ? styles.solid[own] : null;
      else if (rowFill !== undefined) hex = rowFill;
      else {
        const cs = colStyle[c - 1];
        hex = cs && styles.hasFill[cs] ? styles.solid[cs] : null;
      }
      if (hex) {
        (fills[r] ??= [])[c - 1] = hex;
        anyFill = true;
      }
    }
  }
  for (let r = 0; r < rows.length; r++) if (rows[r] === undefined) rows[r] = [];
  return {
    sheet: info.name,
    rows,
    merges,
    generated: info.generated,
    hidden: info.hidden,
    ...(anyFill && !info.generated ? { fills } : {}),
  };
}

/** Whether the qualified name between from and to is `name`, with or without a prefix. */
function localNameIs(xml: string, from: number, to: number, name: string): boolean {
  // The colon is looked for within the name only: searching the rest of the sheet for one made a
  // sheet of rows with no prefixed attribute (LibreOffice's, a formatted column) quadratic.
  let colon = -1;
  for (let i = from; i < to; i++) {
    if (xml.charCodeAt(i) === 58) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return to - from === name.length && xml.startsWith(name, from);
  return to - colon - 1 === name.length && xml.startsWith(name, colon + 1);
}

/** Index past the end tag of element `name` (any prefix) between from and to; -1 if none. */
function findClose(xml: string, from: number, to: number, name: string): number {
  let j = from;
  for (;;) {
    const lt = xml.indexOf('</', j);
    if (lt < 0 || lt >= to) return -1;
    const ne = nameEnd(xml, lt + 2);
    const gt = xml.indexOf('>', ne);
    if (localName(xml.slice(lt + 2, ne)) === name) return gt + 1;
    j = gt + 1;
  }
}

/** Index of the start tag of element `name` (any prefix) between from and to; -1 if none. */
function findOpen(xml: string, from: number, to: number, name: string): number {
  let j = from;
  const stop = to < 0 ? xml.length : to;
  for (;;) {
    const lt = xml.indexOf('<', j);
    if (lt < 0 || lt >= stop) return -1;
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 !== 47 && c1 !== 33 && c1 !== 63 && localNameIs(xml, lt + 1, nameEnd(xml, lt + 1), name)) return lt;
    j = lt + 1;
  }
}

// The attributes of the row or cell tag just read (r, t, s), kept in module state: no object per cell.
let attrR = '';
let attrRStart = -1;
let attrREnd = -1;
let attrT = '';
let attrS = 0;

function readTagAttrs(xml: string, from: number, end: number): void {
  attrR = '';
  attrRStart = -1;
  attrREnd = -1;
  attrT = '';
  attrS = 0;
  let i = from;
  while (i < end) {
    const eq = xml.indexOf('=', i);
    if (eq < 0 || eq >= end) return;
    let ns = i;
    while (ns < eq && isSpace(xml.charCodeAt(ns))) ns++;
    let ne = eq;
    while (ne > ns && isSpace(xml.charCodeAt(ne - 1))) ne--;
    let q = eq + 1;
    while (q < end && xml.charCodeAt(q) !== 34 && xml.charCodeAt(q) !== 39) q++;
    if (q >= end) return;
    const close = xml.indexOf(xml[q], q + 1);
    if (close < 0 || close >= end) return;
    if (ne - ns === 1) {
      const c = xml.charCodeAt(ns);
      if (c === 114) {
        attrRStart = q + 1;
        attrREnd = close;
        attrR = xml.slice(q + 1, close);
      } else if (c === 116) attrT = xml.slice(q + 1, close);
      else if (c === 115) attrS = parseInt(xml.slice(q + 1, close), 10) || 0;
    }
    i = close + 1;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

export { decodeText };
