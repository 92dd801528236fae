import { columnLetters, columnNumber, quoteSheet, RangeRef, splitSheetRef } from '../../core/grid';

/** Excel's grid limits, used for whole-column and whole-row addresses. */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** Excel's own splitting of "'My sheet'!A1:B2" (shared with the host). */
export const splitSheet = splitSheetRef;
export { quoteSheet };

/** Parses A1, A1:B2, $A$1, A:C, 3:5 (whole columns and rows) into a 1-based box. */
export function parseAddress(local: string): RangeRef {
  const parts = local.replace(/\$/g, '').toUpperCase().split(':');
  if (parts.length > 2 || parts.some((p) => p === '')) throw new Error(`Bad address ${local}`);
  const ends = parts.map((p) => {
    let m = /^([A-Z]{1,3})(\d+)$/.exec(p);
    if (m) return { col: columnNumber(m[1]), row: Number(m[2]), kind: 'cell' as const };
    m = /^([A-Z]{1,3})$/.exec(p);
    if (m) return { col: columnNumber(m[1]), row: 0, kind: 'col' as const };
    m = /^(\d+)$/.exec(p);
    if (m) return { col: 0, row: Number(m[1]), kind: 'row' as const };
    throw new Error(`Bad address ${local}`);
  });
  const [p, q] = [ends[0], ends[1] ?? ends[0]];
  if (p.kind !== q.kind || (p.kind !== 'cell' && ends.length === 1)) throw new Error(`Bad address ${local}`);
  const top = p.kind === 'col' ? 1 : Math.min(p.row, q.row);
  const bottom = p.kind === 'col' ? MAX_ROWS : Math.max(p.row, q.row);
  const left = p.kind === 'row' ? 1 : Math.min(p.col, q.col);
  const right = p.kind === 'row' ? MAX_COLUMNS : Math.max(p.col, q.col);
  if (top < 1 || left < 1 || bottom > MAX_ROWS || right > MAX_COLUMNS) throw new Error(`Bad address ${local}`);
  return { top, left, bottom, right };
}

/** A1:B2 (or A1 for one cell), the way Excel reports a range's address. */
export function formatLocal(r: RangeRef, absolute = false): string {
  const d = absolute ? '$' : '';
  if (r.top === 1 && r.bottom === MAX_ROWS && !(r.left === 1 && r.right === MAX_COLUMNS)) {
    return `${d}${columnLetters(r.left)}:${d}${columnLetters(r.right)}`;
  }
  if (r.left === 1 && r.right === MAX_COLUMNS && !(r.top === 1 && r.bottom === MAX_ROWS)) return `${d}${r.top}:${d}${r.bottom}`;
  const tl = `${d}${columnLetters(r.left)}${d}${r.top}`;
  const br = `${d}${columnLetters(r.right)}${d}${r.bottom}`;
  return tl === br ? tl : `${tl}:${br}`;
}

export function formatAddress(sheet: string, r: RangeRef, absolute = false): string {
  return `${quoteSheet(sheet)}!${formatLocal(r, absolute)}`;
}

export function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: RangeRef, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}
