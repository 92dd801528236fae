/**
 * A spec formula as the .xlsx file stores it. Functions newer than Excel 2007 are stored with the
 * `_xlfn.` prefix (ECMA-376 Part 1, 18.17.7 and MS-XLSX 2.2.2): without it Excel 2010+ shows #NAME?
 * until the cell is re-entered, and LibreOffice does not know the function at all. office.js takes
 * the formula without the prefix (Range.formulas), so the spec holds it without.
 */

/** Functions SaferPlan writes that Excel 2007 did not have. */
const FUTURE_FUNCTIONS = ['CHISQ.INV', 'CHISQ.INV.RT', 'CHISQ.DIST', 'GAMMA.INV', 'GAMMA.DIST', 'NORM.S.INV', 'NORM.INV', 'IFNA'];

const PATTERN = new RegExp(`(^|[^A-Za-z0-9_.])(${FUTURE_FUNCTIONS.map((f) => f.replace(/\./g, '\\.')).join('|')})\\s*\\(`, 'gi');

/** Adds `_xlfn.` to newer functions, leaving text inside string literals alone. */
export function fileFormula(formula: string): string {
  // Split on string literals ("..." with "" escapes) and only touch the parts outside them.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(PATTERN, (_m, pre: string, name: string) => `${pre}_xlfn.${name.toUpperCase()}(`)))
    .join('');
}
