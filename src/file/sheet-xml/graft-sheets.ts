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
import { addRelationship, emptyRelationships, OFFICE_REL_NS, parseRelationships, REL_TYPE, removeRelationships } from '../charts/relationships';
import { definedNamesIn, readText, stylesPart, workbookDom, workbookPart } from '../charts/workbook-sheets';
import type { WorkbookDom } from '../charts/workbook-sheets';
import { attrOf, childElements, createLike, firstChild, prefixInScope, serializeXml } from '../xml/dom';
import type { Element } from '../xml/dom';
import { mergeDxfs } from './styles-xml';

const CONTENT_TYPES = '[Content_Types].xml';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export interface GraftedSheet {
  name: string;
  /** Workbook-level defined name marking the sheet as ours, if it is marked: SaferPlan_Actions. */
  mark?: string;
  /** The mark's comment: what SaferPlan wrote there, so a mark is ours only while it and the sheet agree. */
  markComment?: string;
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

const lower = (s: string) => s.toLowerCase();

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

/** Where a new <definedNames> goes when the workbook has none (CT_Workbook: sheets, functionGroups, externalReferences, definedNames). */
function definedNamesAnchor(root: Element, ns: string | null): Element | null {
  let after: Element | undefined;
  for (const el of childElements(root)) {
    if (el.namespaceURI === ns && ['sheets', 'functionGroups', 'externalReferences'].includes(el.localName ?? '')) after = el;
  }
  let next = after?.nextSibling ?? null;
  while (next && next.nodeType !== 1) next = next.nextSibling;
  return next as Element | null;
}

/**
 * Grafts the written sheets' frames from `framesPkg` (a package ExcelJS wrote with those sheets
 * only) into `pkg`, removes replaced sheets, and rewrites the workbook's sheet list and defined
 * names. Defined names local to a sheet follow it to its new position. The workbook part is edited
 * as a namespace-aware DOM, so whatever prefixes its producer chose, every prefix written is declared.
 */
export function graftSheets(pkg: OpcPackage, framesPkg: OpcPackage, plan: GraftPlan): void {
  const wbPart = workbookPart(pkg);
  const wbXml = readText(pkg, wbPart);
  if (wbXml === undefined) throw new Error(`Workbook part ${wbPart} is missing`);
  const wb = workbookDom(wbXml, wbPart);
  const wbRelsPath = relsPathFor(wbPart);
  let wbRels = readText(pkg, wbRelsPath) ?? emptyRelationships();
  const contentTypes = { xml: readText(pkg, CONTENT_TYPES) ?? '' };
  if (!contentTypes.xml) throw new Error('Not an .xlsx package: [Content_Types].xml is missing');

  const partOf = (relId: string) => {
    const rel = parseRelationships(wbRels).find((r) => r.id === relId);
    return rel && !rel.external ? resolveTarget(wbPart, rel.target) : undefined;
  };
  type Sheet = WorkbookDom['sheets'][number];
  const gone = (s: Sheet) => plan.written.has(s.name) || plan.removed.has(s.name);
  const kept = wb.sheets.filter((s) => !gone(s));

  // Frames: the frames package holds exactly the written sheets.
  const frameWb = workbookPart(framesPkg);
  const frameWbXml = readText(framesPkg, frameWb) ?? '';
  const frameRels = readText(framesPkg, relsPathFor(frameWb));
  const frameDom = workbookDom(frameWbXml, 'frames workbook');
  const frameSheets = frameDom.sheets;
  const dxfIds = graftDxfs(pkg, framesPkg);

  // Out with the replaced sheets and what only they used.
  const removedParts: string[] = [];
  const removedRels: string[] = [];
  for (const s of wb.sheets.filter(gone)) {
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
  let nextSheetId = Math.max(0, ...kept.map((s) => Number(attrOf(s.el, 'sheetId')) || 0)) + 1;
  const rPrefix = prefixInScope(wb.sheetsEl, OFFICE_REL_NS, 'r');
  const newEls = new Map<string, Element>();
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
    const el = createLike(wb.doc, wb.sheetsEl, 'sheet');
    el.setAttribute('name', name);
    el.setAttribute('sheetId', String(nextSheetId++));
    el.setAttributeNS(OFFICE_REL_NS, `${rPrefix}:id`, added.id);
    newEls.set(name, el);
  }
  // Each place in the new list holds a kept sheet (`old`) or a new one.
  const finalTags: { name: string; el: Element; old?: Sheet }[] = [];
  for (const name of plan.order) {
    const fresh = newEls.get(name);
    if (fresh) finalTags.push({ name, el: fresh });
    else {
      const k = kept.find((s) => s.name === name) ?? kept.find((s) => lower(s.name) === lower(name));
      if (k && !finalTags.some((f) => f.old === k)) finalTags.push({ name: k.name, el: k.el, old: k });
    }
  }
  // Kept sheets ExcelJS never saw (chart sheets, dialog sheets) go back after the sheet they followed.
  kept.forEach((s, i) => {
    if (finalTags.some((f) => f.old === s)) return;
    const before = i > 0 ? finalTags.findIndex((f) => f.old === kept[i - 1]) : -1;
    finalTags.splice(before + 1, 0, { name: s.name, el: s.el, old: s });
  });
  // Only kept sheets carry their local names over: a new sheet may reuse a removed one's id and tag.
  const newIndexOfOld = new Map<number, number>();
  wb.sheets.forEach((s, i) => {
    const at = finalTags.findIndex((f) => f.old === s);
    if (at >= 0) newIndexOfOld.set(i, at);
  });
  for (const s of wb.sheets) wb.sheetsEl.removeChild(s.el);
  for (const f of finalTags) wb.sheetsEl.appendChild(f.el);

  // Defined names: local ones follow their sheet; those of removed sheets and our old marks go.
  const existing = definedNamesIn(wb);
  let namesEl = existing.el;
  for (const d of existing.names) {
    if (plan.dropNames.has(d.name) || (d.localSheetId !== undefined && !newIndexOfOld.has(d.localSheetId))) namesEl!.removeChild(d.el);
    else if (d.localSheetId !== undefined) d.el.setAttribute('localSheetId', String(newIndexOfOld.get(d.localSheetId)));
  }
  const addName = (name: string, value: string, localSheetId?: number, comment?: string) => {
    if (!namesEl) {
      namesEl = createLike(wb.doc, wb.sheetsEl, 'definedNames');
      wb.root.insertBefore(namesEl, definedNamesAnchor(wb.root, wb.ns));
    }
    const el = createLike(wb.doc, wb.sheetsEl, 'definedName');
    el.setAttribute('name', name);
    if (comment !== undefined) el.setAttribute('comment', comment);
    if (localSheetId !== undefined) el.setAttribute('localSheetId', String(localSheetId));
    el.appendChild(wb.doc.createTextNode(value));
    namesEl.appendChild(el);
  };
  for (const d of definedNamesIn(frameDom).names) {
    if (d.localSheetId === undefined) continue;
    const sheetName = frameSheets[d.localSheetId]?.name;
    const at = finalTags.findIndex((f) => f.name === sheetName);
    if (at >= 0) addName(d.name, d.value, at);
  }
  for (const [name, s] of plan.written) if (s.mark) addName(s.mark, sheetRef(name, '$A$1'), undefined, s.markComment);

  // The active and first visible sheet follow their sheets too.
  const views = firstChild(wb.root, wb.ns, 'bookViews');
  for (const view of views ? childElements(views, wb.ns, 'workbookView') : []) {
    for (const a of ['activeTab', 'firstSheet']) {
      const v = attrOf(view, a);
      if (v !== undefined) view.setAttribute(a, String(newIndexOfOld.get(Number(v)) ?? 0));
    }
  }

  pkg.write(wbPart, serializeXml(wb.doc));
  pkg.write(wbRelsPath, wbRels);
  pkg.write(CONTENT_TYPES, contentTypes.xml);
}

/**
 * Gives the workbook-level marks of a package ExcelJS wrote whole (a new workbook) their comments,
 * which ExcelJS does not write: the record that makes each marked sheet ours.
 */
export function commentMarks(pkg: OpcPackage, comments: ReadonlyMap<string, string>): void {
  if (comments.size === 0) return;
  const wbPart = workbookPart(pkg);
  const xml = readText(pkg, wbPart);
  if (xml === undefined) return;
  const wb = workbookDom(xml, wbPart);
  let changed = false;
  for (const d of definedNamesIn(wb).names) {
    const comment = d.localSheetId === undefined ? comments.get(d.name) : undefined;
    if (comment === undefined || d.comment === comment) continue;
    d.el.setAttribute('comment', comment);
    changed = true;
  }
  if (changed) pkg.write(wbPart, serializeXml(wb.doc));
}
