/**
 * Adds generated sheets' cell styles to a package's xl/styles.xml: fonts, fills, borders, number
 * formats and cell formats are appended after the ones already there, whose numbers stay as they
 * are, so every existing cell keeps its look. An entry already there is reused, so building again
 * does not grow the part.
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

/** A collection's children, each by its XML (prefix dropped) to its first index, and how many there are. */
function existingChildren(xml: string, local: string, child: string): { ids: Map<string, number>; count: number } {
  const c = findCollection(xml, local);
  const found = c?.inner.match(new RegExp(`<(?:\\w+:)?${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${child}>)`, 'g')) ?? [];
  const ids = new Map<string, number>();
  found.forEach((el, i) => {
    const plain = el.replace(/<(\/?)\w+:/g, '<$1');
    if (!ids.has(plain)) ids.set(plain, i);
  });
  return { ids, count: found.length };
}

/** Entries of one collection: those already there are reused, the others appended; their numbers, in order. */
function mergeInto(xml: string, local: string, child: string, entries: readonly string[]): { xml: string; ids: number[] } {
  const { ids: known, count } = existingChildren(xml, local, child);
  const added: string[] = [];
  const ids = entries.map((e) => {
    let id = known.get(e);
    if (id === undefined) {
      id = count + added.length;
      added.push(e);
      known.set(e, id);
    }
    return id;
  });
  return { xml: appendTo(xml, local, child, added), ids };
}

/**
 * Conditional formats' looks (<dxf> elements, unprefixed) into the styles part: a look already
 * there is reused. Returns the part and each entry's dxfId.
 */
export function mergeDxfs(stylesXml: string, dxfs: readonly string[]): { xml: string; ids: number[] } {
  return mergeInto(stylesXml, 'dxfs', 'dxf', dxfs);
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
 * Adds `styles` (index 0, the default, is skipped) to the part, reusing what is already there, and
 * returns the new part and each style's cell-format number (`xfIds[i]` for style i; `xfIds[0]` is 0).
 */
export function mergeCellStyles(stylesXml: string, styles: readonly CellStyle[]): { xml: string; xfIds: number[] } {
  if (styles.length <= 1) return { xml: stylesXml, xfIds: [0] };
  if (existingChildren(stylesXml, 'cellXfs', 'xf').count === 0) throw new Error('styles.xml has no cell formats');
  const own = styles.slice(1);
  const base = baseFont(stylesXml);
  let xml = stylesXml;
  // Entries the part already has are reused, not added again: a workbook built again keeps the
  // same styles part instead of growing by a build's worth of formats each time.
  const merge = (local: string, child: string, xmlOf: (s: CellStyle) => string | undefined): number[] => {
    const entries = own.map(xmlOf);
    const merged = mergeInto(xml, local, child, entries.filter((e): e is string => e !== undefined));
    xml = merged.xml;
    let k = 0;
    return entries.map((e) => (e === undefined ? 0 : merged.ids[k++]));
  };
  const fontIds = merge('fonts', 'font', (s) => (s.bold || s.italic || s.fontSize !== undefined || s.fontColor !== undefined ? fontXml(s, base) : undefined));
  const fillIds = merge('fills', 'fill', (s) => (s.fill ? fillXml(s.fill) : undefined));
  const borderIds = merge('borders', 'border', (s) => (s.border ? borderXml(s.border) : undefined));

  const formats = existingFormats(stylesXml);
  let nextFormat = formats.maxId + 1;
  const numFmts: string[] = [];
  const formatId = (code: string): number => {
    if (code === DEFAULT_DATE_FORMAT) return 14;
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    const known = formats.byCode.get(code);
    if (known !== undefined) return known;
    const id = nextFormat++;
    formats.byCode.set(code, id);
    numFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  };
  const xfs = own.map((s, i) => {
    const [fontId, fillId, borderId] = [fontIds[i], fillIds[i], borderIds[i]];
    const numFmtId = s.numberFormat ? formatId(s.numberFormat) : 0;
    const alignment = alignmentXml(s);
    return (
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      (numFmtId ? ' applyNumberFormat="1"' : '') +
      (fontId ? ' applyFont="1"' : '') +
      (fillId ? ' applyFill="1"' : '') +
      (borderId ? ' applyBorder="1"' : '') +
      (alignment ? ` applyAlignment="1">${alignment}</xf>` : '/>')
    );
  });
  xml = appendTo(xml, 'numFmts', 'numFmt', numFmts);
  const merged = mergeInto(xml, 'cellXfs', 'xf', xfs);
  return { xml: merged.xml, xfIds: [0, ...merged.ids] };
}
