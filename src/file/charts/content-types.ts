/**
 * [Content_Types].xml edits, namespace-aware (src/file/xml/dom.ts): every part needs a content
 * type, an Override or a Default for its extension, or Excel reports the file as damaged.
 */
import { childElements, createLike, parseXml, serializeXml, attrOf } from '../xml/dom';
import type { Document, Element } from '../xml/dom';
import { partName } from './part-paths';

export const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';

export const CONTENT_TYPE = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

function typesOf(xml: string): { doc: Document; root: Element } {
  const doc = parseXml(xml, '[Content_Types].xml');
  const root = doc.documentElement!;
  if (root.namespaceURI !== CT_NS || root.localName !== 'Types') throw new Error('[Content_Types].xml has another root element');
  return { doc, root };
}

const overridesOf = (root: Element) => childElements(root, CT_NS, 'Override');

export function hasOverride(xml: string, part: string): boolean {
  const name = partName(part).toLowerCase();
  return overridesOf(typesOf(xml).root).some((el) => (attrOf(el, 'PartName') ?? '').toLowerCase() === name);
}

/** Add an Override for the part unless one is already there. */
export function addOverride(xml: string, part: string, contentType: string): string {
  return addOverrides(xml, [part], contentType);
}

/** Add Overrides for several parts of one type at once, skipping those already there. */
export function addOverrides(xml: string, parts: readonly string[], contentType: string): string {
  const { doc, root } = typesOf(xml);
  const present = new Set(overridesOf(root).map((el) => (attrOf(el, 'PartName') ?? '').toLowerCase()));
  let changed = false;
  for (const part of parts) {
    const name = partName(part);
    if (present.has(name.toLowerCase())) continue;
    present.add(name.toLowerCase());
    const el = createLike(doc, root, 'Override');
    el.setAttribute('PartName', name);
    el.setAttribute('ContentType', contentType);
    root.appendChild(el);
    changed = true;
  }
  return changed ? serializeXml(doc) : xml;
}

export function removeOverride(xml: string, part: string): string {
  return removeOverrides(xml, [part]);
}

export function removeOverrides(xml: string, parts: readonly string[]): string {
  if (parts.length === 0) return xml;
  const names = new Set(parts.map((p) => partName(p).toLowerCase()));
  const { doc, root } = typesOf(xml);
  let changed = false;
  for (const el of overridesOf(root)) {
    if (!names.has((attrOf(el, 'PartName') ?? '').toLowerCase())) continue;
    root.removeChild(el);
    changed = true;
  }
  return changed ? serializeXml(doc) : xml;
}

/** The content type a part has: its Override, else the Default for its extension (both case-insensitive). */
export function contentTypeOf(xml: string, part: string): string | undefined {
  const { root } = typesOf(xml);
  const name = partName(part).toLowerCase();
  const override = overridesOf(root).find((el) => (attrOf(el, 'PartName') ?? '').toLowerCase() === name);
  if (override) return attrOf(override, 'ContentType');
  const ext = /\.([^./]+)$/.exec(name)?.[1];
  const def = childElements(root, CT_NS, 'Default').find((el) => (attrOf(el, 'Extension') ?? '').toLowerCase() === ext);
  return def ? attrOf(def, 'ContentType') : undefined;
}

/**
 * Gives each of `parts` its content type: nothing when a Default or Override already says so, an
 * Override otherwise (a new relationships part where the package has no Default for `rels`).
 */
export function ensureContentTypes(xml: string, parts: readonly { part: string; contentType: string }[]): string {
  const { doc, root } = typesOf(xml);
  const overrides = new Map(overridesOf(root).map((el) => [(attrOf(el, 'PartName') ?? '').toLowerCase(), el]));
  const defaults = new Map(childElements(root, CT_NS, 'Default').map((el) => [(attrOf(el, 'Extension') ?? '').toLowerCase(), attrOf(el, 'ContentType')]));
  let changed = false;
  for (const { part, contentType } of parts) {
    const name = partName(part);
    const existing = overrides.get(name.toLowerCase());
    if (existing) {
      if (attrOf(existing, 'ContentType') !== contentType) {
        existing.setAttribute('ContentType', contentType);
        changed = true;
      }
      continue;
    }
    const ext = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase();
    if (ext !== undefined && defaults.get(ext) === contentType) continue;
    const el = createLike(doc, root, 'Override');
    el.setAttribute('PartName', name);
    el.setAttribute('ContentType', contentType);
    root.appendChild(el);
    overrides.set(name.toLowerCase(), el);
    changed = true;
  }
  return changed ? serializeXml(doc) : xml;
}
