/**
 * The few pieces of XML a streaming reader of SpreadsheetML needs, over the part's text with
 * indexOf and charCodeAt: where a tag ends, its local name, its attributes, and character data
 * decoded as an XML parser would (the five predefined entities, character references, line ends).
 * No DOM and no object per element: a worksheet of a million cells is read in one pass.
 */

/** Index just past the '>' closing the tag that starts at `start` ('<'), quotes respected; -1 if unterminated. */
export function tagEnd(xml: string, start: number): number {
  let q = 0;
  for (let i = start + 1, n = xml.length; i < n; i++) {
    const c = xml.charCodeAt(i);
    if (q !== 0) {
      if (c === q) q = 0;
    } else if (c === 62)
      return i + 1; // >
    else if (c === 34 || c === 39) q = c;
  }
  return -1;
}

/** End (exclusive) of the qualified name that starts at `from`. */
export function nameEnd(xml: string, from: number): number {
  let i = from;
  for (const n = xml.length; i < n; i++) {
    const c = xml.charCodeAt(i);
    if (c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13) break;
  }
  return i;
}

/** The local part of a qualified name: 'x:c' -> 'c'. */
export function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
}

/** Whether the tag text (from '<' to '>') closes itself. */
export function selfClosing(xml: string, end: number): boolean {
  return xml.charCodeAt(end - 2) === 47;
}

/**
 * Calls `onAttr(name, rawValue)` for each attribute of the start tag xml[start, end); names are as
 * written (with any prefix), values still encoded (pass them through decodeAttr when they may hold '&').
 */
export function eachAttr(xml: string, start: number, end: number, onAttr: (name: string, value: string) => void): void {
  let i = nameEnd(xml, start + 1);
  while (i < end) {
    let c = xml.charCodeAt(i);
    while (i < end && (c === 32 || c === 9 || c === 10 || c === 13)) c = xml.charCodeAt(++i);
    if (i >= end || c === 62 || c === 47) return;
    const eq = xml.indexOf('=', i);
    if (eq < 0 || eq >= end) return;
    const name = xml.slice(i, eq).trim();
    let v = eq + 1;
    while (v < end && xml.charCodeAt(v) !== 34 && xml.charCodeAt(v) !== 39) v++;
    if (v >= end) return;
    const close = xml.indexOf(xml[v], v + 1);
    if (close < 0 || close >= end) return;
    onAttr(name, xml.slice(v + 1, close));
    i = close + 1;
  }
}

/** The attributes of a start tag as a plain record (for the small parts: workbook, styles, columns). */
export function attrsOf(xml: string, start: number, end: number): Record<string, string> {
  const out: Record<string, string> = {};
  eachAttr(xml, start, end, (name, value) => (out[name] = decodeAttr(value)));
  return out;
}

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(ENTITY, (m, named: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (named) return NAMED[named];
    const code = dec !== undefined ? parseInt(dec, 10) : parseInt(hex!, 16);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** Character data as an XML parser reports it: line ends normalised to \n (before references are expanded), entities decoded. */
export function decodeText(raw: string): string {
  let s = raw;
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  return s.indexOf('&') >= 0 ? decodeEntities(s) : s;
}

/** An attribute value as an XML parser reports it: literal tabs and line ends become spaces, entities decoded. */
export function decodeAttr(raw: string): string {
  let s = raw;
  if (/[\t\n\r]/.test(s)) s = s.replace(/\r\n|[\t\n\r]/g, ' ');
  return s.indexOf('&') >= 0 ? decodeEntities(s) : s;
}

/** SpreadsheetML's `_xHHHH_` escapes (ECMA-376 Part 1, 22.9.2.19), decoded as ExcelJS decodes them (upper-case hex). */
export function decodeExcelEscapes(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The text between an opening tag ending at `from` and the next '<' , plus CDATA sections, up to
 * the element's end tag `close`; returns the decoded text and the index past the end tag.
 * Child elements (none expected in <v>, <t>, <f>) are skipped.
 */
export function elementText(xml: string, from: number, closeLocal: string): { text: string; next: number } {
  let text = '';
  let i = from;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) return { text: text + decodeText(xml.slice(i)), next: xml.length };
    if (lt > i) text += decodeText(xml.slice(i, lt));
    if (xml.startsWith('<![CDATA[', lt)) {
      const e = xml.indexOf(']]>', lt + 9);
      const stop = e < 0 ? xml.length : e;
      text += xml.slice(lt + 9, stop).replace(/\r\n?/g, '\n');
      i = e < 0 ? xml.length : e + 3;
      continue;
    }
    const end = tagEnd(xml, lt);
    if (end < 0) return { text, next: xml.length };
    if (xml.charCodeAt(lt + 1) === 47 && localName(xml.slice(lt + 2, nameEnd(xml, lt + 2))) === closeLocal) return { text, next: end };
    i = end; // a comment, processing instruction or unexpected child: its markup is not text
    if (xml.startsWith('<!--', lt)) {
      const e = xml.indexOf('-->', lt + 4);
      i = e < 0 ? xml.length : e + 3;
    }
  }
}

export interface TagVisit {
  /** Local name (prefix dropped). */
  name: string;
  /** Index of '<'. */
  start: number;
  /** Index past '>'. */
  end: number;
  closing: boolean;
  empty: boolean;
}

/**
 * Visits every element tag in xml[from, to), skipping comments, processing instructions, CDATA and
 * the declaration. `visit` may return an index to continue from (past an element it read itself).
 */
export function eachTag(xml: string, from: number, to: number, visit: (t: TagVisit) => number | void): void {
  const t: TagVisit = { name: '', start: 0, end: 0, closing: false, empty: false };
  let i = from;
  while (i < to) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt >= to) return;
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 33) {
      // <!-- -->, <![CDATA[ ]]>, <!DOCTYPE>
      const closer = xml.startsWith('<!--', lt) ? '-->' : xml.startsWith('<![CDATA[', lt) ? ']]>' : '>';
      const e = xml.indexOf(closer, lt + 2);
      i = e < 0 ? to : e + closer.length;
      continue;
    }
    if (c1 === 63) {
      const e = xml.indexOf('?>', lt + 2);
      i = e < 0 ? to : e + 2;
      continue;
    }
    const end = tagEnd(xml, lt);
    if (end < 0) return;
    t.closing = c1 === 47;
    const nameStart = t.closing ? lt + 2 : lt + 1;
    t.name = localName(xml.slice(nameStart, nameEnd(xml, nameStart)));
    t.start = lt;
    t.end = end;
    t.empty = !t.closing && selfClosing(xml, end);
    const next = visit(t);
    i = typeof next === 'number' ? next : end;
  }
}
