export type { ChartSpec, ConditionalFormatSpec, SheetSpec, StyleSpec, ValidationSpec } from '../../core/sheets/spec';

/** A date as Excel's data validation wants it: ISO 8601 text (a Date would be sent as a timestamp). */
export function isoDateOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}
