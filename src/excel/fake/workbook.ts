import { FakeClientObject } from './client-object';
import type { FakeRequestContext } from './context';
import { FakeExcelError } from './errors';
import { liveSheets, WorkbookModel } from './model';
import { FakeNamedItemCollection } from './names';
import { FakeRange } from './range';
import { FakeTableCollection } from './tables';
import { FakeWorksheetCollection } from './worksheet';

export class FakeWorkbook extends FakeClientObject<WorkbookModel> {
  constructor(context: FakeRequestContext) {
    super(context, 'workbook', () => context._excel.model);
  }
  protected _readers() {
    return { name: () => this.context._excel.workbookName };
  }
  protected override _navigation(name: string) {
    if (name === 'worksheets') return this.worksheets;
    if (name === 'tables') return this.tables;
    if (name === 'names') return this.names;
    if (name === 'protection') return this.protection;
    return undefined;
  }
  get name(): string {
    return this._get('name');
  }
  get worksheets(): FakeWorksheetCollection {
    return this._child('worksheets', () => new FakeWorksheetCollection(this.context, 'workbook.worksheets', () => this._target()));
  }
  get tables(): FakeTableCollection {
    return this._child('tables', () => new FakeTableCollection(this.context, 'workbook.tables', () => this._target()));
  }
  get names(): FakeNamedItemCollection {
    return this._child('names', () => new FakeNamedItemCollection(this.context, 'workbook.names', () => this._target()));
  }
  get protection(): FakeWorkbookProtection {
    return this._child('protection', () => new FakeWorkbookProtection(this.context, 'workbook.protection', () => this._target()));
  }
  get application(): FakeApplication {
    return this._child('application', () => new FakeApplication(this.context, 'workbook.application', () => this._target()));
  }
  /** @internal context.runtime */
  get _runtime(): FakeRuntime {
    return this._child('_runtime', () => new FakeRuntime(this.context, 'runtime', () => this._target()));
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, 'workbook.getSelectedRange()', () => {
      const wb = this._target();
      if (wb.selection && !wb.selection.sheet.deleted) return wb.selection;
      const s = liveSheets(wb).find((x) => x.id === wb.activeSheetId) ?? liveSheets(wb)[0];
      return { sheet: s, ref: { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }
}

/** Workbook structure protection (ExcelApi 1.7): no adding, deleting, renaming, moving or hiding sheets. */
export class FakeWorkbookProtection extends FakeClientObject<WorkbookModel> {
  protected _readers() {
    return { protected: (t: WorkbookModel) => t.protected };
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

export class FakeApplication extends FakeClientObject<WorkbookModel> {
  protected _readers() {
    return { calculationMode: () => 'Automatic' };
  }
  get calculationMode(): string {
    return this._get('calculationMode');
  }
  /** ExcelApi 1.6: recalculation waits until the next sync is done. */
  suspendApiCalculationUntilNextSync(): void {
    this._call('suspendApiCalculationUntilNextSync', [], () => void (this.context._calculationSuspended = true));
  }
  calculate(_type: string): void {
    this._call('calculate', [_type], () => undefined);
  }
}

/** context.runtime (ExcelApi 1.8): whether Excel raises events for the add-in's own changes. */
export class FakeRuntime extends FakeClientObject<WorkbookModel> {
  protected _readers() {
    return { enableEvents: (t: WorkbookModel) => t.eventsEnabled };
  }
  get enableEvents(): boolean {
    return this._get('enableEvents');
  }
  set enableEvents(v: boolean) {
    this._set('enableEvents', v, (t, x) => {
      if (typeof x !== 'boolean') throw new FakeExcelError('InvalidArgument', 'enableEvents must be true or false.');
      t.eventsEnabled = x;
    });
  }
}
