/** Which zip entry holds each worksheet: workbook.xml names the sheets, its rels say where they live. */
import type { OpcPackage } from '../opc-package';
import { parseRelationships, REL_TYPE, OFFICE_REL_NS } from './relationships';
import { relsPathFor, resolveTarget } from './part-paths';
import { attr, parseAttrs, prefixFor, rootStartTag } from './xml-text';

export function readText(pkg: OpcPackage, path: string): string | undefined {
  return pkg.readText(path);
}

/** The workbook part named by the package's officeDocument relationship (xl/workbook.xml for every writer we know). */
export function workbookPart(pkg: OpcPackage): string {
  const rels = parseRelationships(readText(pkg, '_rels/.rels'));
  const doc = rels.find((r) => r.type === REL_TYPE.officeDocument);
  return doc ? resolveTarget('', doc.target) : 'xl/workbook.xml';
}

/** Map from sheet name (as the user sees it) to its worksheet part, e.g. 'Data sharing' -> 'xl/worksheets/sheet7.xml'. */
export function worksheetParts(pkg: OpcPackage): Map<string, string> {
  const wbPart = workbookPart(pkg);
  const wbXml = readText(pkg, wbPart);
  if (!wbXml) throw new Error(`Workbook part ${wbPart} is missing`);
  const rels = parseRelationships(readText(pkg, relsPathFor(wbPart)));
  const rPrefix = prefixFor(rootStartTag(wbXml).tag, OFFICE_REL_NS) ?? 'r:';
  const out = new Map<string, string>();
  for (const tag of wbXml.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const name = attr(tag, 'name');
    const rid = attr(tag, `${rPrefix}id`) ?? parseAttrs(tag).find((a) => /^\w+:id$/.test(a.name))?.value;
    const rel = rels.find((r) => r.id === rid);
    if (name === undefined || !rel || rel.type !== REL_TYPE.worksheet) continue;
    out.set(name, resolveTarget(wbPart, rel.target));
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
  /** The element as written. */
  text: string;
  name: string;
  localSheetId?: number;
  /** Its content as written (XML-escaped), e.g. `&apos;Actions&apos;!$1:$1`. */
  body: string;
}

/** The workbook part's defined names, and where its <definedNames> element stands. */
export function definedNamesOf(wbXml: string): { names: DefinedName[]; start: number; end: number } | undefined {
  const m = /<((?:\w+:)?definedNames)\b[^>]*>([\s\S]*?)<\/\1>|<(?:\w+:)?definedNames\b[^>]*\/>/.exec(wbXml);
  if (!m) return undefined;
  const names = [...(m[2] ?? '').matchAll(/<((?:\w+:)?definedName)\b([^>]*)>([\s\S]*?)<\/\1>|<(?:\w+:)?definedName\b[^>]*\/>/g)].map((d) => {
    const local = attr(d[0], 'localSheetId');
    return { text: d[0], name: attr(d[0], 'name') ?? '', localSheetId: local === undefined ? undefined : Number(local), body: d[3] ?? '' };
  });
  return { names, start: m.index, end: m.index + m[0].length };
}
