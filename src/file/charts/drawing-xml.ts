/**
 * The sheet's drawing part (xdr:wsDr): one twoCellAnchor per chart, holding a graphicFrame that
 * points at the chart part. ExcelJS writes a drawing for images; charts join that drawing,
 * because a worksheet may have only one <drawing>.
 */
import { parseA1 } from '../../core/grid/address';
import { A_NS, C_NS } from './chart-xml';
import { OFFICE_REL_NS } from './relationships';
import { attr, escapeAttr, parseAttrs, prefixFor, rootStartTag } from './xml-text';

export const XDR_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** cNvPr names we give our charts; how a second run recognises (and replaces) its own charts. */
export const CHART_NAME_PREFIX = 'SaferPlan chart';

export function emptyDrawingXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}"></xdr:wsDr>`;
}

/** Zero-based anchor corners: the chart covers `from` to `to` inclusive, so it ends at the far edge of `to`. */
export function anchorCells(from: string, to: string): { from: { col: number; row: number }; to: { col: number; row: number } } {
  const p = parseA1(from);
  const q = parseA1(to);
  return {
    from: { col: Math.min(p.col, q.col) - 1, row: Math.min(p.row, q.row) - 1 },
    to: { col: Math.max(p.col, q.col), row: Math.max(p.row, q.row) },
  };
}

function marker(tag: 'from' | 'to', c: { col: number; row: number }): string {
  return `<xdr:${tag}><xdr:col>${c.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

export interface ChartAnchor {
  from: string;
  to: string;
  /** cNvPr id, unique within the drawing. */
  shapeId: number;
  /** Alt text (cNvPr descr): the chart title, for screen readers. */
  description: string;
  /** Relationship id of the chart part in the drawing's rels. */
  relId: string;
}

/**
 * One anchor. `declareNs` adds xdr/a declarations on the anchor itself, for an existing drawing
 * whose root binds those prefixes differently (or not at all).
 */
export function chartAnchorXml(a: ChartAnchor, declareNs: boolean): string {
  const cells = anchorCells(a.from, a.to);
  const ns = declareNs ? ` xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}"` : '';
  return (
    `<xdr:twoCellAnchor${ns}>${marker('from', cells.from)}${marker('to', cells.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
    `<xdr:cNvPr id="${a.shapeId}" name="${CHART_NAME_PREFIX} ${a.shapeId}" descr="${escapeAttr(a.description)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" xmlns:r="${OFFICE_REL_NS}" r:id="${escapeAttr(a.relId)}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** Whether anchors written with xdr:/a: prefixes need their own namespace declarations in this drawing. */
export function needsNsDeclarations(drawingXml: string): boolean {
  const root = rootStartTag(drawingXml).tag;
  return prefixFor(root, XDR_NS) !== 'xdr:' || prefixFor(root, A_NS) !== 'a:';
}

/** A cNvPr id not used yet in the drawing (ids are unique per drawing). */
export function nextShapeId(drawingXml: string): number {
  let max = 1;
  for (const tag of drawingXml.match(/<(?:\w+:)?cNvPr\b[^>]*>/g) ?? []) {
    const id = Number(attr(tag, 'id'));
    if (Number.isFinite(id)) max = Math.max(max, id);
  }
  return max + 1;
}

/** Append anchors at the end of the drawing's root element. */
export function appendAnchors(drawingXml: string, anchors: string[]): string {
  if (anchors.length === 0) return drawingXml;
  const close = /<\/(?:\w+:)?wsDr>\s*$/.exec(drawingXml);
  if (close) return drawingXml.slice(0, close.index) + anchors.join('') + drawingXml.slice(close.index);
  const self = /<((?:\w+:)?wsDr)\b([^>]*?)\/>\s*$/.exec(drawingXml);
  if (self) return `${drawingXml.slice(0, self.index)}<${self[1]}${self[2]}>${anchors.join('')}</${self[1]}>`;
  throw new Error('Drawing part has no closing </xdr:wsDr>');
}

export interface OwnAnchor {
  /** The anchor's full text, to remove it. */
  xml: string;
  /** Relationship id of its chart. */
  relId: string;
}

/** Anchors a previous run of ours wrote: their cNvPr name starts with CHART_NAME_PREFIX and they hold a chart. */
export function ownChartAnchors(drawingXml: string): OwnAnchor[] {
  const out: OwnAnchor[] = [];
  const re = /<(\w+:)?twoCellAnchor\b[\s\S]*?<\/\1twoCellAnchor>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(drawingXml)) !== null) {
    const anchor = m[0];
    const cNvPr = /<(?:\w+:)?cNvPr\b[^>]*>/.exec(anchor)?.[0];
    const chart = /<(?:\w+:)?chart\b[^>]*>/.exec(anchor)?.[0];
    if (!cNvPr || !chart || !(attr(cNvPr, 'name') ?? '').startsWith(CHART_NAME_PREFIX)) continue;
    const rel = parseAttrs(chart).find((a) => /^\w+:id$/.test(a.name));
    if (rel) out.push({ xml: anchor, relId: rel.value });
  }
  return out;
}

export function removeAnchors(drawingXml: string, anchors: OwnAnchor[]): string {
  let xml = drawingXml;
  for (const a of anchors) xml = xml.replace(a.xml, () => '');
  return xml;
}
