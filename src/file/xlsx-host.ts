import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { Grid, sheetRef } from '../core/grid';
import { WorkbookHost, WorkOptions } from '../core/host/workbook-host';
import { GENERATED_KEYS, GeneratedKey, SheetSpec, markName } from '../core/sheets/spec';
import { loadWorkbook, loadWorkbookBuffer } from './open';
import { generatedSheetsOf, readWorkbookGrids } from './read-grid';
import { writeSheetFrame } from './write-sheet';
import { addChartsToPackage } from './charts/add-charts';
import { addSheetBodies } from './sheet-xml/add-sheet-bodies';
import { OpcPackage } from './opc-package';

/**
 * The .xlsx host: ExcelJS underneath. Reads every sheet into grids, applies sheet specs, and saves
 * to a new file. The file it was opened from is never written to.
 *
 * A generated sheet is an ExcelJS worksheet with no cells (its frame: columns, views, validations,
 * print setup); its cells, styles and tables are written into the saved package straight from the
 * spec (src/file/sheet-xml), and its charts after that (src/file/charts).
 */
export class XlsxFileHost implements WorkbookHost {
  /** Sheet specs whose cells go into the package when it is saved, by sheet name. */
  private pendingSpecs = new Map<string, SheetSpec>();
  /** Charts of sheets written in this session: ExcelJS drops charts when it reads a package back. */
  private pendingCharts = new Map<string, NonNullable<SheetSpec['charts']>>();

  private constructor(
    private workbook: ExcelJS.Workbook,
    /** The path it was read from, if any: save() refuses to write there. */
    readonly sourcePath: string | null,
  ) {}

  static async open(file: string): Promise<XlsxFileHost> {
    return new XlsxFileHost(await loadWorkbook(file), path.resolve(file));
  }

  static async fromBuffer(buf: Buffer, name = 'workbook'): Promise<XlsxFileHost> {
    return new XlsxFileHost(await loadWorkbookBuffer(buf, name), null);
  }

  static create(): XlsxFileHost {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'SaferPlan';
    return new XlsxFileHost(wb, null);
  }

  async readGrids(): Promise<Grid[]> {
    // Sheets written in this session hold their cells only in the package: read it back.
    if (this.pendingSpecs.size) {
      this.workbook = await loadWorkbookBuffer(await this.toBuffer(), 'workbook');
      this.pendingSpecs.clear();
    }
    return readWorkbookGrids(this.workbook);
  }

  async generatedSheets(): Promise<Partial<Record<GeneratedKey, string>>> {
    return generatedSheetsOf(this.workbook);
  }

  async writeSheets(specs: SheetSpec[], options?: WorkOptions): Promise<void> {
    const wb = this.workbook;
    const ours = generatedSheetsOf(wb);
    specs.forEach((spec, i) => {
      options?.signal?.throwIfAborted();
      options?.onProgress?.(i / specs.length, `Writing ${spec.name}`);
      const previousName = ours[spec.key];
      const clash = wb.getWorksheet(spec.name);
      if (clash && clash.name !== previousName) {
        throw new Error(`Refusing to write sheet "${spec.name}": a sheet of that name exists and is not one SaferPlan generated.`);
      }
      let orderNo: number | undefined;
      if (previousName) {
        const old = wb.getWorksheet(previousName)!;
        orderNo = (old as unknown as { orderNo: number }).orderNo;
        wb.removeWorksheet(old.id);
        removeDefinedName(wb, markName(spec.key));
      }
      const ws = wb.addWorksheet(spec.name);
      if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
      else placeAmongGenerated(wb, ws, spec.key);
      writeSheetFrame(ws, spec);
      wb.definedNames.add(sheetRef(spec.name, '$A$1'), markName(spec.key));
      if (previousName) this.forget(previousName);
      this.remember(spec);
    });
    options?.onProgress?.(1, 'Sheets written');
  }

  /**
   * Writes sheets that belong to the person who will fill them (a partner's return template in a
   * new workbook): no SaferPlan mark, so no later build ever replaces them. Refuses to touch an
   * existing sheet.
   */
  async writeUnmarkedSheets(specs: SheetSpec[]): Promise<void> {
    for (const spec of specs) {
      if (this.workbook.getWorksheet(spec.name)) throw new Error(`Refusing to write sheet "${spec.name}": the workbook already has a sheet of that name.`);
      writeSheetFrame(this.workbook.addWorksheet(spec.name), spec);
      this.remember(spec);
    }
  }

  /** The workbook as .xlsx bytes, with the cells and native charts of the sheets written in this session. */
  async toBuffer(): Promise<Buffer> {
    // ExcelJS writes the parts stored; generated cells, then charts, are added; the package is
    // compressed once, natively.
    const stored = Buffer.from(await this.workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions));
    const pkg = OpcPackage.fromZip(stored);
    const sheets = [...this.pendingSpecs].map(([sheetName, spec]) => ({ sheetName, spec }));
    addSheetBodies(pkg, sheets, { date1904: !!this.workbook.properties.date1904 });
    const charts = [...this.pendingCharts].map(([sheetName, list]) => ({ sheetName, charts: list }));
    if (charts.length) addChartsToPackage(pkg, charts);
    return pkg.toZip();
  }

  private remember(spec: SheetSpec): void {
    this.pendingSpecs.set(spec.name, spec);
    if (spec.charts?.length) this.pendingCharts.set(spec.name, spec.charts);
    else this.pendingCharts.delete(spec.name);
  }

  private forget(sheetName: string): void {
    this.pendingSpecs.delete(sheetName);
    this.pendingCharts.delete(sheetName);
  }

  /** Saves to a new file; never to the file it was opened from. */
  async save(file: string): Promise<void> {
    const target = path.resolve(file);
    if (this.sourcePath && (await sameFile(this.sourcePath, target))) {
      throw new Error(`Refusing to overwrite the input workbook ${file}; choose another output file with -o.`);
    }
    const buf = await this.toBuffer();
    await fs.writeFile(target, buf);
  }
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (a === b) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

function removeDefinedName(wb: ExcelJS.Workbook, name: string): void {
  const model = (wb.definedNames.model as { name: string; ranges: string[] }[]).filter((d) => d.name !== name);
  wb.definedNames.model = model;
}

/** New generated sheets go after the user's sheets, in GENERATED_KEYS order among our own. */
function placeAmongGenerated(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, key: GeneratedKey): void {
  const ours = generatedSheetsOf(wb);
  const rank = GENERATED_KEYS.indexOf(key);
  const sheets = wb.worksheets.filter((s) => s !== ws);
  const ordered: ExcelJS.Worksheet[] = [];
  let inserted = false;
  for (const s of sheets) {
    const k = (Object.keys(ours) as GeneratedKey[]).find((kk) => ours[kk] === s.name);
    if (!inserted && k !== undefined && GENERATED_KEYS.indexOf(k) > rank) {
      ordered.push(ws);
      inserted = true;
    }
    ordered.push(s);
  }
  if (!inserted) ordered.push(ws);
  ordered.forEach((s, i) => ((s as unknown as { orderNo: number }).orderNo = i + 1));
}
