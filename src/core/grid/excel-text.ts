/**
 * Excel's limits on what a cell and a row hold (Microsoft's "Excel specifications and limits"),
 * applied to everything SaferPlan writes. Pure: no Excel, no file system.
 */

/** Characters a cell holds. */
export const MAX_CELL_CHARS = 32_767;
/** A row's height in points. */
export const MAX_ROW_POINTS = 409;

/**
 * Text as a cell or CSV field can hold it: Word's line break inside a table cell (\x0b) and page
 * break (\x0c) become line breaks; any other control character (and a lone surrogate, which XML
 * cannot hold) is removed, leaving a space where it stood between two words so they are not glued.
 */
export function cleanControlChars(s: string): string {
  if (!/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uD800-\uDFFF\uFFFE\uFFFF]/.test(s)) return s;
  let out = '';
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let ch = s[i];
    if (c === 0x0b || c === 0x0c) ch = '\n';
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      ch = s.slice(i, i + 2);
      i++;
    } else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f || c === 0xfffe || c === 0xffff || (c >= 0xd800 && c <= 0xdfff)) {
      gap = true;
      continue;
    }
    if (gap && out !== '' && !/\s$/.test(out) && !/^\s/.test(ch)) out += ' ';
    gap = false;
    out += ch;
  }
  return out;
}

/** A text cut to what a cell holds (without splitting a surrogate pair), and whether it was cut. */
export function fitCell(s: string): { text: string; cut: boolean } {
  if (s.length <= MAX_CELL_CHARS) return { text: s, cut: false };
  let end = MAX_CELL_CHARS;
  const code = s.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return { text: s.slice(0, end), cut: true };
}

/** A row height Excel accepts. */
export function fitRowHeight(points: number): number {
  return Math.min(points, MAX_ROW_POINTS);
}

/**
 * Escapes literal `_xHHHH_` in text bound for SpreadsheetML, which Excel would read as the
 * character with that code: its underscore is written `_x005F_` (ECMA-376 Part 1, 22.9.2.19).
 */
export function escapeExcelLiterals(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}
