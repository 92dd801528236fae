/**
 * Small XML text helpers for the package parts we patch by hand. ExcelJS cannot write charts
 * (its issue #141), so the chart parts are written as strings; these keep them well-formed.
 */

/** Characters XML 1.0 forbids (control characters, lone surrogates): Excel cells can hold them, XML cannot. */
const INVALID_XML_CHARS = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripInvalidXmlChars(s: string): string {
  return s.replace(INVALID_XML_CHARS, '');
}

/** Escape for element text. Apostrophes stay readable so formulas like 'Data sharing'!$A$1 read as written. */
export function escapeText(s: string): string {
  return stripInvalidXmlChars(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escape for a double- or single-quoted attribute value. */
export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Decode the five predefined entities and character references (attribute values in workbook.xml, rels). */
export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e];
  });
}

export interface XmlAttr {
  /** Qualified name as written, e.g. 'r:id'. */
  name: string;
  /** Decoded value. */
  value: string;
}

/** Attributes of one start tag, e.g. `<sheet name="A &amp; B" r:id="rId4"/>`. */
export function parseAttrs(startTag: string): XmlAttr[] {
  const attrs: XmlAttr[] = [];
  const body = startTag.replace(/^<[^\s/>]+/, '');
  const re = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) attrs.push({ name: m[1], value: unescapeXml(m[3] ?? m[4] ?? '') });
  return attrs;
}

/** One attribute's decoded value by qualified name, or undefined. */
export function attr(startTag: string, name: string): string | undefined {
  return parseAttrs(startTag).find((a) => a.name === name)?.value;
}

/** The part of a qualified name after the prefix: 'x:drawing' -> 'drawing'. */
export function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
}

/** The prefix (with colon) a start tag declares for a namespace URI, '' for the default namespace, or undefined. */
export function prefixFor(startTag: string, uri: string): string | undefined {
  for (const a of parseAttrs(startTag)) {
    if (a.value !== uri) continue;
    if (a.name === 'xmlns') return '';
    if (a.name.startsWith('xmlns:')) return a.name.slice(6) + ':';
  }
  return undefined;
}

/** The root element's start tag (after the XML declaration and any comments). */
export function rootStartTag(xml: string): { tag: string; name: string; index: number } {
  const re = /<([^\s?!/>]+)[^>]*>/g;
  const m = re.exec(xml);
  if (!m) throw new Error('No root element found');
  return { tag: m[0], name: m[1], index: m.index };
}
