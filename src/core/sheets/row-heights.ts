/**
 * Row heights for wrapped text, estimated from the spec. Excel sizes rows without a stored height
 * itself, but LibreOffice does not on opening an .xlsx, so a wrapped header such as
 * "On track (Green)" would show one line and hide the rest. A host can set these heights (points)
 * when it writes a sheet; the estimate errs on the tall side.
 */
import { cellText, fitRowHeight, parseRange } from '../grid';
import { SheetSpec, SpecValue, isFormulaValue, isLinkValue } from './spec';

const DEFAULT_WIDTH = 8.43;
const DEFAULT_FONT = 11;
const LINE_POINTS = 15;

function text(v: SpecValue): string {
  if (v === null) return '';
  if (isLinkValue(v)) return v.text;
  if (isFormulaValue(v)) return v.cached === null || v.cached === undefined ? '' : cellText(v.cached);
  return cellText(v);
}

/** Lines a text takes when word-wrapped at `perLine` characters (one pass, no allocation). */
export function wrappedLines(s: string, perLine: number): number {
  let lines = 0;
  let n = 1; // lines of the current paragraph
  let used = 0; // characters on the current line
  let len = 0; // length of the word being read
  for (let i = 0; i <= s.length; i++) {
    const ch = i < s.length ? s.charCodeAt(i) : 10;
    if (ch !== 10 && ch !== 32 && ch !== 9 && ch !== 13 && ch !== 160) {
      len++;
      continue;
    }
    if (len > 0) {
      if (used === 0) {
        n += Math.floor((len - 1) / perLine);
        used = len % perLine || perLine;
      } else if (used + 1 + len <= perLine) used += 1 + len;
      else {
        n += 1 + Math.floor((len - 1) / perLine);
        used = len % perLine || perLine;
      }
      len = 0;
    }
    if (ch === 10) {
      lines += n;
      n = 1;
      used = 0;
    }
  }
  return Math.max(1, lines);
}

interface CellLook {
  wrap: boolean;
  size: number;
  bold: boolean;
}

/** Heights in points for rows whose wrapped text needs more than one line, keyed by 1-based row. */
export function estimateRowHeights(spec: Pick<SheetSpec, 'rows' | 'columns' | 'styles'>): Record<number, number> {
  // Only styled cells get an entry; every other cell looks like its column.
  const styled = new Map<number, CellLook>();
  const wrapColumn = (spec.columns ?? []).map((c) => !!c?.wrap);
  for (const s of spec.styles ?? []) {
    const g = parseRange(s.range);
    for (let r = g.top; r <= Math.min(g.bottom, spec.rows.length); r++) {
      for (let c = g.left; c <= g.right; c++) {
        let l = styled.get(r * 20000 + c);
        if (!l) styled.set(r * 20000 + c, (l = { wrap: r >= 2 && !!wrapColumn[c - 1], size: DEFAULT_FONT, bold: false }));
        if (s.wrap !== undefined) l.wrap = s.wrap;
        if (s.fontSize !== undefined) l.size = s.fontSize;
        if (s.bold !== undefined) l.bold = s.bold;
      }
    }
  }
  const out: Record<number, number> = {};
  const rows = spec.rows;
  for (let i = 0; i < rows.length; i++) {
    const r = i + 1;
    const row = rows[i];
    let points = 0;
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (v === null || v === undefined || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) continue;
      const t = text(v);
      if (!t) continue;
      const l = styled.get(r * 20000 + j + 1);
      const wrap = l ? l.wrap : r >= 2 && !!wrapColumn[j];
      const size = l ? l.size : DEFAULT_FONT;
      const scale = (size / DEFAULT_FONT) * (l?.bold ? 1.1 : 1);
      const width = spec.columns?.[j]?.width ?? DEFAULT_WIDTH;
      const lines = wrap ? wrappedLines(t, Math.max(1, Math.floor(width / scale))) : countLines(t);
      const p = lines * LINE_POINTS * (size / DEFAULT_FONT);
      if (p > points) points = p;
    }
    if (points > LINE_POINTS * 1.05) out[r] = fitRowHeight(Math.ceil(points));
  }
  return out;
}

function countLines(t: string): number {
  let n = 1;
  for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) n++;
  return n;
}
