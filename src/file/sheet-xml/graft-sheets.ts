/**
 * Puts generated sheets into the package the workbook was read from, leaving every other part as
 * it was: the user's sheets, shared strings, styles in use, charts, pivot tables, images and
 * anything else ExcelJS would not have written back. Replaced generated sheets are taken out with
 * the parts only they used (tables, drawings, charts). The new sheets' frames (columns, views,
 * validations, conditional formats, print setup) come from a small package ExcelJS wrote with
 * those sheets alone; their cells are added afterwards (add-sheet-bodies.ts).
 */
import { sheetRef } from '../../core/grid';
import type { OpcPackage } from '../opc-package';
import { addOverride, removeOverrides } from '../charts/content-types';
import { nextNumberedPart, relativeTarget, relsPathFor, resolveTarget } from '../charts/part-paths';
import { addRelationship, OFFICE_REL_NS, parseRelationships, REL_TYPE, removeRelationships } from '../charts/relationships';
import { definedNamesOf, readText, stylesPart, workbookPart } from '../charts/workbook-sheets';
import { mergeDxfs } from './styles-xml';
import { attr, escapeAttr, escapeText, parseAttrs, prefixFor, rootStartTag } from '../charts/xml-text';

const CONTENT_TYPES = '[Content_Types].xml';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export interface GraftedSheet {
  name: string;
  /** Workbook-level defined name marking the sheet as ours, if it is marked: SaferPlan_Actions. */
  mark?: string;
}

export interface GraftPlan {
  /** Every sheet ExcelJS knows, in the order wanted; those in `written` are new. */
  order: string[];
  /** Sheets written now, by name. */
  written: ReadonlyMap<string, GraftedSheet>;
  /** Sheets of the original package that are gone (replaced by a generated sheet of another name). */
  removed: ReadonlySet<string>;
  /** Defined names to drop from the workbook (the marks of the sheets written now). */
  dropNames: ReadonlySet<string>;
}

interface SheetTag {
  tag: string;
  name: string;
  relId: string;
}

const lower = (s: string) => s.toLowerCase();

function sheetTags(wbXml: string, rPrefix: string): { tags: SheetTag[]; start: number; end: number; open: string; close: string } {
  const m = /<((?:\w+:)?sheets)\b[^>]*>([\s\S]*?)<\/\1>/.exec(wbXml);
  if (!m) throw new Error('workbook.xml has no <sheets>');
  const tags = (m[2].match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []).map((tag) => ({
    tag,
    name: attr(tag, 'name') ?? '',
    relId: attr(tag, `${rPrefix}id`) ?? parseAttrs(tag).find((a) => /^\w+:id$/.test(a.name))?.value ?? '',
  }));
  const open = m[0].slice(0, m[0].indexOf('>') + 1);
  return { tags, start: m.index, end: m.index + m[0].length, open, close: `</${m[1]}>` };
}

/** Parts referenced from any relationships part still in the package. */
function referencedParts(pkg: OpcPackage): Set<string> {
  const out = new Set<string>();
  for (const name of pkg.names()) {
    if (!name.endsWith('.rels')) continue;
    const source = name === '_rels/.rels' ? '' : name.replace(/_rels\/([^/]+)\.rels$/, '$1');
    for (const r of parseRelationships(readText(pkg, name))) if (!r.external) out.add(resolveTarget(source, r.target));
  }
  return out;
}

/** Removes a part, its relationships, and the parts it alone pointed at (a sheet's tables, drawing, charts); lists what went. */
function removePartTree(pkg: OpcPackage, part: string, removed: string[]): void {
  const rels = parseRelationships(readText(pkg, relsPathFor(part)));
  pkg.remove(part);
  pkg.remove(relsPathFor(part));
  removed.push(part);
  if (rels.length === 0) return;
  const stillUsed = referencedParts(pkg);
  for (const r of rels) {
    if (r.external) continue;
    const target = resolveTarget(part, r.target);
    if (pkg.has(target) && !stillUsed.has(target)) removePartTree(pkg, target, removed);
  }
}

/** The frames package's differential formats (conditional formats' looks) merged into the target's; each one's new dxfId. */
function graftDxfs(pkg: OpcPackage, framesPkg: OpcPackage): number[] {
  const frameStyles = readText(framesPkg, stylesPart(framesPkg)) ?? '';
  const dxfs = /<dxfs\b[^>]*>([\s\S]*?)<\/dxfs>/.exec(frameStyles)?.[1].match(/<dxf>[\s\S]*?<\/dxf>/g) ?? [];
  if (dxfs.length === 0) return [];
  const stylesPath = stylesPart(pkg);
  const xml = readText(pkg, stylesPath);
  if (xml === undefined) throw new Error(`Styles part ${stylesPath} is missing`);
  const merged = mergeDxfs(xml, dxfs);
  pkg.write(stylesPath, merged.xml);
  return merged.ids;
}

/**
 * Grafts the written sheets' frames from `framesPkg` (a package ExcelJS wrote with those sheets
 * only) into `pkg`, removes replaced sheets, and rewrites the workbook's sheet list and defined
 * names. Defined names local to a sheet follow it to its new position.
 */
export function graftSheets(pkg: OpcPackage, framesPkg: OpcPackage, plan: GraftPlan): void {
  const wbPart = workbookPart(pkg);
  let wbXml = readText(pkg, wbPart);
  if (wbXml === undefined) throw new Error(`Workbook part ${wbPart} is missing`);
  const root = rootStartTag(wbXml);
  const rPrefix = prefixFor(root.tag, OFFICE_REL_NS) ?? 'r:';
  const elPrefix = root.name.includes(':') ? root.name.slice(0, root.name.indexOf(':') + 1) : '';
  const wbRelsPath = relsPathFor(wbPart);
  let wbRels = readText(pkg, wbRelsPath) ?? '';
  const contentTypes = { xml: readText(pkg, CONTENT_TYPES) ?? '' };
  if (!contentTypes.xml) throw new Error('Not an .xlsx package: [Content_Types].xml is missing');

  const sheets = sheetTags(wbXml, rPrefix);
  const partOf = (relId: string) => {
    const rel = parseRelationships(wbRels).find((r) => r.id === relId);
    return rel ? resolveTarget(wbPart, rel.target) : undefined;
  };
  const gone = (s: SheetTag) => plan.written.has(s.name) || plan.removed.has(s.name);
  const kept = sheets.tags.filter((s) => !gone(s));

  // Frames: the frames package holds exactly the written sheets.
  const frameWb = workbookPart(framesPkg);
  const frameWbXml = readText(framesPkg, frameWb) ?? '';
  const frameRels = readText(framesPkg, relsPathFor(frameWb));
  const frameSheets = sheetTags(frameWbXml, prefixFor(rootStartTag(frameWbXml).tag, OFFICE_REL_NS) ?? 'r:').tags;
  const dxfIds = graftDxfs(pkg, framesPkg);

  // Out with the replaced sheets and what only they used.
  const removedParts: string[] = [];
  const removedRels: string[] = [];
  for (const s of sheets.tags.filter(gone)) {
    const part = partOf(s.relId);
    if (part) removePartTree(pkg, part, removedParts);
    removedRels.push(s.relId);
  }
  // A calculation chain names cells of sheets that are gone: Excel rebuilds it when it is missing.
  const calcChain = parseRelationships(wbRels).find((r) => r.type === `${OFFICE_REL_NS}/calcChain`);
  if (calcChain) {
    removePartTree(pkg, resolveTarget(wbPart, calcChain.target), removedParts);
    removedRels.push(calcChain.id);
  }
  contentTypes.xml = removeOverrides(contentTypes.xml, removedParts);
  wbRels = removeRelationships(wbRels, removedRels);

  // In with the new ones, in the order wanted; sheets ExcelJS does not know (chart sheets) keep their place.
  // Ids of the sheets that stay are kept; new ones follow them (so building again gives the same ids).
  let nextSheetId = Math.max(0, ...kept.map((s) => Number(attr(s.tag, 'sheetId')) || 0)) + 1;
  const newTags = new Map<string, string>();
  for (const [name] of plan.written) {
    const frameTag = frameSheets.find((s) => s.name === name);
    const frameRel = frameTag && parseRelationships(frameRels).find((r) => r.id === frameTag.relId);
    if (!frameRel) throw new Error(`The frame of sheet '${name}' is missing`);
    const framePart = resolveTarget(frameWb, frameRel.target);
    if (readText(framesPkg, relsPathFor(framePart)) !== undefined) throw new Error(`The frame of sheet '${name}' has relationships`);
    const frameXml = (readText(framesPkg, framePart) ?? '').replace(/\bdxfId="(\d+)"/g, (_m, n: string) => `dxfId="${dxfIds[Number(n)] ?? n}"`);
    const part = nextNumberedPart(pkg.names(), 'xl/worksheets', 'sheet');
    pkg.write(part, frameXml);
    contentTypes.xml = addOverride(contentTypes.xml, part, WORKSHEET_TYPE);
    const added = addRelationship(wbRels, REL_TYPE.worksheet, relativeTarget(wbPart, part));
    wbRels = added.xml;
    newTags.set(name, `<${elPrefix}sheet name="${escapeAttr(name)}" sheetId="${nextSheetId++}" ${rPrefix}id="${added.id}"/>`);
  }
  // Each place in the new list holds a kept sheet (`old`, by identity) or a new one.
  const finalTags: { name: string; tag: string; old?: SheetTag }[] = [];
  for (const name of plan.order) {
    const fresh = newTags.get(name);
    if (fresh) finalTags.push({ name, tag: fresh });
    else {
      const k = kept.find((s) => s.name === name) ?? kept.find((s) => lower(s.name) === lower(name));
      if (k) finalTags.push({ name: k.name, tag: k.tag, old: k });
    }
  }
  // Kept sheets ExcelJS never saw (chart sheets, dialog sheets) go back after the sheet they followed.
  kept.forEach((s, i) => {
    if (finalTags.some((f) => f.old === s)) return;
    const before = i > 0 ? finalTags.findIndex((f) => f.old === kept[i - 1]) : -1;
    finalTags.splice(before + 1, 0, { name: s.name, tag: s.tag, old: s });
  });
  // Only kept sheets carry their local names over: a new sheet may reuse a removed one's id and tag.
  const newIndexOfOld = new Map<number, number>();
  sheets.tags.forEach((s, i) => {
    const at = finalTags.findIndex((f) => f.old === s);
    if (at >= 0) newIndexOfOld.set(i, at);
  });
  wbXml = wbXml.slice(0, sheets.start) + sheets.open + finalTags.map((f) => f.tag).join('') + sheets.close + wbXml.slice(sheets.end);

  // Defined names: local ones follow their sheet; those of removed sheets and our old marks go.
  const frameNames = definedNamesOf(frameWbXml)?.names ?? [];
  const names: string[] = [];
  const existing = definedNamesOf(wbXml);
  for (const d of existing?.names ?? []) {
    if (plan.dropNames.has(d.name)) continue;
    if (d.localSheetId === undefined) names.push(d.text);
    else if (newIndexOfOld.has(d.localSheetId)) names.push(d.text.replace(/\blocalSheetId="\d+"/, `localSheetId="${newIndexOfOld.get(d.localSheetId)}"`));
  }
  for (const d of frameNames) {
    if (d.localSheetId === undefined) continue;
    const sheetName = frameSheets[d.localSheetId]?.name;
    const at = finalTags.findIndex((f) => f.name === sheetName);
    if (at < 0) continue;
    names.push(`<${elPrefix}definedName name="${escapeAttr(d.name)}" localSheetId="${at}">${d.body}</${elPrefix}definedName>`);
  }
  for (const [name, s] of plan.written) {
    if (!s.mark) continue;
    const ref = sheetRef(name, '$A$1');
    names.push(`<${elPrefix}definedName name="${escapeAttr(s.mark)}">${escapeText(ref)}</${elPrefix}definedName>`);
  }
  const element = `${elPrefix}definedNames`;
  const namesXml = names.length ? `<${element}>${names.join('')}</${element}>` : '';
  if (existing) wbXml = wbXml.slice(0, existing.start) + namesXml + wbXml.slice(existing.end);
  else if (namesXml) {
    // CT_Workbook: sheets, functionGroups, externalReferences, then definedNames.
    const after = /<\/(?:\w+:)?externalReferences>|<\/(?:\w+:)?functionGroups>|<\/(?:\w+:)?sheets>/g;
    let at = -1;
    for (const m of wbXml.matchAll(after)) at = Math.max(at, m.index! + m[0].length);
    wbXml = wbXml.slice(0, at) + namesXml + wbXml.slice(at);
  }

  // The active and first visible sheet follow their sheets too.
  wbXml = wbXml.replace(/<(?:\w+:)?workbookView\b[^>]*>/g, (tag) =>
    tag.replace(/\b(activeTab|firstSheet)="(\d+)"/g, (_m, a: string, n: string) => `${a}="${newIndexOfOld.get(Number(n)) ?? 0}"`),
  );

  pkg.write(wbPart, wbXml);
  pkg.write(wbRelsPath, wbRels);
  pkg.write(CONTENT_TYPES, contentTypes.xml);
}
