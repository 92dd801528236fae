/**
 * Reads every worksheet of an .xlsx package into Grids without ExcelJS: the workbook part names
 * the sheets (order, hidden state, the 1904 date system, SaferPlan's marks), styles.xml says which
 * cell formats are dates and which fills are solid, and each sheet's XML is scanned once
 * (./sheet.ts). It gives the same Grids as src/file/read-grid.ts gives from ExcelJS (see
 * test/file/grid-reader/parity.test.ts for the cases where it is deliberately not the same).
 *
 * Like ExcelJS, it reads the parts at their usual names (xl/workbook.xml, xl/sharedStrings.xml,
 * xl/styles.xml) and worksheets stored as xl/worksheets/sheetN.xml, so the sheets it returns are
 * the ones the host's ExcelJS workbook holds.
 */
import { Grid, splitSheetRef } from '../../core/grid';
import { GENERATED_KEYS, GeneratedKey, MARK_PREFIX, OUTPUT_ONLY_KEYS } from '../../core/sheets/spec';
import { markAgrees } from '../../core/sheets/ownership';
import { firstRowOnly } from '../output-sheets';
import type { OpcPackage } from '../opc-package';
import { parseRelationships } from '../charts/relationships';
import { attrsOf, decodeText, eachTag, elementText } from './xml-scan';
import { readSharedStrings } from './shared-strings';
import { readStyles } from './styles';
import { readSheetXml, SheetContext } from './sheet';
import type { SheetBudget } from '../package-guard';

export interface GridReadOptions {
  /** Leave out the cells of SaferPlan's output-only sheets (their grids are empty), as LoadOptions.skipOutputSheets does. */
  skipOutputSheets?: boolean;
  /**
   * The package guard's limits, kept while the sheets are read, for a caller whose checkPackage
   * left the worksheets to this reader. A sheet past one throws the guard's UnusableInputError.
   */
  budget?: SheetBudget;
}

interface SheetEntry {
  name: string;
  state?: string;
  relId?: string;
}

interface WorkbookInfo {
  sheets: SheetEntry[];
  date1904: boolean;
  definedNames: { name: string; value: string; localSheetId?: string; comment?: string }[];
}

function readWorkbookXml(xml: string): WorkbookInfo {
  const info: WorkbookInfo = { sheets: [], date1904: false, definedNames: [] };
  eachTag(xml, 0, xml.length, (t) => {
    if (t.closing) return;
    if (t.name === 'sheet') {
      const a = attrsOf(xml, t.start, t.end);
      info.sheets.push({ name: a.name ?? '', state: a.state, relId: a['r:id'] });
    } else if (t.name === 'workbookPr') {
      info.date1904 = attrsOf(xml, t.start, t.end).date1904 === '1';
    } else if (t.name === 'definedName') {
      const a = attrsOf(xml, t.start, t.end);
      if (t.empty) return;
      const got = elementText(xml, t.end, 'definedName');
      info.definedNames.push({ name: a.name ?? '', value: got.text, localSheetId: a.localSheetId, comment: a.comment });
      return got.next;
    }
  });
  return info;
}

/** The worksheet part a relationship target names, resolved as ExcelJS resolves it (under xl/). */
function worksheetPartOf(target: string): string {
  return `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
}

const WORKSHEET_ENTRY = /^xl\/worksheets\/sheet(\d+)[.]xml$/;

/** What readPackage found: the grids in the workbook's order, and which sheets are SaferPlan's. */
export interface PackageRead {
  grids: Grid[];
  /** key -> sheet name, for marks whose sheet agrees with their record (core/sheets/ownership). */
  owned: Partial<Record<GeneratedKey, string>>;
}

/** Every worksheet of the package as a Grid, in the workbook's order. */
export function readPackageGrids(pkg: OpcPackage, options: GridReadOptions = {}): Grid[] {
  const read = readPackage(pkg, options);
  return (read ?? readPackage(pkg, {})!).grids;
}

/**
 * Every worksheet of the package as a Grid, and SaferPlan's sheets among them. With
 * skipOutputSheets, a marked output-only sheet is judged by its first row alone and, when ours,
 * keeps only that row; when one of them is not ours, nothing is read and it returns null, so the
 * caller checks the whole package before reading every cell (readPackage(pkg, {})).
 */
export function readPackage(pkg: OpcPackage, options: GridReadOptions = {}): PackageRead | null {
  const wbXml = pkg.readText('xl/workbook.xml');
  if (wbXml === undefined) throw new Error('The package has no xl/workbook.xml');
  const wb = readWorkbookXml(wbXml);
  const rels = new Map(parseRelationships(pkg.readText('xl/_rels/workbook.xml.rels')).map((r) => [r.id, r]));
  const sheets: { entry: SheetEntry; part: string }[] = [];
  for (const entry of wb.sheets) {
    const rel = entry.relId === undefined ? undefined : rels.get(entry.relId);
    if (!rel) continue;
    const part = worksheetPartOf(rel.target);
    // Chart sheets and worksheets stored under other names are not read (ExcelJS does not read them either).
    if (!WORKSHEET_ENTRY.test(part) || !pkg.has(part)) continue;
    sheets.push({ entry, part });
  }
  // Marks as the ExcelJS path takes them (output-sheets.ts workbookMarks): workbook-level, the first
  // name of each key. A mark is only a claim; the sheet is ours while its first row agrees.
  const names = new Set(sheets.map((s) => s.entry.name));
  const claims = new Map<string, { key: GeneratedKey; comment?: string }>();
  const keys = new Set<string>();
  for (const d of wb.definedNames) {
    if (!d.name.startsWith(MARK_PREFIX) || d.localSheetId !== undefined) continue;
    const key = d.name.slice(MARK_PREFIX.length) as GeneratedKey;
    if (!(GENERATED_KEYS as readonly string[]).includes(key) || keys.has(key)) continue;
    const sheet = splitSheetRef(d.value.trim()).sheet;
    if (sheet === undefined) continue;
    keys.add(key);
    if (names.has(sheet) && !claims.has(sheet)) claims.set(sheet, { key, comment: d.comment });
  }
  const ctx: SheetContext = {
    strings: readSharedStrings(pkg.readText('xl/sharedStrings.xml')),
    styles: readStyles(pkg.readText('xl/styles.xml')),
    date1904: wb.date1904,
    budget: options.budget,
  };
  const read = sheets.map(({ entry, part }) => ({ entry, part, hidden: entry.state === 'hidden' || entry.state === 'veryHidden', claim: claims.get(entry.name) }));
  const skipped = new Map<string, Grid>();
  if (options.skipOutputSheets) {
    // An output-only sheet that is ours keeps only its first row, as the ExcelJS path does.
    for (const { entry, part, hidden, claim } of read) {
      if (!claim || !(OUTPUT_ONLY_KEYS as readonly string[]).includes(claim.key)) continue;
      // Only the first row is read, so none of the sheet counts against the budget.
      const grid = readSheetXml(firstRowOnly(pkg.readText(part) ?? ''), { ...ctx, budget: undefined }, { name: entry.name, generated: true, hidden });
      if (!markAgrees(claim.key, claim.comment, grid.rows[0])) return null;
      skipped.set(entry.name, grid);
    }
  }
  const owned: Partial<Record<GeneratedKey, string>> = {};
  const grids = read.map(({ entry, part, hidden, claim }) => {
    const first = skipped.get(entry.name);
    if (first) {
      owned[claim!.key] = entry.name;
      return first;
    }
    const xml = pkg.readText(part) ?? '';
    if (claim) {
      const cellsBefore = ctx.budget?.cells ?? 0;
      const grid = readSheetXml(xml, ctx, { name: entry.name, generated: true, hidden });
      if (markAgrees(claim.key, claim.comment, grid.rows[0])) {
        owned[claim.key] = entry.name;
        return grid;
      }
      // Read again as the user's: its cells count once.
      if (ctx.budget) ctx.budget.cells = cellsBefore;
    }
    return readSheetXml(xml, ctx, { name: entry.name, generated: false, hidden });
  });
  return { grids, owned };
}

export { decodeText };
