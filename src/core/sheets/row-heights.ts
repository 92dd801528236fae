/**
 * Row heights for wrapped text, estimated from the spec. Excel sizes rows without a stored height
 * itself, but LibreOffice does not on opening an .xlsx, so a wrapped header such as
 * "On track (Green)" would show one line and hide the rest. A host can set these heights (points)
 * when it writes a sheet; the estimate errs on the tall side.
 */
import { cellText, parseRange } from '../grid';
import { SheetSpec, SpecValue, isLinkValue } from './spec';

const DEFAULT_WIDTH = 8.43;
const DEFAULT_FONT = 11;
const LINE_POINTS = 15;

function text(v: SpecValue): string {
  if (v === null) return '';
  if (isLinkValue(v)) return v.text;
  return cellText(v);
}

/** Lines a text takes when word-wrapped at `perLine` characters. */
export function wrappedLines(s: string, perLine: number): number {
  let lines = 0;
  for (const para of s.split('\n')) {
    let n = 1;
    let used = 0;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const len = word.length;
      if (used === 0) {
        n += Math.floor(Math.max(0, len - 1) / perLine);
        used = len % perLine || perLine;
      } else if (used + 1 + len <= perLine) used += 1 + len;
      else {
        n += 1 + Math.floor(Math.max(0, len - 1) / perLine);
        used = len % perLine || perLine;
      }
    }
    lines += n;
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
  const looks = new Map<string, CellLook>();
  const look = (r: number, c: number): CellLook => {
    const key = `${r},${c}`;
    let l = looks.get(key);
    if (!l) looks.set(key, (l = { wrap: r >= 2 && !!spec.columns?.[c - 1]?.wrap, size: DEFAULT_FONT, bold: false }));
    return l;
  };
  for (const s of spec.styles ?? []) {
    const g = parseRange(s.range);
    for (let r = g.top; r <= Math.min(g.bottom, spec.rows.length); r++) {
      for (let c = g.left; c <= g.right; c++) {
        const l = look(r, c);
        if (s.wrap !== undefined) l.wrap = s.wrap;
        if (s.fontSize !== undefined) l.size = s.fontSize;
        if (s.bold !== undefined) l.bold = s.bold;
      }
    }
  }
  const out: Record<number, number> = {};
  spec.rows.forEach((row, i) => {
    const r = i + 1;
    let points = 0;
    row.forEach((v, j) => {
      const t = text(v);
      if (!t) return;
      const l = look(r, j + 1);
      const scale = (l.size / DEFAULT_FONT) * (l.bold ? 1.1 : 1);
      const width = spec.columns?.[j]?.width ?? DEFAULT_WIDTH;
      const lines = l.wrap ? wrappedLines(t, Math.max(1, Math.floor(width / scale))) : t.split('\n').length;
      points = Math.max(points, lines * LINE_POINTS * (l.size / DEFAULT_FONT));
    });
    if (points > LINE_POINTS * 1.05) out[r] = Math.ceil(points);
  });
  return out;
}
