/**
 * The worksheet's <drawing r:id="..."/> element. CT_Worksheet is a strict sequence, and Excel
 * refuses a file whose elements are out of order, so the element goes after everything that
 * precedes it in the schema (sheetData ... headerFooter, rowBreaks, colBreaks, customProperties,
 * cellWatches, ignoredErrors, smartTags) and before everything that follows it.
 */
import { OFFICE_REL_NS } from './relationships';
import { rootChildren } from './xml-children';
import { attr, escapeAttr, localName, prefixFor } from './xml-text';

/** Elements that CT_Worksheet places after <drawing>. */
const AFTER_DRAWING = new Set([
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
  // Excel wraps oleObjects and controls in mc:AlternateContent; only counted after sheetData.
  'AlternateContent',
]);

/** The relationship id of the sheet's existing drawing, if it has one. */
export function drawingRelId(sheetXml: string): string | undefined {
  const root = rootChildren(sheetXml);
  const el = root.children.find((c) => localName(c.name) === 'drawing');
  if (!el) return undefined;
  const rPrefix = prefixFor(root.startTag, OFFICE_REL_NS) ?? prefixFor(el.startTag, OFFICE_REL_NS) ?? 'r:';
  return attr(el.startTag, `${rPrefix}id`);
}

/** Insert <drawing r:id="relId"/> in schema order. The sheet must not already have one. */
export function insertDrawing(sheetXml: string, relId: string): string {
  const root = rootChildren(sheetXml);
  if (root.children.some((c) => localName(c.name) === 'drawing')) throw new Error('Worksheet already has a <drawing> element');
  const colon = root.name.indexOf(':');
  const elPrefix = colon < 0 ? '' : root.name.slice(0, colon + 1);
  const rPrefix = prefixFor(root.startTag, OFFICE_REL_NS);
  const el = rPrefix !== undefined && rPrefix !== '' ? `<${elPrefix}drawing ${rPrefix}id="${escapeAttr(relId)}"/>` : `<${elPrefix}drawing xmlns:r="${OFFICE_REL_NS}" r:id="${escapeAttr(relId)}"/>`;
  const dataAt = root.children.findIndex((c) => localName(c.name) === 'sheetData');
  const before = root.children.slice(dataAt + 1).find((c) => AFTER_DRAWING.has(localName(c.name)));
  const at = before ? before.start : root.closeStart;
  return sheetXml.slice(0, at) + el + sheetXml.slice(at);
}
