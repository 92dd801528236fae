import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { Grid, sheetRef } from '../core/grid';
import { WorkbookHost, WorkOptions } from '../core/host/workbook-host';
import { GENERATED_KEYS, GeneratedKey, SheetSpec, markName } from '../core/sheets/spec';
import { LoadedWorkbook, LoadOptions, loadWorkbook, readWorkbookFile } from './open';
import { markComment } from '../core/sheets/ownership';
import { writeSheetFrame } from './write-sheet';
import { addChartsToPackage } from './charts/add-charts';
import { addSheetBodies } from './sheet-xml/add-sheet-bodies';
import { commentMarks, graftSheets, GraftedSheet } from './sheet-xml/graft-sheets';
import { OpcPackage } from './opc-package';
import { sameFile } from './same-file';
import { CONTENT_TYPE, ensureContentTypes } from './charts/content-types';

/**
 * The .xlsx host. Cells are read straight from the package into grids (src/file/grid-reader), with
 * no object per cell; ExcelJS holds the workbook's frame (sheet names, order, marks, the date
 * system) with every worksheet emptied, and writes the frames of the sheets we generate. Saving starts from the package the
 * workbook was read from and changes only what SaferPlan writes: generated sheets are grafted in
 * (src/file/sheet-xml), their cells written straight from the sheet specs, their charts added
 * (src/file/charts). Every other part, the user's sheets, charts and pivot tables among them, is
 * copied as it was. The file it was opened from is never written to.
 *
 * The ExcelJS workbook holds each generated sheet as a frame with no cells, so names, order and
 * marks are checked in one place; a new workbook (create) is saved by ExcelJS, then filled.
 */
export class XlsxFileHost implements WorkbookHost {
  /** Sheets written in this session, by name, and whether they carry a SaferPlan mark. */
  private pendingSpecs = new Map<string, { spec: SheetSpec; marked: boolean }>();
  /** Charts of the sheets written in this session. */
  private pendingCharts = new Map<string, NonNullable<SheetSpec['charts']>>();
  /** Sheet names ExcelJS read from the source package. */
  private sourceNames: string[];
  /** Our sheets: key -> name, for marks whose sheet agrees with their record (core/sheets/ownership). */
  private owned: Partial<Record<GeneratedKey, string>>;
  private workbook: ExcelJS.Workbook;
  /** The grids read from the source, until readGrids hands them over (they are read again after that). */
  private unread: Grid[] | null;

  private constructor(
    loaded: LoadedWorkbook,
    /** The path it was read from, if any: save() refuses to write there. */
    readonly sourcePath: string | null,
    /** The package it was read from; null for a new workbook. */
    private source: Buffer | null,
    private readonly loadOptions: LoadOptions = {},
    /** How messages name the workbook. */
    private readonly label = 'workbook',
    /** The workbook's own file name, without its folder; null for a new workbook or bytes with no name. */
    private readonly ownName: string | null = null,
  ) {
    this.workbook = loaded.workbook;
    this.unread = loaded.grids;
    this.owned = loaded.owned;
    this.sourceNames = this.workbook.worksheets.map((w) => w.name);
  }

  /** Opens a workbook; `skipOutputSheets` leaves the cells of our output-only sheets unread (their grids are empty). */
  static async open(file: string, options: LoadOptions = {}): Promise<XlsxFileHost> {
    const bytes = await readWorkbookFile(file);
    return new XlsxFileHost(await loadWorkbook(bytes, file, options), path.resolve(file), bytes, options, file, path.basename(file));
  }

  /** A workbook from its bytes; `name` is its file name when known (an upload's), else messages call it "workbook". */
  static async fromBuffer(buf: Buffer, name?: string, options: LoadOptions = {}): Promise<XlsxFileHost> {
    const label = name ?? 'workbook';
    return new XlsxFileHost(await loadWorkbook(buf, label, options), null, buf, options, label, name ? path.basename(name) : null);
  }

  static create(): XlsxFileHost {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'SaferPlan';
    return new XlsxFileHost({ workbook: wb, grids: [], owned: {} }, null, null);
  }

  async readGrids(): Promise<Grid[]> {
    // Sheets written in this session hold their cells only in the package: it becomes the source.
    if (this.pendingSpecs.size) {
      const bytes = await this.toBuffer();
      const loaded = await loadWorkbook(bytes, this.label, this.loadOptions);
      this.workbook = loaded.workbook;
      this.owned = loaded.owned;
      this.source = bytes;
      this.sourceNames = this.workbook.worksheets.map((w) => w.name);
      this.pendingSpecs.clear();
      this.pendingCharts.clear();
      return loaded.grids;
    }
    // The engine owns the grids it is given; a second call reads the package again.
    const grids = this.unread ?? (this.source ? (await loadWorkbook(this.source, this.label, this.loadOptions)).grids : []);
    this.unread = null;
    return grids;
  }

  workbookName(): string | null {
    return this.ownName;
  }

  async generatedSheets(): Promise<Partial<Record<GeneratedKey, string>>> {
    return { ...this.owned };
  }

  async writeSheets(specs: SheetSpec[], options?: WorkOptions): Promise<void> {
    const wb = this.workbook;
    const ours = this.owned;
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
      }
      // Ours, or a mark that claimed someone else's sheet: either way it now points at ours.
      removeDefinedName(wb, markName(spec.key));
      const ws = wb.addWorksheet(spec.name);
      if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
      else placeAmongGenerated(wb, ws, spec.key, ours);
      writeSheetFrame(ws, spec);
      wb.definedNames.add(sheetRef(spec.name, '$A$1'), markName(spec.key));
      ours[spec.key] = spec.name;
      if (previousName) this.forget(previousName);
      this.remember(spec, true);
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
      this.remember(spec, false);
    }
  }

  /** The workbook as .xlsx bytes, with the cells and native charts of the sheets written in this session. */
  async toBuffer(): Promise<Buffer> {
    const sheets = [...this.pendingSpecs].map(([sheetName, p]) => ({ sheetName, spec: p.spec }));
    let pkg: OpcPackage;
    if (this.source) {
      pkg = OpcPackage.fromZip(this.source);
      if (sheets.length) graftSheets(pkg, await this.framesPackage(sheets.map((s) => s.spec)), this.graftPlan());
    } else {
      // A new workbook: ExcelJS writes it whole (frames only), stored; it is compressed once, natively.
      pkg = OpcPackage.fromZip(Buffer.from(await this.workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions)));
      commentMarks(pkg, new Map([...this.pendingSpecs.values()].filter((p) => p.marked).map((p) => [markName(p.spec.key), markComment(p.spec)])));
    }
    addSheetBodies(pkg, sheets, { date1904: !!this.workbook.properties.date1904 });
    const charts = [...this.pendingCharts].map(([sheetName, list]) => ({ sheetName, charts: list }));
    if (charts.length) addChartsToPackage(pkg, charts);
    if (this.source) giveRelationshipsContentTypes(pkg);
    return pkg.toZip();
  }

  /** The frames of the sheets written now, in a package of their own that ExcelJS writes. */
  private async framesPackage(specs: SheetSpec[]): Promise<OpcPackage> {
    const frames = new ExcelJS.Workbook();
    frames.properties.date1904 = !!this.workbook.properties.date1904;
    for (const spec of specs) writeSheetFrame(frames.addWorksheet(spec.name), spec);
    return OpcPackage.fromZip(Buffer.from(await frames.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions)));
  }

  private graftPlan() {
    const order = this.workbook.worksheets.map((w) => w.name);
    const written = new Map<string, GraftedSheet>();
    const dropNames = new Set<string>();
    for (const [name, p] of this.pendingSpecs) {
      written.set(name, { name, ...(p.marked ? { mark: markName(p.spec.key), markComment: markComment(p.spec) } : {}) });
      if (p.marked) dropNames.add(markName(p.spec.key));
    }
    const removed = new Set(this.sourceNames.filter((n) => !order.includes(n)));
    return { order, written, removed, dropNames };
  }

  private remember(spec: SheetSpec, marked: boolean): void {
    this.pendingSpecs.set(spec.name, { spec, marked });
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

/**
 * Relationships parts we added (a sheet's tables, a drawing's charts) need a content type: other
 * producers' packages may have no Default for `rels` (each of theirs has an Override).
 */
function giveRelationshipsContentTypes(pkg: OpcPackage): void {
  const xml = pkg.readText('[Content_Types].xml');
  if (xml === undefined) return;
  const rels = pkg
    .names()
    .filter((n) => n.endsWith('.rels'))
    .map((part) => ({ part, contentType: CONTENT_TYPE.relationships }));
  const next = ensureContentTypes(xml, rels);
  if (next !== xml) pkg.write('[Content_Types].xml', next);
}

function removeDefinedName(wb: ExcelJS.Workbook, name: string): void {
  const model = (wb.definedNames.model as { name: string; ranges: string[] }[]).filter((d) => d.name !== name);
  wb.definedNames.model = model;
}

/** New generated sheets go after the user's sheets, in GENERATED_KEYS order among our own. */
function placeAmongGenerated(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, key: GeneratedKey, ours: Partial<Record<GeneratedKey, string>>): void {
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
