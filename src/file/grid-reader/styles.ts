/**
 * What the grid reader needs from styles.xml, per cell format (cellXfs index): whether its number
 * format shows a date, and its fill, as ExcelJS models them (src/file/read-grid.ts reads fills from
 * ExcelJS's model; this gives the same answers without it).
 */
import { attrsOf, decodeAttr, eachTag } from './xml-scan';

/** Built-in number formats that have a fixed code (ECMA-376 Part 1, 18.8.30), as ExcelJS lists them. */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/**
 * Whether a number format code shows a date or time: a y, m, d, h, s (or b, Buddhist year) outside
 * quoted text and brackets ([Red], [$-409], [h] are not dates by themselves). The rule ExcelJS applies.
 */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

export interface CellStyles {
  /** Per cellXfs index: the number format is a date format. */
  readonly date: readonly boolean[];
  /** Per cellXfs index: the number format's code, as ExcelJS gives it in cell.numFmt (undefined for General). */
  readonly format: readonly (string | undefined)[];
  /** Per cellXfs index: the format has a fill at all (even 'none'), which hides a column's fill, as in ExcelJS. */
  readonly hasFill: readonly boolean[];
  /** Per cellXfs index: a solid fill's colour as '#RRGGBB', or null. */
  readonly solid: readonly (string | null)[];
  /** Some format has a solid colour fill: without one no sheet has fills to read. */
  readonly anySolid: boolean;
}

export const NO_STYLES: CellStyles = { date: [], format: [], hasFill: [], solid: [], anySolid: false };

interface FillModel {
  solid: string | null;
}

export function readStyles(xml: string | undefined): CellStyles {
  if (!xml) return NO_STYLES;
  const formats = new Map<number, string>();
  const fills: (FillModel | undefined)[] = [];
  const date: boolean[] = [];
  const format: (string | undefined)[] = [];
  const hasFill: boolean[] = [];
  const solid: (string | null)[] = [];
  let section = '';
  let fill: FillModel | undefined;
  let fillIndex = -1;
  let inPattern = false;
  let patternSolid = false;
  eachTag(xml, 0, xml.length, (t) => {
    if (t.closing) {
      if (t.name === section) section = '';
      else if (t.name === 'fill' && section === 'fills') fills[fillIndex] = fill;
      else if (t.name === 'patternFill') inPattern = false;
      return;
    }
    switch (t.name) {
      case 'numFmts':
      case 'fills':
      case 'cellXfs':
      case 'cellStyleXfs':
      case 'dxfs':
        if (!t.empty) section = t.name;
        return;
      case 'numFmt':
        if (section === 'numFmts') {
          const a = attrsOf(xml, t.start, t.end);
          if (a.formatCode !== undefined) formats.set(parseInt(a.numFmtId, 10), a.formatCode.replace(/[\\](.)/g, '$1'));
        }
        return;
      case 'fill':
        if (section === 'fills') {
          fillIndex++;
          fill = undefined;
          if (t.empty) fills[fillIndex] = undefined;
        }
        return;
      case 'patternFill':
        if (section === 'fills') {
          const a = attrsOf(xml, t.start, t.end);
          patternSolid = a.patternType === 'solid';
          fill = { solid: null };
          inPattern = !t.empty;
        }
        return;
      case 'gradientFill':
        if (section === 'fills') fill = { solid: null };
        return;
      case 'fgColor':
        if (section === 'fills' && inPattern && fill && patternSolid) {
          const rgb = attrsOf(xml, t.start, t.end).rgb;
          fill.solid = rgb && /^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(rgb) ? '#' + rgb.slice(-6).toUpperCase() : null;
        }
        return;
      case 'xf':
        if (section === 'cellXfs') {
          const a = attrsOf(xml, t.start, t.end);
          const numFmtId = parseInt(a.numFmtId, 10);
          const fillId = parseInt(a.fillId, 10);
          const code = numFmtId ? (formats.get(numFmtId) ?? BUILT_IN_FORMATS[numFmtId]) : undefined;
          const f = Number.isNaN(fillId) ? undefined : fills[fillId];
          date.push(isDateFormat(code));
          format.push(code);
          hasFill.push(f !== undefined);
          solid.push(f?.solid ?? null);
        }
        return;
      default:
        return;
    }
  });
  return { date, format, hasFill, solid, anySolid: solid.some((s) => s !== null) };
}

export { decodeAttr };
