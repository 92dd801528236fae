/**
 * The in-memory Excel holds its callers to Excel's requirement sets: each fake class is registered
 * with the Excel class it stands for, and each member it implements with the ExcelApi set
 * @types/office-js gives it (the table is in api-sets.ts). No class names are read at run time,
 * so the gating survives a minified build (the workbench).
 */

/** A member's set: one version, or separate ones for reading (and calling) and for assigning. */
export type MemberSet = string | { get: string; set: string };

const types = new Map<unknown, string>();
let table: Readonly<Record<string, MemberSet>> = {};

/** Registers the fake classes and the table; api-sets.ts does this once, when the fake loads. */
export function registerApiSets(entries: ReadonlyArray<readonly [unknown, string]>, sets: Readonly<Record<string, MemberSet>>): void {
  for (const [cls, type] of entries) types.set(cls, type);
  table = sets;
}

/** The Excel class a fake object stands for (its own class's or the nearest registered parent's). */
export function excelTypeOf(obj: object): string {
  for (let p = Object.getPrototypeOf(obj); p; p = Object.getPrototypeOf(p)) {
    const t = types.get(p.constructor);
    if (t) return t;
  }
  throw new Error(`The in-memory Excel has no Excel class for ${String((obj as { constructor?: { name?: string } }).constructor?.name)}: register it in api-sets.ts.`);
}

/**
 * The set `Type.member` needs (its first segment: 'fill.color' is the `fill` member). A member
 * missing from the table is a bug in the fake, not a feature Excel lacks, so it throws plainly.
 */
export function requiredSet(type: string, member: string, write = false): { key: string; version: string } {
  const key = `${type}.${member.split('.')[0]}`;
  const v = table[key];
  if (v === undefined) throw new Error(`${key} is not in the in-memory Excel's requirement-set table (src/excel/fake/api-sets.ts).`);
  return { key, version: typeof v === 'string' ? v : write ? v.set : v.get };
}
