/**
 * Namespace-aware editing of the small package parts other producers write and SaferPlan must
 * change: the workbook part, relationships, [Content_Types].xml and styles.xml.
 *
 * Why @xmldom/xmldom: it is a maintained W3C DOM (Level 2 Core) for Node with namespaces, so a part
 * written with prefixes (openpyxl's `<x:workbook>`, a `r:` declared only on each `<sheet>`) is read
 * by namespace URI rather than by spelling, comments and processing instructions stay nodes instead
 * of being mistaken for markup, and its serialiser declares any prefix an element we add needs.
 * It keeps comments, processing instructions, attribute order and text exactly, which an
 * object-mapping parser such as fast-xml-parser does not promise. Speed is not the question here:
 * these parts are a few kilobytes (a workbook of 1,000 sheets has a 100 KB workbook.xml, parsed in
 * milliseconds); worksheets, which can be hundreds of megabytes, are never parsed into a DOM.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import type { Document, Element, Node } from '@xmldom/xmldom';

export type { Document, Element };

export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const ELEMENT_NODE = 1;

/** A part parsed into a DOM; an Error naming the part when it is not well-formed. */
export function parseXml(xml: string, part: string): Document {
  let problem: string | undefined;
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning' && problem === undefined) problem = message.split('\n')[0];
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(xml.replace(/^\uFEFF/, ''), 'application/xml');
  } catch (e) {
    throw new Error(`${part} is not well-formed XML (${(e instanceof Error ? e.message : String(e)).split('\n')[0]})`);
  }
  if (problem !== undefined || !doc.documentElement) throw new Error(`${part} is not well-formed XML (${problem ?? 'no root element'})`);
  return doc;
}

export function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

/** Direct child elements, optionally only those with this namespace and local name. */
export function childElements(parent: Node, ns?: string | null, local?: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== ELEMENT_NODE) continue;
    const el = n as Element;
    if (local !== undefined && (el.localName !== local || el.namespaceURI !== ns)) continue;
    out.push(el);
  }
  return out;
}

export function firstChild(parent: Node, ns: string | null, local: string): Element | undefined {
  return childElements(parent, ns, local)[0];
}

/** The qualified name for a new element in the same namespace and with the same prefix as `like`. */
export function qualifiedLike(like: Element, local: string): string {
  return like.prefix ? `${like.prefix}:${local}` : local;
}

/** A new element in `like`'s namespace and prefix. */
export function createLike(doc: Document, like: Element, local: string): Element {
  return doc.createElementNS(like.namespaceURI, qualifiedLike(like, local));
}

/**
 * The prefix bound to `ns` where `el` stands, declaring one on the document's root when none is:
 * `preferred` if it is free there, else the first free `preferredN`.
 */
export function prefixInScope(el: Element, ns: string, preferred: string): string {
  const found = el.lookupPrefix(ns);
  if (found) return found;
  const root = el.ownerDocument!.documentElement!;
  let prefix = preferred;
  for (let n = 2; root.lookupNamespaceURI(prefix) !== null || el.lookupNamespaceURI(prefix) !== null; n++) prefix = `${preferred}${n}`;
  root.setAttributeNS(XMLNS_NS, `xmlns:${prefix}`, ns);
  return prefix;
}

/** An attribute in a namespace, whatever its prefix; undefined when absent. */
export function attrNS(el: Element, ns: string, local: string): string | undefined {
  return el.hasAttributeNS(ns, local) ? (el.getAttributeNS(ns, local) ?? undefined) : undefined;
}

/** A plain attribute; undefined when absent. */
export function attrOf(el: Element, name: string): string | undefined {
  return el.hasAttribute(name) ? (el.getAttribute(name) ?? undefined) : undefined;
}
