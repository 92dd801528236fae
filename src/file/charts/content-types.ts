/** [Content_Types].xml edits: every drawing, chart and table part needs an Override or Excel reports the file as damaged. */
import { attr, escapeAttr } from './xml-text';
import { partName } from './part-paths';

export const CONTENT_TYPE = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
} as const;

const OVERRIDE_TAG = /<(?:\w+:)?Override\b[^>]*>/g;

export function hasOverride(xml: string, part: string): boolean {
  const name = partName(part).toLowerCase();
  return (xml.match(OVERRIDE_TAG) ?? []).some((tag) => (attr(tag, 'PartName') ?? '').toLowerCase() === name);
}

/** Add an Override for the part unless one is already there. */
export function addOverride(xml: string, part: string, contentType: string): string {
  if (hasOverride(xml, part)) return xml;
  const entry = `<Override PartName="${escapeAttr(partName(part))}" ContentType="${escapeAttr(contentType)}"/>`;
  const close = /<\/(?:\w+:)?Types>\s*$/.exec(xml);
  if (!close) throw new Error('[Content_Types].xml has no closing </Types>');
  return xml.slice(0, close.index) + entry + xml.slice(close.index);
}

export function removeOverride(xml: string, part: string): string {
  const name = partName(part).toLowerCase();
  return xml.replace(OVERRIDE_TAG, (tag) => ((attr(tag, 'PartName') ?? '').toLowerCase() === name ? '' : tag));
}
