/** Reading and editing relationship parts (*.rels) as text, keeping entries we do not own intact. */
import { attr, escapeAttr } from './xml-text';

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

const REL_TAG = /<(?:\w+:)?Relationship\b[^>]*>/g;

export function parseRelationships(xml: string | undefined): Relationship[] {
  if (!xml) return [];
  return (xml.match(REL_TAG) ?? []).map((tag) => ({
    id: attr(tag, 'Id') ?? '',
    type: attr(tag, 'Type') ?? '',
    target: attr(tag, 'Target') ?? '',
    external: attr(tag, 'TargetMode') === 'External',
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
  const base = xml ?? emptyRelationships();
  const taken = new Set(parseRelationships(base).map((r) => r.id));
  let n = taken.size + 1;
  const ids: string[] = [];
  let entries = '';
  for (const r of rels) {
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n++}`;
    ids.push(id);
    entries += `<Relationship Id="${id}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"/>`;
  }
  const close = /<\/(?:\w+:)?Relationships>\s*$/.exec(base);
  if (close) return { xml: base.slice(0, close.index) + entries + base.slice(close.index), ids };
  const selfClosed = /<((?:\w+:)?Relationships)\b([^>]*?)\/>\s*$/.exec(base);
  if (selfClosed) return { xml: `${base.slice(0, selfClosed.index)}<${selfClosed[1]}${selfClosed[2]}>${entries}</${selfClosed[1]}>`, ids };
  throw new Error('Relationships part has no closing tag');
}

/** Remove the relationship with this id, if present. */
export function removeRelationship(xml: string, id: string): string {
  return removeRelationships(xml, [id]);
}

export function removeRelationships(xml: string, ids: readonly string[]): string {
  if (ids.length === 0) return xml;
  const gone = new Set(ids);
  return xml.replace(REL_TAG, (tag) => (gone.has(attr(tag, 'Id') ?? '') ? '' : tag));
}
