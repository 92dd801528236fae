import { changedHandlers, sheetScope, workbookScope, worksheetId } from './events';
import { FakeClientObject, FakeCollection, Slot } from './client-object';
import { accessDenied, FakeExcelError, invalidArgument, itemNotFound } from './errors';
import { formatAddress, parseAddress } from './address';
import { findSheet, liveSheets, newSheet, SheetModel, usedBox, WorkbookModel } from './model';
import { FakeRange, guardCells, resolveRangeArg, sheetRange } from './range';
import { FakeTableCollection } from './tables';
import { FakeChartCollection } from './charts';

const BAD_NAME = /[[\]:*?/\\]/;

/** Excel's rules for sheet names: 1-31 characters, none of []:*?/\, no leading or trailing apostrophe, unique. */
export function checkSheetName(wb: WorkbookModel, name: unknown, self?: SheetModel): string {
  if (typeof name !== 'string' || name.length < 1 || name.length > 31 || BAD_NAME.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === 'history') {
    throw invalidArgument(`'${String(name)}' is not a valid sheet name.`);
  }
  const other = findSheet(wb, name);
  if (other && other !== self) throw new FakeExcelError('ItemAlreadyExists', `A sheet named '${name}' already exists.`);
  return name;
}

function guardStructure(wb: WorkbookModel): void {
  if (wb.protected) throw accessDenied("The workbook's structure");
}

export class FakeWorksheet extends FakeClientObject<SheetModel> {
  protected _readers() {
    const wb = () => this.context._excel.model;
    return {
      name: (t: SheetModel) => t.name,
      id: (t: SheetModel) => worksheetId(t),
      position: (t: SheetModel) => liveSheets(wb()).indexOf(t),
      visibility: (t: SheetModel) => t.visibility,
      tabColor: (t: SheetModel) => t.tabColor,
      standardWidth: () => 8.43,
    };
  }
  protected override _navigation(name: string) {
    if (name === 'protection') return this.protection;
    if (name === 'pageLayout') return this.pageLayout;
    if (name === 'tables') return this.tables;
    if (name === 'charts') return this.charts;
    return undefined;
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (t, x) => {
      const wb = this.context._excel.model;
      guardStructure(wb);
      t.name = checkSheetName(wb, x, t);
    });
  }
  get id(): string {
    return this._get('id');
  }
  get position(): number {
    return this._get('position');
  }
  set position(v: number) {
    this._set('position', v, (t, x) => {
      const wb = this.context._excel.model;
      guardStructure(wb);
      const live = liveSheets(wb);
      if (typeof x !== 'number' || x < 0 || x >= live.length) throw invalidArgument(`Position ${String(x)} is outside 0..${live.length - 1}.`);
      const without = live.filter((s) => s !== t);
      without.splice(x, 0, t);
      wb.sheets = [...without, ...wb.sheets.filter((s) => s.deleted)];
    });
  }
  get visibility(): string {
    return this._get('visibility');
  }
  set visibility(v: string) {
    this._set('visibility', v, (t, x) => {
      const wb = this.context._excel.model;
      guardStructure(wb);
      if (x !== 'Visible' && x !== 'Hidden' && x !== 'VeryHidden') throw invalidArgument(`Unknown visibility ${String(x)}.`);
      if (x !== 'Visible' && t.visibility === 'Visible' && liveSheets(wb).filter((s) => s.visibility === 'Visible').length === 1) {
        throw new FakeExcelError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      }
      t.visibility = x;
    });
  }
  get tabColor(): string {
    return this._get('tabColor');
  }
  set tabColor(v: string) {
    this._set('tabColor', v, (t, x) => {
      if (typeof x !== 'string' || !(x === '' || /^#[0-9A-Fa-f]{6}$/.test(x))) throw invalidArgument('tabColor must be #RRGGBB or empty.');
      t.tabColor = x.toUpperCase();
    });
  }
  get protection(): FakeWorksheetProtection {
    return this._child('protection', () => new FakeWorksheetProtection(this.context, `${this._path}.protection`, () => this._target()));
  }
  get freezePanes(): FakeWorksheetFreezePanes {
    return this._child('freezePanes', () => new FakeWorksheetFreezePanes(this.context, `${this._path}.freezePanes`, () => this._target()));
  }
  get pageLayout(): FakePageLayout {
    return this._child('pageLayout', () => new FakePageLayout(this.context, `${this._path}.pageLayout`, () => this._target()));
  }
  get tables(): FakeTableCollection {
    return this._child('tables', () => new FakeTableCollection(this.context, `${this._path}.tables`, () => this._target()));
  }
  get charts(): FakeChartCollection {
    return this._child('charts', () => new FakeChartCollection(this.context, `${this._path}.charts`, () => this._target()));
  }
  getRange(address?: string): FakeRange {
    return sheetRange(this.context, `${this._path}.getRange(${address ?? ''})`, () => this._target(), address);
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, `${this._path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      if (rowCount < 1 || columnCount < 1) throw invalidArgument('getRangeByIndexes needs at least one row and column.');
      return { sheet: this._target(), ref: { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount } };
    });
  }
  /** The used range; A1 on an empty sheet, as Excel answers. */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, `${this._path}.getUsedRange(${valuesOnly})`, () => {
      const s = this._target();
      return { sheet: s, ref: usedBox(s, valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }
  /** ExcelApi 1.7: edits on this sheet. */
  get onChanged() {
    return changedHandlers(this, sheetScope);
  }
  /** ExcelApi 1.4: a null object on an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.getUsedRangeOrNullObject(${valuesOnly})`,
      () => {
        const s = this._target();
        const box = usedBox(s, valuesOnly);
        return box ? { sheet: s, ref: box } : undefined;
      },
      true,
    );
  }
  activate(): void {
    this._call('activate', [], (t) => {
      if (t.visibility !== 'Visible') throw new FakeExcelError('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.context._excel.model.activeSheetId = t.id;
    });
  }
  delete(): void {
    this._call('delete', [], (t) => {
      const wb = this.context._excel.model;
      guardStructure(wb);
      const live = liveSheets(wb);
      if (t.visibility === 'Visible' && live.filter((s) => s.visibility === 'Visible').length === 1) {
        throw new FakeExcelError('InvalidOperation', 'The only visible sheet of a workbook cannot be deleted.');
      }
      t.deleted = true;
      wb.sheets = wb.sheets.filter((s) => s !== t);
      for (const table of wb.tables) if (table.sheet === t) table.deleted = true;
      wb.tables = wb.tables.filter((x) => !x.deleted);
      for (const c of t.charts) c.deleted = true;
      for (const n of wb.names) if (n.target && n.target.sheet === t) n.target = null;
      if (wb.activeSheetId === t.id) wb.activeSheetId = liveSheets(wb).find((s) => s.visibility === 'Visible')?.id ?? 0;
    });
  }
}

export class FakeWorksheetCollection extends FakeCollection<WorkbookModel, FakeWorksheet> {
  protected _readers() {
    // Excel's collection has getCount(), not a count property.
    return {};
  }
  protected _items(t: WorkbookModel): FakeWorksheet[] {
    return liveSheets(t).map((s) => new FakeWorksheet(this.context, `${this._path}.item(${s.id})`, () => s));
  }
  private _byKey(key: string): SheetModel | undefined {
    const wb = this._target();
    return findSheet(wb, key) ?? liveSheets(wb).find((s) => this._id(s) === key);
  }
  private _id(s: SheetModel): string {
    return worksheetId(s);
  }
  /** ExcelApi 1.9: edits on any sheet. */
  get onChanged() {
    return changedHandlers(this, workbookScope);
  }
  add(name?: string): FakeWorksheet {
    const slot = new Slot<SheetModel>();
    this._call('add', [name], (wb) => {
      guardStructure(wb);
      let n = name;
      if (n === undefined) {
        let i = liveSheets(wb).length + 1;
        while (findSheet(wb, `Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      const s = newSheet(wb, checkSheetName(wb, n));
      wb.sheets = [...liveSheets(wb), s];
      slot.value = s;
    });
    return new FakeWorksheet(this.context, `${this._path}.add(${name ?? ''})`, slot.get);
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, () => {
      const s = this._byKey(key);
      if (!s) throw itemNotFound(`worksheet '${key}'`);
      return s;
    });
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`, () => this._byKey(key), true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this._path}.getActiveWorksheet()`, () => {
      const wb = this._target();
      return liveSheets(wb).find((s) => s.id === wb.activeSheetId) ?? liveSheets(wb)[0];
    });
  }
  getFirst(visibleOnly = false): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this._path}.getFirst(${visibleOnly})`, () => liveSheets(this._target()).find((s) => !visibleOnly || s.visibility === 'Visible'));
  }
}

export class FakeWorksheetProtection extends FakeClientObject<SheetModel> {
  protected _readers() {
    return { protected: (t: SheetModel) => t.protected };
  }
  get protected(): boolean {
    return this._get('protected');
  }
  protect(): void {
    this._call('protect', [], (t) => void (t.protected = true));
  }
  unprotect(): void {
    this._call('unprotect', [], (t) => void (t.protected = false));
  }
}

/** Freeze panes (ExcelApi 1.7). */
export class FakeWorksheetFreezePanes extends FakeClientObject<SheetModel> {
  protected _readers() {
    return {};
  }
  freezeRows(count = 1): void {
    this._call('freezeRows', [count], (t) => void (t.freeze = { rows: count, columns: 0 }));
  }
  freezeColumns(count = 1): void {
    this._call('freezeColumns', [count], (t) => void (t.freeze = { rows: 0, columns: count }));
  }
  freezeAt(frozenRange: FakeRange | string): void {
    this._call('freezeAt', [frozenRange], (t) => {
      const r = resolveRangeArg(this.context, frozenRange, t);
      t.freeze = { rows: r.ref.bottom, columns: r.ref.right };
    });
  }
  unfreeze(): void {
    this._call('unfreeze', [], (t) => void (t.freeze = null));
  }
  getLocationOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.getLocationOrNullObject()`,
      () => {
        const t = this._target();
        if (!t.freeze) return undefined;
        return { sheet: t, ref: { top: 1, left: 1, bottom: Math.max(1, t.freeze.rows), right: Math.max(1, t.freeze.columns) } };
      },
      true,
    );
  }
}

/** Page layout (ExcelApi 1.9). */
export class FakePageLayout extends FakeClientObject<SheetModel> {
  protected _readers() {
    return {
      orientation: (t: SheetModel) => t.pageLayout.orientation,
      zoom: (t: SheetModel) => ({ ...t.pageLayout.zoom }),
    };
  }
  get orientation(): string {
    return this._get('orientation');
  }
  set orientation(v: string) {
    this._set('orientation', v, (t, x) => {
      if (x !== 'Portrait' && x !== 'Landscape') throw invalidArgument('orientation must be Portrait or Landscape.');
      t.pageLayout.orientation = x;
    });
  }
  get zoom(): Record<string, number> {
    return this._get('zoom');
  }
  set zoom(v: Record<string, number>) {
    this._set('zoom', v, (t, x) => {
      const z = x as Record<string, number>;
      for (const k of Object.keys(z)) if (!['horizontalFitToPages', 'verticalFitToPages', 'scale'].includes(k)) throw invalidArgument(`Unknown zoom option ${k}.`);
      t.pageLayout.zoom = { ...z };
    });
  }
  setPrintArea(printArea: FakeRange | string): void {
    this._call('setPrintArea', [printArea], (t) => void (t.pageLayout.printArea = resolveRangeArg(this.context, printArea, t).ref));
  }
  setPrintTitleRows(rows: FakeRange | string): void {
    this._call('setPrintTitleRows', [rows], (t) => {
      const ref = typeof rows === 'string' ? parseAddress(rows.replace(/^.*!/, '')) : resolveRangeArg(this.context, rows, t).ref;
      t.pageLayout.printTitleRows = ref;
    });
  }
}

/** @internal for dumps */
export function sheetAddress(s: SheetModel, ref: Parameters<typeof formatAddress>[1]): string {
  return formatAddress(s.name, ref);
}

export { guardCells };
