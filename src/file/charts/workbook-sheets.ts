/** Which zip entry holds each worksheet: workbook.xml names the sheets, its rels say where they live. */
import type JSZip from 'jszip';
import { parseRelationships, REL_TYPE, OFFICE_REL_NS } from './relationships';
import { relsPathFor, resolveTarget } from './part-paths';
import { attr, parseAttrs, prefixFor, rootStartTag } from './xml-text';

export async function readText(zip: JSZip, path: string): Promise<string | undefined> {
  const f = zip.file(path);
  return f ? f.async('string') : undefined;
}

/** The workbook part named by the package's officeDocument relationship (xl/workbook.xml for every writer we know). */
export async function workbookPart(zip: JSZip): Promise<string> {
  const rels = parseRelationships(await readText(zip, '_rels/.rels'));
  const doc = rels.find((r) => r.type === REL_TYPE.officeDocument);
  return doc ? resolveTarget('', doc.target) : 'xl/workbook.xml';
}

/** Map from sheet name (as the user sees it) to its worksheet part, e.g. 'Data sharing' -> 'xl/worksheets/sheet7.xml'. */
export async function worksheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wbPart = await workbookPart(zip);
  const wbXml = await readText(zip, wbPart);
  if (!wbXml) throw new Error(`Workbook part ${wbPart} is missing`);
  const rels = parseRelationships(await readText(zip, relsPathFor(wbPart)));
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
