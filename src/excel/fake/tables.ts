import { renameTableInFormula } from '../formula-refs';
import { FakeClientObject, FakeCollection, Slot } from './client-object';
import { FakeExcelError, invalidArgument, itemNotFound } from './errors';
import { formatAddress, overlaps } from './address';
import { cellKey, SheetModel, TableModel, WorkbookModel } from './model';
import { FakeRange, guardCells, resolveRangeArg } from './range';
import { FakeWorksheet } from './worksheet';

/** Table names: a letter, underscore or backslash first, then letters, digits, dots, underscores; no cell-like names. */
export function checkTableName(wb: WorkbookModel, name: unknown, self?: TableModel): string {
  if (typeof name !== 'string' || !/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name)) {
    throw invalidArgument(`'${String(name)}' is not a valid table name.`);
  }
  const lower = name.toLowerCase();
  if (wb.tables.some((t) => t !== self && !t.deleted && t.name.toLowerCase() === lower) || wb.names.some((n) => !n.deleted && n.name.toLowerCase() === lower)) {
    throw new FakeExcelError('ItemAlreadyExists', `A table or name called '${name}' already exists.`);
  }
  return name;
}

type Scope = WorkbookModel | SheetModel;

function isSheet(s: Scope): s is SheetModel {
  return (s as SheetModel).cells !== undefined;
}

export class FakeTableCollection extends FakeCollection<Scope, FakeTable> {
  private get _wb(): WorkbookModel {
    return this.context._excel.model;
  }
  protected _readers() {
    return { count: (t: Scope) => this._list(t).length };
  }
  private _list(t: Scope): TableModel[] {
    return this._wb.tables.filter((x) => !x.deleted && (!isSheet(t) || x.sheet === t));
  }
  protected _items(t: Scope): FakeTable[] {
    return this._list(t).map((x) => new FakeTable(this.context, `${this._path}.item(${x.id})`, () => x));
  }
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    const slot = new Slot<TableModel>();
    this._call('add', [address, hasHeaders], (scope) => {
      const wb = this._wb;
      const defaultSheet = isSheet(scope) ? scope : (wb.sheets.find((s) => s.id === wb.activeSheetId) ?? wb.sheets[0]);
      const { sheet, ref } = resolveRangeArg(this.context, address, defaultSheet);
      guardCells(sheet);
      if (isSheet(scope) && sheet !== scope) throw invalidArgument('The table range is on another sheet.');
      if (wb.tables.some((x) => !x.deleted && x.sheet === sheet && overlaps(x.ref, ref))) throw new FakeExcelError('InvalidOperation', 'A table cannot overlap another table.');
      if (sheet.merges.some((m) => overlaps(m, ref))) throw new FakeExcelError('InvalidOperation', 'A table cannot contain merged cells.');
      const r = { ...ref };
      if (!hasHeaders) {
        throw new FakeExcelError('NotImplemented', 'The in-memory Excel only adds tables whose first row holds the headers.');
      }
      // Headers become unique text; a table needs one data row, so a header-only range grows by one row.
      const seen = new Set<string>();
      for (let c = r.left; c <= r.right; c++) {
        const cell = sheet.cells.get(cellKey(r.top, c));
        let h = cell && cell.v !== '' ? String(cell.v) : `Column${c - r.left + 1}`;
        let i = 2;
        const base = h;
        while (seen.has(h.toLowerCase())) h = `${base}${i++}`;
        seen.add(h.toLowerCase());
        sheet.cells.set(cellKey(r.top, c), { ...(cell ?? {}), v: h, f: undefined });
      }
      if (r.bottom === r.top) r.bottom += 1;
      let n = wb.tables.length + 1;
      while (wb.tables.some((x) => x.name.toLowerCase() === `table${n}`)) n++;
      const table: TableModel = { id: wb.nextId++, name: `Table${n}`, sheet, ref: r, style: 'TableStyleMedium2' };
      wb.tables.push(table);
      slot.value = table;
    });
    return new FakeTable(this.context, `${this._path}.add()`, slot.get);
  }
  getItem(key: string): FakeTable {
    return new FakeTable(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, () => {
      const t = this._list(this._target()).find((x) => x.name.toLowerCase() === key.toLowerCase());
      if (!t) throw itemNotFound(`table '${key}'`);
      return t;
    });
  }
  getItemOrNullObject(key: string): FakeTable {
    return new FakeTable(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`, () => this._list(this._target()).find((x) => x.name.toLowerCase() === key.toLowerCase()), true);
  }
}

export class FakeTable extends FakeClientObject<TableModel> {
  protected _readers() {
    return {
      name: (t: TableModel) => t.name,
      id: (t: TableModel) => String(t.id),
      style: (t: TableModel) => t.style,
      showHeaders: () => true,
    };
  }
  protected override _navigation(name: string) {
    return name === 'worksheet' ? this.worksheet : undefined;
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (t, x) => {
      const model = this.context._excel.model;
      const from = t.name;
      t.name = checkTableName(model, x, t);
      // As Excel does, every formula naming the table follows the new name.
      for (const s of model.sheets) for (const c of s.cells.values()) if (c.f) c.f = renameTableInFormula(c.f, from, t.name);
    });
  }
  get id(): string {
    return this._get('id');
  }
  get style(): string {
    return this._get('style');
  }
  set style(v: string) {
    this._set('style', v, (t, x) => {
      if (typeof x !== 'string' || !/^(TableStyle(Light|Medium|Dark)\d{1,2}|)$/.test(x)) throw invalidArgument(`Unknown table style ${String(x)}.`);
      guardCells(t.sheet);
      t.style = x;
    });
  }
  get worksheet(): FakeWorksheet {
    return this._child('worksheet', () => new FakeWorksheet(this.context, `${this._path}.worksheet`, () => this._target().sheet));
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, `${this._path}.getRange()`, () => {
      const t = this._target();
      return { sheet: t.sheet, ref: t.ref };
    });
  }
  delete(): void {
    this._call('delete', [], (t) => {
      guardCells(t.sheet);
      t.deleted = true;
      const wb = this.context._excel.model;
      wb.tables = wb.tables.filter((x) => x !== t);
    });
  }
}

/** @internal for dumps */
export function tableAddress(t: TableModel): string {
  return formatAddress(t.sheet.name, t.ref);
}
