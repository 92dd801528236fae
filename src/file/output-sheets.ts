/**
 * The worksheet parts of a package that hold SaferPlan's output-only sheets (Summary, Data sharing,
 * Issues, ...), found by their marks. Commands that analyse a workbook skip reading these: on a
 * built 100k-action workbook they are most of its cells, and nothing in them is read back.
 */
import zlib from 'zlib';
import { GENERATED_KEYS, GeneratedKey, MARK_PREFIX, OUTPUT_ONLY_KEYS } from '../core/sheets/spec';
import { splitSheetRef } from '../core/grid';
import { OpcPackage, readZipDirectory, workbookIndex } from './opc-package';
import { definedNamesOf, worksheetParts, workbookPart } from './charts/workbook-sheets';
import { relsPathFor } from './charts/part-paths';

/** workbook.xml and its relationships are small; anything claiming more is left to the package guard. */
const MAX_WORKBOOK_PART = 16 * 1024 * 1024;

/** A SaferPlan mark as the package holds it: which sheet it points at, and what it records. */
export interface FileMark {
  key: GeneratedKey;
  sheet: string;
  /** The defined name's comment: the record of SaferPlan's first row (absent on marks of older builds). */
  comment?: string;
  /** The sheet's worksheet part, when it is a worksheet. */
  part?: string;
}

/**
 * Every workbook-level SaferPlan_<Key> name of a package, read from workbook.xml alone. A mark is
 * only a claim: whether the sheet is ours is decided against its first row (core/sheets/ownership).
 */
export function workbookMarks(buf: Buffer): FileMark[] {
  try {
    const small = readZipDirectory(buf).filter((e) => e.uncompressedSize <= MAX_WORKBOOK_PART);
    const pkg = workbookIndex(small, (e) => (e.method === 0 ? e.body : zlib.inflateRawSync(e.body, { maxOutputLength: Math.max(1, e.uncompressedSize) })));
    const wbXml = pkg.readText(workbookPart(pkg));
    if (!wbXml) return [];
    const parts = worksheetParts(pkg);
    const out: FileMark[] = [];
    for (const d of definedNamesOf(wbXml).names) {
      if (!d.name.startsWith(MARK_PREFIX) || d.localSheetId !== undefined) continue;
      const key = d.name.slice(MARK_PREFIX.length) as GeneratedKey;
      if (!(GENERATED_KEYS as readonly string[]).includes(key)) continue;
      const sheet = splitSheetRef(d.value.trim()).sheet;
      if (sheet === undefined || out.some((m) => m.key === key)) continue;
      const part = parts.get(sheet);
      out.push({ key, sheet, ...(d.comment !== undefined ? { comment: d.comment } : {}), ...(part ? { part } : {}) });
    }
    return out;
  } catch {
    return []; // A damaged package: the guard and ExcelJS say what is wrong with it.
  }
}

/** The output-only sheets' parts a package's marks claim, with each one's sheet name (ownership is checked once read). */
export function outputOnlySheets(buf: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of workbookMarks(buf)) if (m.part && OUTPUT_ONLY_KEYS.includes(m.key)) out.set(m.part, m.sheet);
  return out;
}

export function outputOnlySheetParts(buf: Buffer): Set<string> {
  return new Set(outputOnlySheets(buf).keys());
}

export const EMPTY_WORKSHEET = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

/** A worksheet part cut down to its first row, under its own root (which declares what the row uses). */
export function firstRowOnly(xml: string): string {
  const row = firstRowXml(xml);
  const root = row ? /<worksheet\b[^>]*>/.exec(xml) : null;
  if (!root || root[0].endsWith('/>')) return EMPTY_WORKSHEET;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${root[0]}<sheetData>${row}</sheetData></worksheet>`;
}

/**
 * A worksheet part's first row as written, when it is row 1 in SpreadsheetML's default namespace
 * (as SaferPlan and Excel write it); '' otherwise, and the sheet then reads as having no first row.
 */
export function firstRowXml(xml: string): string {
  const data = /<sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!data || data[1] === '/') return '';
  const from = data.index + data[0].length;
  const row = /<row\b([^>]*?)(\/?)>/y;
  const next = /\S/g;
  next.lastIndex = from;
  row.lastIndex = next.exec(xml)?.index ?? xml.length;
  const m = row.exec(xml);
  if (!m || m[2] === '/') return '';
  const r = /\br\s*=\s*["']([^"']*)["']/.exec(m[1]);
  if (r && r[1] !== '1') return '';
  const end = xml.indexOf('</row>', row.lastIndex);
  return end < 0 ? '' : xml.slice(m.index, end + '</row>'.length);
}

/**
 * The package with those sheets emptied but for their first row (and their relationships dropped),
 * for ExcelJS to read: the first row is what says whether a marked sheet is ours.
 */
export async function withoutSheets(buf: Buffer, parts: ReadonlySet<string>): Promise<Buffer> {
  if (parts.size === 0) return buf;
  const pkg = OpcPackage.fromZip(buf);
  for (const part of parts) {
    pkg.write(part, firstRowOnly(pkg.readText(part) ?? ''));
    pkg.remove(relsPathFor(part));
  }
  return pkg.toZip(1);
}

/** The package without the parts `drop` picks (and their relationships to them left dangling, which ExcelJS ignores). */
export async function withoutParts(buf: Buffer, drop: (part: string) => boolean): Promise<Buffer> {
  const pkg = OpcPackage.fromZip(buf);
  for (const part of pkg.names()) if (drop(part)) pkg.remove(part);
  return pkg.toZip(1);
}
