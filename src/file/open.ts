import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { UnusableInputError } from '../core/errors';
import { checkPackage, PACKAGE_LIMITS } from './package-guard';
import { outputOnlySheets, withoutParts, withoutSheets, workbookMarks } from './output-sheets';
import { generatedSheetsOf } from './read-grid';

/** Bytes that open a zip (every .xlsx) and an OLE compound file (encrypted .xlsx or legacy .xls). */
const ZIP_MAGIC = [0x50, 0x4b];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buf: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

/** The bytes of an input file (read, never written to), with one plain sentence when it cannot be read. */
export async function readWorkbookFile(path: string): Promise<Buffer> {
  try {
    return await fs.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UnusableInputError(`${path}: no such file.`);
    if (code === 'EISDIR') throw new UnusableInputError(`${path}: is a folder, not an .xlsx file.`);
    throw new UnusableInputError(`${path}: cannot be read (${code ?? 'unknown error'}).`);
  }
}

export interface LoadOptions {
  /** Leave out the cells of SaferPlan's output-only sheets (Summary, Data sharing, Issues, ...). */
  skipOutputSheets?: boolean;
}

async function loadExcelJs(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

/** An .xlsx's bytes as an ExcelJS workbook; anything unusable becomes an UnusableInputError with one plain sentence. */
export async function loadWorkbookBuffer(buf: Buffer, name: string, options: LoadOptions = {}): Promise<ExcelJS.Workbook> {
  if (buf.length === 0) throw new UnusableInputError(`${name}: the file is empty (0 bytes); save the workbook from Excel as .xlsx and try again.`);
  if (startsWith(buf, OLE_MAGIC)) {
    throw new UnusableInputError(`${name}: this is a password-protected workbook or an old .xls file; remove the password (File > Info > Protect Workbook) or save it as .xlsx, then try again.`);
  }
  if (!startsWith(buf, ZIP_MAGIC)) {
    throw new UnusableInputError(`${name}: not an .xlsx workbook (it is not a zip package); open it in Excel and save it as .xlsx.`);
  }
  // Sizes, rows and cells are checked before ExcelJS inflates anything into memory.
  const skipped = options.skipOutputSheets ? outputOnlySheets(buf) : new Map<string, string>();
  const notRead = new Set(skipped.keys());
  await checkPackage(buf, name, PACKAGE_LIMITS, notRead);
  if (notRead.size) {
    const wb = await loadReadable(await withoutSheets(buf, notRead), name);
    // A mark that claims a sheet of the user's does not get its cells skipped: read them all.
    const ours = new Set(Object.values(generatedSheetsOf(wb, workbookMarks(buf))).map((n) => n.toLowerCase()));
    if ([...skipped.values()].every((sheet) => ours.has(sheet.toLowerCase()))) return wb;
    await checkPackage(buf, name, PACKAGE_LIMITS);
  }
  return loadReadable(buf, name);
}

async function loadReadable(readable: Buffer, name: string): Promise<ExcelJS.Workbook> {
  try {
    return await loadExcelJs(readable);
  } catch (e) {
    // Parts that hold no cells (document properties, custom XML) do not make a workbook unreadable:
    // read it again without them. Saving copies the source package, so they are kept as they were.
    try {
      return await loadExcelJs(await withoutParts(readable, (part) => /^(docProps|customXml)\//i.test(part)));
    } catch {
      const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
      throw new UnusableInputError(`${name}: the .xlsx package is damaged or truncated and cannot be read (${why}); open and re-save it in Excel.`);
    }
  }
}
