/**
 * Table names inside formulas. A structured reference names its table (Actions[Status]); when a
 * table is renamed, Excel rewrites every formula that names it. The office.js host writes formulas
 * against the hidden build sheets' temporary table names and relies on that rename at the swap;
 * the in-memory Excel does the same rewrite.
 */

/** Replaces table `from` with `to` in structured references, outside string literals, any case. */
export function renameTableInFormula(formula: string, from: string, to: string): string {
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(^|[^A-Za-z0-9_.\\\\\\]'])${escaped}\\[`, 'gi');
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(re, (_m, pre: string) => `${pre}${to}[`)))
    .join('');
}

/** Applies several renames at once (each name is replaced from what the spec wrote). */
export function renameTablesInFormula(formula: string, renames: ReadonlyMap<string, string>): string {
  let out = formula;
  // Via placeholders, so a rename whose target is another rename's source is not applied twice.
  const placeholders: [string, string][] = [];
  let k = 0;
  for (const [from, to] of renames) {
    const ph = `SaferPlanTableRef${k++}X`;
    out = renameTableInFormula(out, from, ph);
    placeholders.push([ph, to]);
  }
  for (const [ph, to] of placeholders) out = renameTableInFormula(out, ph, to);
  return out;
}
