/// <reference types="office-js" />
import { GENERATED_KEYS, GeneratedKey, MARK_PREFIX } from '../core/sheets/spec';
import { splitSheetAddress } from './cells';

/** Workbook names that mark a sheet being built (hidden, not yet swapped in): SaferPlanBuild_1 ... */
export const BUILD_PREFIX = 'SaferPlanBuild_';

export interface Marks {
  /** key -> sheet name, for marks whose sheet still exists */
  generated: Partial<Record<GeneratedKey, string>>;
  /** key -> true when the mark exists (even if its sheet is gone: #REF!) */
  markExists: Partial<Record<GeneratedKey, boolean>>;
  /** build-mark name -> sheet name (left over from an interrupted build, or this one) */
  building: Map<string, string | undefined>;
}

/** The sheet a name points at, from NamedItem.value ("'Data sharing'!$A$1"); undefined for #REF! and constants. */
export function markedSheet(value: unknown, type: string | undefined): string | undefined {
  if (type !== undefined && type !== 'Range') return undefined;
  if (typeof value !== 'string' || value.startsWith('#REF!') || !value.includes('!')) return undefined;
  return splitSheetAddress(value.replace(/^=/, '')).sheet;
}

/** Reads SaferPlan's marks from loaded names (items/name, items/type, items/value) and the existing sheet names. */
export function readMarks(names: { name: string; type: string; value: unknown }[], sheetNames: string[]): Marks {
  const exists = new Map(sheetNames.map((n) => [n.toLowerCase(), n]));
  const out: Marks = { generated: {}, markExists: {}, building: new Map() };
  for (const n of names) {
    const target = markedSheet(n.value, n.type);
    const actual = target !== undefined ? exists.get(target.toLowerCase()) : undefined;
    if (n.name.startsWith(BUILD_PREFIX)) {
      out.building.set(n.name, actual);
      continue;
    }
    if (!n.name.startsWith(MARK_PREFIX)) continue;
    const key = n.name.slice(MARK_PREFIX.length) as GeneratedKey;
    if (!(GENERATED_KEYS as readonly string[]).includes(key)) continue;
    out.markExists[key] = true;
    if (actual !== undefined) out.generated[key] = actual;
  }
  return out;
}

/** Loads what readMarks needs; call sync() before reading. */
export function loadNames(context: Excel.RequestContext): Excel.NamedItemCollection {
  return context.workbook.names.load('items/name,items/type,items/value');
}
