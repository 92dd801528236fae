/** A1 addresses. Rows and columns are 1-based here, as people read them. */

export function columnLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export interface CellRef {
  row: number;
  col: number;
}

export function parseA1(ref: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`Not an A1 cell address: ${ref}`);
  return { col: columnNumber(m[1]), row: Number(m[2]) };
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rangeA1(r: RangeRef): string {
  const tl = a1(r.top, r.left);
  const br = a1(r.bottom, r.right);
  return tl === br ? tl : `${tl}:${br}`;
}

export function parseRange(ref: string): RangeRef {
  const [a, b] = ref.split(':');
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/**
 * A sheet name as Excel writes it in a reference: quoted unless it is a plain identifier that
 * could not be read as a cell ("Q1", "FY2019" and "AB12" need quotes too).
 */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** 'Sheet name'!A1 with quotes as Excel wants them. */
export function sheetRef(sheet: string, ref: string): string {
  return `${quoteSheet(sheet)}!${ref}`;
}

/** Splits "'My plan'!A1:B2" into the sheet (unquoted; undefined when absent) and the local address. */
export function splitSheetRef(address: string): { sheet?: string; local: string } {
  const i = address.lastIndexOf('!');
  if (i < 0) return { local: address.trim() };
  let sheet = address.slice(0, i).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(i + 1).trim() };
}

/** UTF-8 length of a string without encoding it: what request and file sizes are measured in. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
