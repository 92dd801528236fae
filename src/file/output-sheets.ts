/**
 * The worksheet parts of a package that hold SaferPlan's output-only sheets (Summary, Data sharing,
 * Issues, ...), found by their marks. Commands that analyse a workbook skip reading these: on a
 * built 100k-action workbook they are most of its cells, and nothing in them is read back.
 */
import zlib from 'zlib';
import { MARK_PREFIX, OUTPUT_ONLY_KEYS } from '../core/sheets/spec';
import { splitSheetRef } from '../core/grid';
import { OpcPackage, readZipDirectory, workbookIndex } from './opc-package';
import { definedNamesOf, worksheetParts, workbookPart } from './charts/workbook-sheets';
import { relsPathFor } from './charts/part-paths';

/** workbook.xml and its relationships are small; anything claiming more is left to the package guard. */
const MAX_WORKBOOK_PART = 16 * 1024 * 1024;

export function outputOnlySheetParts(buf: Buffer): Set<string> {
  const out = new Set<string>();
  try {
    const small = readZipDirectory(buf).filter((e) => e.uncompressedSize <= MAX_WORKBOOK_PART);
    const pkg = workbookIndex(small, (e) => (e.method === 0 ? e.body : zlib.inflateRawSync(e.body, { maxOutputLength: Math.max(1, e.uncompressedSize) })));
    const wbXml = pkg.readText(workbookPart(pkg));
    if (!wbXml) return out;
    const parts = worksheetParts(pkg);
    const marks = new Set(OUTPUT_ONLY_KEYS.map((k) => MARK_PREFIX + k));
    for (const d of definedNamesOf(wbXml).names) {
      if (!marks.has(d.name) || d.localSheetId !== undefined) continue;
      const sheet = splitSheetRef(d.value.trim()).sheet;
      const part = sheet === undefined ? undefined : parts.get(sheet);
      if (part) out.add(part);
    }
  } catch {
    return new Set(); // A damaged package: the guard and ExcelJS say what is wrong with it.
  }
  return out;
}

const EMPTY_WORKSHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

/** The package with those sheets emptied (and their relationships dropped), for ExcelJS to read. */
export async function withoutSheets(buf: Buffer, parts: ReadonlySet<string>): Promise<Buffer> {
  if (parts.size === 0) return buf;
  const pkg = OpcPackage.fromZip(buf);
  for (const part of parts) {
    pkg.write(part, EMPTY_WORKSHEET);
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
