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
  return addOverrides(xml, [part], contentType);
}

/** Add Overrides for several parts of one type at once, skipping those already there. */
export function addOverrides(xml: string, parts: readonly string[], contentType: string): string {
  const present = new Set((xml.match(OVERRIDE_TAG) ?? []).map((tag) => (attr(tag, 'PartName') ?? '').toLowerCase()));
  let entries = '';
  for (const part of parts) {
    const name = partName(part);
    if (present.has(name.toLowerCase())) continue;
    present.add(name.toLowerCase());
    entries += `<Override PartName="${escapeAttr(name)}" ContentType="${escapeAttr(contentType)}"/>`;
  }
  if (!entries) return xml;
  const close = /<\/(?:\w+:)?Types>\s*$/.exec(xml);
  if (!close) throw new Error('[Content_Types].xml has no closing </Types>');
  return xml.slice(0, close.index) + entries + xml.slice(close.index);
}

export function removeOverride(xml: string, part: string): string {
  return removeOverrides(xml, [part]);
}

export function removeOverrides(xml: string, parts: readonly string[]): string {
  if (parts.length === 0) return xml;
  const names = new Set(parts.map((p) => partName(p).toLowerCase()));
  return xml.replace(OVERRIDE_TAG, (tag) => (names.has((attr(tag, 'PartName') ?? '').toLowerCase()) ? '' : tag));
}
