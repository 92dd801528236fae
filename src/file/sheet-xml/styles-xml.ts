/**
 * Adds generated sheets' cell styles to a package's xl/styles.xml: fonts, fills, borders, number
 * formats and cell formats are appended after the ones already there, whose numbers stay as they
 * are, so every existing cell keeps its look. An entry already there is reused, so building again
 * does not grow the part.
 */
import type { CellStyle } from './cell-styles';
import { DEFAULT_DATE_FORMAT } from './cell-styles';
import { escapeAttr } from '../charts/xml-text';
import { attrOf, childElements, createLike, firstChild, parseXml, serializeXml } from '../xml/dom';
import type { Document, Element } from '../xml/dom';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

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

/**
 * The styles part as a namespace-aware DOM (src/file/xml/dom.ts): whatever prefix its producer gave
 * SpreadsheetML (openpyxl's `<x:styleSheet>`), collections are found by namespace and local name,
 * and elements added are written with the root's own prefix. A part nothing is added to is returned
 * exactly as it was, so a built workbook built again keeps its styles part byte for byte.
 */
class StylesPart {
  readonly doc: Document;
  readonly root: Element;
  readonly ns: string | null;
  private changed = false;

  constructor(private readonly original: string) {
    this.doc = parseXml(original, 'styles.xml');
    this.root = this.doc.documentElement!;
    this.ns = this.root.namespaceURI;
    if (this.root.localName !== 'styleSheet') throw new Error(`styles.xml has <${this.root.tagName}> where <styleSheet> belongs`);
  }

  collection(local: string): Element | undefined {
    return firstChild(this.root, this.ns, local);
  }

  children(local: string, child: string): Element[] {
    const c = this.collection(local);
    return c ? childElements(c, this.ns, child) : [];
  }

  /** Appends entries (unprefixed XML in SpreadsheetML's namespace) to a collection, created in schema order when missing. */
  append(local: string, entries: readonly string[]): void {
    if (entries.length === 0) return;
    let coll = this.collection(local);
    if (!coll) {
      coll = createLike(this.doc, this.root, local);
      const later = childElements(this.root).find((el) => el.namespaceURI === this.ns && ORDER.indexOf(el.localName ?? '') > ORDER.indexOf(local));
      this.root.insertBefore(coll, later ?? null);
    }
    for (const e of entries) coll.appendChild(this.adopt(fragment(e)));
    coll.setAttribute('count', String(childElements(coll, this.ns).length));
    this.changed = true;
  }

  /** A copy of an element of ours in this part's namespace and prefix. */
  private adopt(src: Element): Element {
    const el = createLike(this.doc, this.root, src.localName ?? src.tagName);
    for (let i = 0; i < src.attributes.length; i++) {
      const a = src.attributes.item(i)!;
      if (a.name !== 'xmlns' && !a.name.startsWith('xmlns:')) el.setAttribute(a.name, a.value);
    }
    for (const c of childElements(src)) el.appendChild(this.adopt(c));
    return el;
  }

  toString(): string {
    return this.changed ? serializeXml(this.doc) : this.original;
  }
}

/** One entry of ours as an element, parsed in SpreadsheetML's namespace. */
function fragment(xml: string): Element {
  return parseXml(`<w xmlns="${MAIN_NS}">${xml}</w>`, 'a style entry').documentElement!.firstChild as Element;
}

/**
 * An element as compared with an entry of ours: local names in SpreadsheetML (other namespaces keep
 * their URI), attributes in order without namespace declarations, element children only.
 */
function canonical(el: Element, ns: string | null): string {
  const name = el.namespaceURI === ns ? el.localName : `{${el.namespaceURI}}${el.localName}`;
  let attrs = '';
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
    attrs += ` ${a.namespaceURI ? `{${a.namespaceURI}}${a.localName}` : a.name}="${escapeAttr(a.value)}"`;
  }
  const kids = childElements(el)
    .map((c) => canonical(c, ns))
    .join('');
  return kids ? `<${name}${attrs}>${kids}</${name}>` : `<${name}${attrs}/>`;
}

/** Entries of one collection: those already there are reused, the others appended; their numbers, in order. */
function mergeInto(part: StylesPart, local: string, child: string, entries: readonly string[]): number[] {
  const existing = part.children(local, child);
  const known = new Map<string, number>();
  existing.forEach((el, i) => {
    const key = canonical(el, part.ns);
    if (!known.has(key)) known.set(key, i);
  });
  const added: string[] = [];
  const ids = entries.map((e) => {
    const key = canonical(fragment(e), MAIN_NS);
    let id = known.get(key);
    if (id === undefined) {
      id = existing.length + added.length;
      added.push(e);
      known.set(key, id);
    }
    return id;
  });
  part.append(local, added);
  return ids;
}

/**
 * Conditional formats' looks (<dxf> elements, unprefixed) into the styles part: a look already
 * there is reused. Returns the part and each entry's dxfId.
 */
export function mergeDxfs(stylesXml: string, dxfs: readonly string[]): { xml: string; ids: number[] } {
  const part = new StylesPart(stylesXml);
  const ids = mergeInto(part, 'dxfs', 'dxf', dxfs);
  return { xml: part.toString(), ids };
}

/** The workbook's default font (font 0): generated fonts keep its face and size. */
function baseFont(part: StylesPart): { name: string; size: number } {
  const first = part.children('fonts', 'font')[0];
  const name = first ? firstChild(first, part.ns, 'name') : undefined;
  const size = first ? firstChild(first, part.ns, 'sz') : undefined;
  return {
    name: (name && attrOf(name, 'val')) || 'Calibri',
    size: Number((size && attrOf(size, 'val')) || 11) || 11,
  };
}

/** Custom number formats already defined, by format code. */
function existingFormats(part: StylesPart): { byCode: Map<string, number>; maxId: number } {
  const byCode = new Map<string, number>();
  let maxId = 163;
  for (const el of part.children('numFmts', 'numFmt')) {
    const id = Number(attrOf(el, 'numFmtId'));
    const code = attrOf(el, 'formatCode');
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
  return '<alignment' + (s.horizontal ? ` horizontal="${s.horizontal}"` : '') + (vertical ? ` vertical="${vertical}"` : '') + (s.wrap ? ' wrapText="1"' : '') + '/>';
}

/**
 * Adds `styles` (index 0, the default, is skipped) to the part, reusing what is already there, and
 * returns the new part and each style's cell-format number (`xfIds[i]` for style i; `xfIds[0]` is 0).
 */
export function mergeCellStyles(stylesXml: string, styles: readonly CellStyle[]): { xml: string; xfIds: number[] } {
  if (styles.length <= 1) return { xml: stylesXml, xfIds: [0] };
  const part = new StylesPart(stylesXml);
  if (part.children('cellXfs', 'xf').length === 0) throw new Error('styles.xml has no cell formats');
  const own = styles.slice(1);
  const base = baseFont(part);
  // Entries the part already has are reused, not added again: a workbook built again keeps the
  // same styles part instead of growing by a build's worth of formats each time.
  const merge = (local: string, child: string, xmlOf: (s: CellStyle) => string | undefined): number[] => {
    const entries = own.map(xmlOf);
    const ids = mergeInto(
      part,
      local,
      child,
      entries.filter((e): e is string => e !== undefined),
    );
    let k = 0;
    return entries.map((e) => (e === undefined ? 0 : ids[k++]));
  };
  const fontIds = merge('fonts', 'font', (s) => (s.bold || s.italic || s.fontSize !== undefined || s.fontColor !== undefined ? fontXml(s, base) : undefined));
  const fillIds = merge('fills', 'fill', (s) => (s.fill ? fillXml(s.fill) : undefined));
  const borderIds = merge('borders', 'border', (s) => (s.border ? borderXml(s.border) : undefined));

  const formats = existingFormats(part);
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
  part.append('numFmts', numFmts);
  const ids = mergeInto(part, 'cellXfs', 'xf', xfs);
  return { xml: part.toString(), xfIds: [0, ...ids] };
}
