import zlib from 'zlib';
import { readZipDirectory, workbookIndex } from './opc-package';
import { worksheetParts } from './charts/workbook-sheets';
import { UnusableInputError } from '../core/errors';

/**
 * Limits checked before ExcelJS sees a package. ExcelJS holds the whole workbook in memory (about
 * 1 KB a cell once read), so a package that expands without bound, or a sheet of millions of cells,
 * would exhaust memory before any message could be shown. The limits sit well above any real
 * action plan (the 100k-action benchmark plan has 0.6 M cells) and well below what 1 GB holds.
 */
export const PACKAGE_LIMITS = {
  /** Parts in the package; a workbook has tens, a bomb has thousands. */
  maxEntries: 10_000,
  /** What all parts may expand to, in bytes. */
  maxUncompressedBytes: 512 * 1024 * 1024,
  /** One part may not claim a compression ratio above this once it is larger than 1 MB (sheet XML compresses about 10:1). */
  maxRatio: 200,
  /** Cells in all worksheets together. */
  maxCells: 2_000_000,
  /** Rows in one worksheet (a sheet formatted down to row 1,048,576 has a million empty rows). */
  maxRows: 500_000,
};

interface Entry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  method: number;
  content: Uint8Array;
}

/** The central directory: what each part declares, nothing inflated. */
function entriesOf(buf: Buffer): Entry[] {
  return readZipDirectory(buf).map((e) => ({ name: e.name, compressedSize: e.body.length, uncompressedSize: e.uncompressedSize, method: e.method, content: e.body }));
}

/** Inflates one part, refusing to produce more bytes than it declared (a lying header is a bomb too). */
function inflate(e: Entry, label: string): Buffer {
  if (e.method === 0) return Buffer.from(e.content);
  try {
    return zlib.inflateRawSync(e.content, { maxOutputLength: Math.max(1, e.uncompressedSize) });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || /Cannot create a Buffer larger/i.test(String(err))) {
      throw new UnusableInputError(`${label}: the part ${e.name} expands to more than the size it declares, as a "zip bomb" does; SaferPlan will not open it.`);
    }
    throw new UnusableInputError(`${label}: the .xlsx package is damaged or truncated and cannot be read (${e.name}: ${(err as Error).message}); open and re-save it in Excel.`);
  }
}

/** Row and cell start tags however they are spaced or prefixed: `<c r=`, `<c\tr=`, `<c>`, `<x:c/>`. */
const ROW_OR_CELL = /<(?:[A-Za-z_][\w.-]*:)?(row|c)[\s/>]/g;
/** Merged areas: ExcelJS gives every cell of one its own object. */
const MERGE = /<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?\bref\s*=\s*["']([^"']*)["']/g;

function rowsAndCells(xml: string): { rows: number; cells: number } {
  let rows = 0;
  let cells = 0;
  ROW_OR_CELL.lastIndex = 0;
  for (let m = ROW_OR_CELL.exec(xml); m; m = ROW_OR_CELL.exec(xml)) {
    if (m[1] === 'row') rows++;
    else cells++;
  }
  return { rows, cells };
}

const colNumber = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Cells covered by the sheet's merged areas. */
function mergedCells(xml: string): number {
  let total = 0;
  MERGE.lastIndex = 0;
  for (let m = MERGE.exec(xml); m; m = MERGE.exec(xml)) {
    const r = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(m[1].trim());
    if (!r) continue;
    const rows = Math.abs(Number(r[4] ?? r[2]) - Number(r[2])) + 1;
    const cols = Math.abs(colNumber(r[3] ?? r[1]) - colNumber(r[1])) + 1;
    total += rows * cols;
  }
  return total;
}

/**
 * Whether a zip entry's name is a valid OPC part name (ECMA-376 Part 2, 6.2.2): no empty, '.' or
 * '..' segments, no segment ending in '.', no leading '/', no backslash or percent-encoded slash.
 */
export function validPartName(name: string): boolean {
  if (name === '' || name.startsWith('/') || /[\\\x00-\x1f]|%2f|%5c/i.test(name)) return false;
  const segs = name.endsWith('/') ? name.slice(0, -1).split('/') : name.split('/');
  return segs.every((s) => s !== '' && s !== '.' && s !== '..' && !s.endsWith('.'));
}

/** Sheet names by their part path, from the workbook part and the relationships, for messages. */
function sheetNames(entries: Entry[], label: string): Map<string, string> {
  const index = workbookIndex(entries, (e) => inflate(e, label));
  try {
    return new Map([...worksheetParts(index)].map(([name, part]) => [part, name]));
  } catch {
    return new Map(); // No workbook part: messages name the part instead.
  }
}

const fmt = (n: number) => n.toLocaleString('en-GB');

/**
 * What one read of a package may still take: the limits, and the cells of the worksheets read so
 * far. checkPackage keeps one while it scans each sheet; the grid reader keeps one while it reads
 * the sheets itself (src/file/grid-reader), so a sheet's XML is inflated and scanned once.
 */
export interface SheetBudget {
  label: string;
  limits: typeof PACKAGE_LIMITS;
  cells: number;
}

export function tooManyRows(budget: SheetBudget, sheet: string, rows: number): UnusableInputError {
  return new UnusableInputError(
    `${budget.label}: sheet "${sheet}" has ${fmt(rows)} rows (SaferPlan reads up to ${fmt(budget.limits.maxRows)} a sheet); delete the empty or formatted rows below the plan (select them, right-click > Delete) or copy the plan into a new workbook, then try again.`,
  );
}

export function tooManyMergedCells(budget: SheetBudget, sheet: string, merged: number): UnusableInputError {
  return new UnusableInputError(
    `${budget.label}: sheet "${sheet}" has merged areas covering ${fmt(merged)} cells (SaferPlan reads up to ${fmt(budget.limits.maxCells)}); unmerge the cells below or beside the plan (Home > Merge & Center > Unmerge Cells), then try again.`,
  );
}

export function tooManyCells(budget: SheetBudget, sheet: string): UnusableInputError {
  return new UnusableInputError(
    `${budget.label}: the workbook has more than ${fmt(budget.limits.maxCells)} cells (sheet "${sheet}" reached the limit); SaferPlan reads action plans up to that size. Delete unused rows and columns, or copy the plan into a new workbook, then try again.`,
  );
}

/**
 * One worksheet's XML against the limits: its rows, the cells its merged areas cover, and its
 * cells added to the budget's. Throws the first limit it passes, with the sheet's own figures.
 */
export function checkSheetXml(budget: SheetBudget, sheet: string, xml: string): void {
  const counted = rowsAndCells(xml);
  if (counted.rows > budget.limits.maxRows) throw tooManyRows(budget, sheet, counted.rows);
  const merged = mergedCells(xml);
  if (merged > budget.limits.maxCells) throw tooManyMergedCells(budget, sheet, merged);
  budget.cells += counted.cells;
  if (budget.cells > budget.limits.maxCells) throw tooManyCells(budget, sheet);
}

/**
 * Checks a zip package before it is handed to ExcelJS: entry count, declared and real expanded
 * sizes, compression ratio, and the rows and cells of every worksheet. Throws UnusableInputError
 * with one sentence saying what is wrong and what to do. Time and memory are bounded by the limits.
 * The worksheets `notRead` picks are not inflated here: either nobody reads their cells, or their
 * reader inflates them bounded by their declared size and keeps a SheetBudget as it goes.
 */
export async function checkPackage(buf: Buffer, label: string, limits = PACKAGE_LIMITS, notRead: (part: string) => boolean = () => false): Promise<void> {
  let entries: Entry[];
  try {
    entries = entriesOf(buf);
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new UnusableInputError(`${label}: the .xlsx package is damaged or truncated and cannot be read (${why}); open and re-save it in Excel.`);
  }
  if (entries.length > limits.maxEntries) {
    throw new UnusableInputError(`${label}: the package holds ${fmt(entries.length)} parts (a workbook has tens); SaferPlan will not open it. Save the plan from Excel as a new .xlsx.`);
  }
  const seen = new Set<string>();
  for (const e of entries) {
    const key = e.name.toLowerCase();
    if (!validPartName(e.name) || seen.has(key)) {
      throw new UnusableInputError(
        `${label}: the package holds an entry named "${e.name.slice(0, 80)}", ${seen.has(key) ? 'twice' : 'which is not a valid part name'} (Excel would not open it either); SaferPlan will not open it. Open and re-save it in Excel.`,
      );
    }
    seen.add(key);
  }
  const declared = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  const tooBig = () =>
    new UnusableInputError(
      `${label}: the workbook expands to more than ${fmt(Math.round(limits.maxUncompressedBytes / 1024 / 1024))} MB, far beyond any action plan (or it is a "zip bomb"); SaferPlan will not open it. Copy the plan's sheets into a new workbook and try that.`,
    );
  if (declared > limits.maxUncompressedBytes) throw tooBig();
  for (const e of entries) {
    if (e.uncompressedSize > 1024 * 1024 && e.uncompressedSize / Math.max(1, e.compressedSize) > limits.maxRatio) {
      throw new UnusableInputError(
        `${label}: the part ${e.name} claims to expand ${fmt(Math.round(e.uncompressedSize / Math.max(1, e.compressedSize)))} times, as a "zip bomb" does; SaferPlan will not open it.`,
      );
    }
  }
  // Every other part is inflated once here, bounded by the size it declares: a part that lies
  // about its size (a shared-strings "bomb") is stopped before ExcelJS inflates it without bound.
  for (const e of entries.filter((x) => !/^xl\/worksheets\/[^/]+\.xml$/i.test(x.name) && !x.name.endsWith('/'))) inflate(e, label);
  const names = sheetNames(entries, label);
  let inflated = 0;
  const budget: SheetBudget = { label, limits, cells: 0 };
  // One worksheet at a time: inflated, counted, let go.
  for (const e of entries.filter((x) => /^xl\/worksheets\/[^/]+\.xml$/i.test(x.name) && !notRead(x.name))) {
    const b = inflate(e, label);
    inflated += b.length;
    if (inflated > limits.maxUncompressedBytes) throw tooBig();
    checkSheetXml(budget, names.get(e.name) ?? e.name, b.toString('latin1'));
  }
}
