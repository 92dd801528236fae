/**
 * Adds generated sheets' cell styles to a package's xl/styles.xml: fonts, fills, borders, number
 * formats and cell formats are appended after the ones already there, whose numbers stay as they
 * are, so every existing cell keeps its look.
 */
import type { CellStyle } from './cell-styles';
import { DEFAULT_DATE_FORMAT } from './cell-styles';
import { attr, escapeAttr } from '../charts/xml-text';

/** CT_Stylesheet's children, in the order the schema requires. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

function argb(hex: string): string {
  return 'FF' + hex.replace('#', '').toUpperCase();
}

interface Collection {
  /** Qualified name as written, e.g. 'fonts' or 'x:fonts'. */
  name: string;
  start: number;
  end: number;
  startTag: string;
  /** The element's inner XML ('' when self-closing). */
  inner: string;
}

function findCollection(xml: string, local: string): Collection | undefined {
  const open = new RegExp(`<((?:\\w+:)?${local})\\b[^>]*?(/?)>`).exec(xml);
  if (!open) return undefined;
  const name = open[1];
  const start = open.index;
  const startTag = open[0];
  if (open[2] === '/') return { name, start, end: start + startTag.length, startTag, inner: '' };
  const close = xml.indexOf(`</${name}>`, start + startTag.length);
  if (close < 0) throw new Error(`styles.xml: <${name}> is never closed`);
  return { name, start, end: close + name.length + 3, startTag, inner: xml.slice(start + startTag.length, close) };
}

function countChildren(inner: string, local: string): number {
  return (inner.match(new RegExp(`<(?:\\w+:)?${local}\\b`, 'g')) ?? []).length;
}

/** The styles part with `children` appended to the collection `local` (created in schema order when missing). */
function appendTo(xml: string, local: string, child: string, children: string[]): string {
  if (children.length === 0) return xml;
  const found = findCollection(xml, local);
  if (found) {
    const prefix = found.name.slice(0, found.name.length - local.length);
    const written = children.map((c) => (prefix ? c.replace(/<(\/?)(?=\w)/g, `<$1${prefix}`) : c)).join('');
    const total = countChildren(found.inner, child) + children.length;
    const tag = found.startTag.replace(/\/?>$/, '>').replace(/\bcount="\d*"/, `count="${total}"`);
    const startTag = /\bcount="/.test(tag) ? tag : tag.replace(/>$/, ` count="${total}">`);
    return xml.slice(0, found.start) + startTag + found.inner + written + `</${found.name}>` + xml.slice(found.end);
  }
  const element = `<${local} count="${children.length}">${children.join('')}</${local}>`;
  for (const later of ORDER.slice(ORDER.indexOf(local) + 1)) {
    const next = findCollection(xml, later);
    if (next) return xml.slice(0, next.start) + element + xml.slice(next.start);
  }
  const close = /<\/(?:\w+:)?styleSheet>\s*$/.exec(xml);
  if (!close) throw new Error('styles.xml has no closing </styleSheet>');
  return xml.slice(0, close.index) + element + xml.slice(close.index);
}

/** The workbook's default font (font 0): generated fonts keep its face and size. */
function baseFont(xml: string): { name: string; size: number } {
  const fonts = findCollection(xml, 'fonts');
  const first = fonts ? /<(?:\w+:)?font\b[\s\S]*?<\/(?:\w+:)?font>/.exec(fonts.inner)?.[0] : undefined;
  const name = first ? /<(?:\w+:)?name\b[^>]*>/.exec(first) : null;
  const size = first ? /<(?:\w+:)?sz\b[^>]*>/.exec(first) : null;
  return {
    name: (name && attr(name[0], 'val')) || 'Calibri',
    size: Number((size && attr(size[0], 'val')) || 11) || 11,
  };
}

/** Custom number formats already defined, by format code. */
function existingFormats(xml: string): { byCode: Map<string, number>; maxId: number } {
  const byCode = new Map<string, number>();
  let maxId = 163;
  const numFmts = findCollection(xml, 'numFmts');
  for (const tag of numFmts?.inner.match(/<(?:\w+:)?numFmt\b[^>]*>/g) ?? []) {
    const id = Number(attr(tag, 'numFmtId'));
    const code = attr(tag, 'formatCode');
    if (!Number.isFinite(id)) continue;
    maxId = Math.max(maxId, id);
    if (code !== undefined && !byCode.has(code)) byCode.set(code, id);
  }
  return { byCode, maxId };
}

function fontXml(s: CellStyle, base: { name: string; size: number }): string {
  return (
    '<font>' +
    (s.bold ? '<b/>' : '') +
    (s.italic ? '<i/>' : '') +
    `<sz val="${s.fontSize ?? base.size}"/>` +
    (s.fontColor ? `<color rgb="${argb(s.fontColor)}"/>` : '<color theme="1"/>') +
    `<name val="${escapeAttr(base.name)}"/><family val="2"/>` +
    '</font>'
  );
}

function fillXml(hex: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(hex)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

function borderXml(kind: 'thin' | 'bottom'): string {
  if (kind === 'thin') {
    const side = (n: string) => `<${n} style="thin"><color rgb="FFBFBFBF"/></${n}>`;
    return `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`;
  }
  return '<border><left/><right/><top/><bottom style="medium"><color rgb="FF404040"/></bottom><diagonal/></border>';
}

function alignmentXml(s: CellStyle): string {
  if (!s.wrap && !s.horizontal && !s.vertical) return '';
  const vertical = s.vertical === 'middle' ? 'center' : s.vertical;
  return (
    '<alignment' +
    (s.horizontal ? ` horizontal="${s.horizontal}"` : '') +
    (vertical ? ` vertical="${vertical}"` : '') +
    (s.wrap ? ' wrapText="1"' : '') +
    '/>'
  );
}

/**
 * Appends `styles` (index 0, the default, is skipped) and returns the new part and each style's
 * cell-format number (`xfIds[i]` for style i; `xfIds[0]` is 0).
 */
export function mergeCellStyles(stylesXml: string, styles: readonly CellStyle[]): { xml: string; xfIds: number[] } {
  const xfIds = [0];
  if (styles.length <= 1) return { xml: stylesXml, xfIds };
  const base = baseFont(stylesXml);
  const formats = existingFormats(stylesXml);
  let nextFormat = formats.maxId + 1;
  const countOf = (local: string, child: string) => {
    const c = findCollection(stylesXml, local);
    return c ? countChildren(c.inner, child) : 0;
  };
  const fontBase = countOf('fonts', 'font');
  const fillBase = countOf('fills', 'fill');
  const borderBase = countOf('borders', 'border');
  const xfBase = countOf('cellXfs', 'xf');
  if (xfBase === 0) throw new Error('styles.xml has no cell formats');

  const fonts: string[] = [];
  const fills: string[] = [];
  const borders: string[] = [];
  const numFmts: string[] = [];
  const xfs: string[] = [];
  const fontIds = new Map<string, number>();
  const fillIds = new Map<string, number>();
  const borderIds = new Map<string, number>();
  const newFormats = new Map<string, number>();
  const idOf = (map: Map<string, number>, list: string[], xml: string, offset: number) => {
    let id = map.get(xml);
    if (id === undefined) {
      id = offset + list.length;
      list.push(xml);
      map.set(xml, id);
    }
    return id;
  };
  const formatId = (code: string): number => {
    if (code === DEFAULT_DATE_FORMAT) return 14;
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    const known = formats.byCode.get(code) ?? newFormats.get(code);
    if (known !== undefined) return known;
    const id = nextFormat++;
    newFormats.set(code, id);
    numFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  };

  for (let i = 1; i < styles.length; i++) {
    const s = styles[i];
    const hasFont = s.bold || s.italic || s.fontSize !== undefined || s.fontColor !== undefined;
    const fontId = hasFont ? idOf(fontIds, fonts, fontXml(s, base), fontBase) : 0;
    const fillId = s.fill ? idOf(fillIds, fills, fillXml(s.fill), fillBase) : 0;
    const borderId = s.border ? idOf(borderIds, borders, borderXml(s.border), borderBase) : 0;
    const numFmtId = s.numberFormat ? formatId(s.numberFormat) : 0;
    const alignment = alignmentXml(s);
    xfs.push(
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
        (numFmtId ? ' applyNumberFormat="1"' : '') +
        (fontId ? ' applyFont="1"' : '') +
        (fillId ? ' applyFill="1"' : '') +
        (borderId ? ' applyBorder="1"' : '') +
        (alignment ? ` applyAlignment="1">${alignment}</xf>` : '/>'),
    );
    xfIds.push(xfBase + i - 1);
  }
  let xml = stylesXml;
  xml = appendTo(xml, 'numFmts', 'numFmt', numFmts);
  xml = appendTo(xml, 'fonts', 'font', fonts);
  xml = appendTo(xml, 'fills', 'fill', fills);
  xml = appendTo(xml, 'borders', 'border', borders);
  xml = appendTo(xml, 'cellXfs', 'xf', xfs);
  return { xml, xfIds };
}
