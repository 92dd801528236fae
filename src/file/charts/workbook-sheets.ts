/** Which zip entry holds each worksheet: workbook.xml names the sheets, its rels say where they live. */
import type { OpcPackage } from '../opc-package';
import { parseRelationships, REL_TYPE, OFFICE_REL_NS } from './relationships';
import { relsPathFor, resolveTarget } from './part-paths';
import { attrOf, childElements, firstChild, parseXml } from '../xml/dom';
import type { Document, Element } from '../xml/dom';

/** The relationships namespace of ISO/IEC 29500 Strict, which a few producers write. */
const STRICT_REL_NS = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

export function readText(pkg: OpcPackage, path: string): string | undefined {
  return pkg.readText(path);
}

/** The workbook part named by the package's officeDocument relationship (xl/workbook.xml for every writer we know). */
export function workbookPart(pkg: OpcPackage): string {
  const rels = parseRelationships(readText(pkg, '_rels/.rels'));
  const doc = rels.find((r) => r.type === REL_TYPE.officeDocument);
  return doc ? resolveTarget('', doc.target) : 'xl/workbook.xml';
}

export interface WorkbookDom {
  doc: Document;
  root: Element;
  /** SpreadsheetML's namespace as this part writes it (the root's). */
  ns: string | null;
  sheetsEl: Element;
  sheets: { el: Element; name: string; relId: string }[];
}

/** The sheet's relationship id, whatever prefix it is written with. */
export function sheetRelId(el: Element): string {
  if (el.hasAttributeNS(OFFICE_REL_NS, 'id')) return el.getAttributeNS(OFFICE_REL_NS, 'id') ?? '';
  if (el.hasAttributeNS(STRICT_REL_NS, 'id')) return el.getAttributeNS(STRICT_REL_NS, 'id') ?? '';
  return '';
}

/** The workbook part parsed: its <sheets> and each sheet's name and relationship id (comments are not sheets). */
export function workbookDom(wbXml: string, part = 'xl/workbook.xml'): WorkbookDom {
  const doc = parseXml(wbXml, part);
  const root = doc.documentElement!;
  const ns = root.namespaceURI;
  const sheetsEl = firstChild(root, ns, 'sheets');
  if (!sheetsEl) throw new Error(`${part} has no <sheets>`);
  const sheets = childElements(sheetsEl, ns, 'sheet').map((el) => ({ el, name: attrOf(el, 'name') ?? '', relId: sheetRelId(el) }));
  return { doc, root, ns, sheetsEl, sheets };
}

/** Map from sheet name (as the user sees it) to its worksheet part, e.g. 'Data sharing' -> 'xl/worksheets/sheet7.xml'. */
export function worksheetParts(pkg: OpcPackage): Map<string, string> {
  const wbPart = workbookPart(pkg);
  const wbXml = readText(pkg, wbPart);
  if (!wbXml) throw new Error(`Workbook part ${wbPart} is missing`);
  const rels = parseRelationships(readText(pkg, relsPathFor(wbPart)));
  const out = new Map<string, string>();
  for (const s of workbookDom(wbXml, wbPart).sheets) {
    const rel = rels.find((r) => r.id === s.relId);
    if (!rel || rel.type !== REL_TYPE.worksheet || rel.external) continue;
    out.set(s.name, resolveTarget(wbPart, rel.target));
  }
  return out;
}

/** A sheet's worksheet part by its name (Excel sheet names are unique regardless of case). */
export function sheetPartByName(parts: Map<string, string>, name: string, doing: string): string {
  const exact = parts.get(name);
  if (exact) return exact;
  for (const [n, part] of parts) if (n.toLowerCase() === name.toLowerCase()) return part;
  throw new Error(`Cannot ${doing}: the workbook has no sheet named '${name}'`);
}

/** The styles part named by the workbook's relationships (xl/styles.xml for every writer we know). */
export function stylesPart(pkg: OpcPackage): string {
  const wb = workbookPart(pkg);
  const rel = parseRelationships(readText(pkg, relsPathFor(wb))).find((r) => r.type === REL_TYPE.styles);
  return rel ? resolveTarget(wb, rel.target) : 'xl/styles.xml';
}

export interface DefinedName {
  el: Element;
  name: string;
  localSheetId?: number;
  /** Its formula, decoded, e.g. `'Actions'!$1:$1`. */
  value: string;
  /** Its comment attribute, if any. */
  comment?: string;
}

/** The workbook's defined names (none when it has no <definedNames>). */
export function definedNamesIn(wb: { root: Element; ns: string | null }): { el?: Element; names: DefinedName[] } {
  const el = firstChild(wb.root, wb.ns, 'definedNames');
  if (!el) return { names: [] };
  const names = childElements(el, wb.ns, 'definedName').map((d) => {
    const local = attrOf(d, 'localSheetId');
    return { el: d, name: attrOf(d, 'name') ?? '', localSheetId: local === undefined ? undefined : Number(local), value: d.textContent ?? '', comment: attrOf(d, 'comment') };
  });
  return { el, names };
}

/** The workbook part's defined names. */
export function definedNamesOf(wbXml: string): { names: DefinedName[] } {
  const doc = parseXml(wbXml, 'xl/workbook.xml');
  return definedNamesIn({ root: doc.documentElement!, ns: doc.documentElement!.namespaceURI });
}
