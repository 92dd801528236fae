/// <reference types="office-js" />
import { columnLetters } from '../core/grid';
import { GENERATED_KEYS, GeneratedKey, MARK_PREFIX } from '../core/sheets/spec';
import { markAgrees, RECORD_CELLS } from '../core/sheets/ownership';
import { splitSheetAddress } from './cells';

/** Workbook names that mark a sheet being built (hidden, not yet swapped in): SaferPlanBuild_1 ... */
export const BUILD_PREFIX = 'SaferPlanBuild_';

/** A loaded name: comment only where ExcelApi 1.4 gave it. */
export interface LoadedName {
  name: string;
  type: string;
  value: unknown;
  comment?: string;
}

/** The cells of a marked sheet's first row that its mark's record covers. */
export const RECORD_ROW = `A1:${columnLetters(RECORD_CELLS)}1`;

export interface Marks {
  /**
   * key -> sheet name, for marks whose sheet still exists and, when first rows were given, agrees
   * with the mark's record (core/sheets/ownership): a mark alone does not make a sheet ours.
   */
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

/**
 * Reads SaferPlan's marks from loaded names (items/name, items/type, items/value, items/comment)
 * and the existing sheet names. With `firstRows` (lower-case sheet name -> its first row), only a
 * sheet whose first row agrees with its mark counts as ours; without, every mark is taken at its
 * word (only for marks SaferPlan itself has just written).
 */
export function readMarks(names: readonly LoadedName[], sheetNames: string[], firstRows?: ReadonlyMap<string, readonly unknown[]>): Marks {
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
    if (actual === undefined) continue;
    if (firstRows && !markAgrees(key, n.comment, firstRows.get(actual.toLowerCase()))) continue;
    out.generated[key] = actual;
  }
  return out;
}

/** Loads what readMarks needs; call sync() before reading. A name's comment needs ExcelApi 1.4. */
export function loadNames(context: Excel.RequestContext, withComments = true): Excel.NamedItemCollection {
  return context.workbook.names.load(withComments ? 'items/name,items/type,items/value,items/comment' : 'items/name,items/type,items/value');
}

/**
 * The marks whose sheets are ours: one more round trip, only when the workbook has marks, reads
 * each marked sheet's first row to check it against its mark's record.
 */
export async function readOwnedMarks(context: Excel.RequestContext, names: readonly LoadedName[], sheetNames: string[]): Promise<{ marks: Marks; syncs: number }> {
  const claims = readMarks(names, sheetNames);
  const rows = new Map<string, Excel.Range>();
  for (const sheet of Object.values(claims.generated)) rows.set(sheet.toLowerCase(), context.workbook.worksheets.getItem(sheet).getRange(RECORD_ROW).load('values'));
  if (rows.size === 0) return { marks: claims, syncs: 0 };
  await context.sync();
  const firstRows = new Map([...rows].map(([sheet, r]) => [sheet, r.values[0] ?? []]));
  return { marks: readMarks(names, sheetNames, firstRows), syncs: 1 };
}
