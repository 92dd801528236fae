/**
 * Reading and editing relationship parts (*.rels) namespace-aware (src/file/xml/dom.ts): a prefixed
 * root, comments and processing instructions are understood; entries we do not own stay as written.
 */
import { childElements, createLike, parseXml, serializeXml, attrOf } from '../xml/dom';

export const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const OFFICE_REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL_TYPE = {
  officeDocument: `${OFFICE_REL_NS}/officeDocument`,
  worksheet: `${OFFICE_REL_NS}/worksheet`,
  drawing: `${OFFICE_REL_NS}/drawing`,
  chart: `${OFFICE_REL_NS}/chart`,
  table: `${OFFICE_REL_NS}/table`,
  styles: `${OFFICE_REL_NS}/styles`,
} as const;

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

function relationshipElements(xml: string) {
  const doc = parseXml(xml, 'A relationships part');
  return { doc, root: doc.documentElement!, rels: childElements(doc.documentElement!, REL_NS, 'Relationship') };
}

export function parseRelationships(xml: string | undefined): Relationship[] {
  if (!xml) return [];
  return relationshipElements(xml).rels.map((el) => ({
    id: attrOf(el, 'Id') ?? '',
    type: attrOf(el, 'Type') ?? '',
    target: attrOf(el, 'Target') ?? '',
    external: attrOf(el, 'TargetMode') === 'External',
  }));
}

export function emptyRelationships(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
}

/** Add a relationship with a fresh rIdN; returns the new part text and the id. */
export function addRelationship(xml: string | undefined, type: string, target: string): { xml: string; id: string } {
  const added = addRelationships(xml, [{ type, target }]);
  return { xml: added.xml, id: added.ids[0] };
}

/** Add several relationships at once (a sheet's hundreds of charts), each with a fresh rIdN. */
export function addRelationships(xml: string | undefined, rels: readonly { type: string; target: string }[]): { xml: string; ids: string[] } {
  const { doc, root, rels: present } = relationshipElements(xml ?? emptyRelationships());
  if (root.namespaceURI !== REL_NS || root.localName !== 'Relationships') throw new Error('A relationships part has another root element');
  const taken = new Set(present.map((el) => attrOf(el, 'Id') ?? ''));
  let n = taken.size + 1;
  const ids: string[] = [];
  for (const r of rels) {
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n++}`;
    ids.push(id);
    const el = createLike(doc, root, 'Relationship');
    el.setAttribute('Id', id);
    el.setAttribute('Type', r.type);
    el.setAttribute('Target', r.target);
    root.appendChild(el);
  }
  return { xml: serializeXml(doc), ids };
}

/** Remove the relationship with this id, if present. */
export function removeRelationship(xml: string, id: string): string {
  return removeRelationships(xml, [id]);
}

export function removeRelationships(xml: string, ids: readonly string[]): string {
  if (ids.length === 0) return xml;
  const gone = new Set(ids);
  const { doc, root, rels } = relationshipElements(xml);
  let changed = false;
  for (const el of rels) {
    if (!gone.has(attrOf(el, 'Id') ?? '')) continue;
    root.removeChild(el);
    changed = true;
  }
  return changed ? serializeXml(doc) : xml;
}
