import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { UnusableInputError } from '../core/errors';
import { checkPackage, PACKAGE_LIMITS, SheetBudget } from './package-guard';
import { EMPTY_WORKSHEET, outputOnlySheets, withoutParts, withoutSheets, workbookMarks } from './output-sheets';
import { generatedSheetsOf, readWorkbookGrids } from './read-grid';
import { OpcPackage } from './opc-package';
import { relsPathFor } from './charts/part-paths';
import { readPackage } from './grid-reader';
import type { Grid } from '../core/grid';
import type { GeneratedKey } from '../core/sheets/spec';

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

/** The checks every input passes before anything is read: not empty, not encrypted or legacy, a zip. */
function checkKind(buf: Buffer, name: string): void {
  if (buf.length === 0) throw new UnusableInputError(`${name}: the file is empty (0 bytes); save the workbook from Excel as .xlsx and try again.`);
  if (startsWith(buf, OLE_MAGIC)) {
    throw new UnusableInputError(`${name}: this is a password-protected workbook or an old .xls file; remove the password (File > Info > Protect Workbook) or save it as .xlsx, then try again.`);
  }
  if (!startsWith(buf, ZIP_MAGIC)) {
    throw new UnusableInputError(`${name}: not an .xlsx workbook (it is not a zip package); open it in Excel and save it as .xlsx.`);
  }
}

/** An .xlsx's bytes as an ExcelJS workbook; anything unusable becomes an UnusableInputError with one plain sentence. */
export async function loadWorkbookBuffer(buf: Buffer, name: string, options: LoadOptions = {}): Promise<ExcelJS.Workbook> {
  checkKind(buf, name);
  // Sizes, rows and cells are checked before ExcelJS inflates anything into memory.
  const skipped = options.skipOutputSheets ? outputOnlySheets(buf) : new Map<string, string>();
  const notRead = new Set(skipped.keys());
  await checkPackage(buf, name, PACKAGE_LIMITS, (part) => notRead.has(part));
  if (notRead.size) {
    const wb = await loadReadable(await withoutSheets(buf, notRead), name);
    // A mark that claims a sheet of the user's does not get its cells skipped: read them all.
    const ours = new Set(Object.values(generatedSheetsOf(wb, workbookMarks(buf))).map((n) => n.toLowerCase()));
    if ([...skipped.values()].every((sheet) => ours.has(sheet.toLowerCase()))) return wb;
    await checkPackage(buf, name, PACKAGE_LIMITS);
  }
  return loadReadable(buf, name);
}

/** A workbook read for the file host: its cells as grids, its sheets' frames in ExcelJS, and which sheets are ours. */
export interface LoadedWorkbook {
  /** The workbook's frame: sheet names, order, hidden state, defined names and the date system; no cells. */
  workbook: ExcelJS.Workbook;
  grids: Grid[];
  owned: Partial<Record<GeneratedKey, string>>;
}

/** The worksheet parts ExcelJS and the grid reader read: xl/worksheets/sheetN.xml. */
const WORKSHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

const SPREADSHEETML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const EMPTY_SHARED_STRINGS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${SPREADSHEETML}" count="0" uniqueCount="0"/>`;

/**
 * An .xlsx's bytes checked as loadWorkbookBuffer checks them, its cells read straight from the
 * package by src/file/grid-reader (no object per cell), and ExcelJS given only the frame: every
 * worksheet (xl/worksheets/sheetN.xml, the parts ExcelJS reads) and the shared strings emptied.
 * A package the grid reader cannot make sense of (overlapping merged areas, say) is read by
 * ExcelJS whole, as before, which reads it or says in one sentence why it cannot.
 */
export async function loadWorkbook(buf: Buffer, name: string, options: LoadOptions = {}): Promise<LoadedWorkbook> {
  checkKind(buf, name);
  const skipped = options.skipOutputSheets ? outputOnlySheets(buf) : new Map<string, string>();
  // The worksheets the grid reader reads are inflated and scanned once, by the reader, which keeps
  // the guard's limits as it goes; the guard checks everything else first.
  const budget = (): SheetBudget => ({ label: name, limits: PACKAGE_LIMITS, cells: 0 });
  await checkPackage(buf, name, PACKAGE_LIMITS, (part) => WORKSHEET_PART.test(part));
  let read: { grids: Grid[]; owned: Partial<Record<GeneratedKey, string>> } | null;
  let frames: Buffer;
  try {
    const pkg = OpcPackage.fromZip(buf);
    read = readPackage(pkg, { skipOutputSheets: skipped.size > 0, budget: budget() });
    // A mark claims a sheet of the user's: its cells are read after all.
    if (!read) read = readPackage(pkg, { budget: budget() });
    for (const part of pkg.names()) {
      if (!WORKSHEET_PART.test(part)) continue;
      pkg.write(part, EMPTY_WORKSHEET);
      pkg.remove(relsPathFor(part));
    }
    if (pkg.has('xl/sharedStrings.xml')) pkg.write('xl/sharedStrings.xml', EMPTY_SHARED_STRINGS);
    frames = await pkg.toZip(1);
  } catch (e) {
    if (e instanceof UnusableInputError) throw e;
    const workbook = await loadWorkbookBuffer(buf, name, options);
    const owned = generatedSheetsOf(workbook, workbookMarks(buf));
    return { workbook, grids: readWorkbookGrids(workbook, owned), owned };
  }
  return { workbook: await loadReadable(frames, name), grids: read!.grids, owned: read!.owned };
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
