import { FakeClientObject, FakeCollection, Slot } from './client-object';
import { FakeExcelError, invalidArgument, itemNotFound } from './errors';
import { formatAddress, formatLocal, parseAddress, quoteSheet, splitSheet } from './address';
import { findSheet, NameModel, WorkbookModel } from './model';
import { FakeRange } from './range';

/** What a defined name refers to, as Excel writes it: "='Data sharing'!$A$1", or "=#REF!$A$1" once the sheet is gone. */
export function nameFormula(n: NameModel): string {
  if (n.formula !== undefined) return n.formula;
  if (!n.target) return '=#REF!$A$1';
  return `=${formatAddress(n.target.sheet.name, n.target.ref, true)}`;
}

function checkName(wb: WorkbookModel, name: unknown): string {
  if (typeof name !== 'string' || !/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name)) {
    throw invalidArgument(`'${String(name)}' is not a valid name.`);
  }
  const lower = name.toLowerCase();
  if (wb.names.some((n) => !n.deleted && n.name.toLowerCase() === lower) || wb.tables.some((t) => !t.deleted && t.name.toLowerCase() === lower)) {
    throw new FakeExcelError('ItemAlreadyExists', `The name '${name}' already exists.`);
  }
  return name;
}

export class FakeNamedItemCollection extends FakeCollection<WorkbookModel, FakeNamedItem> {
  protected _readers() {
    // Excel's collection has getCount(), not a count property.
    return {};
  }
  protected _items(t: WorkbookModel): FakeNamedItem[] {
    return t.names.filter((n) => !n.deleted).map((n) => new FakeNamedItem(this.context, `${this._path}.item(${n.name})`, () => n));
  }
  /** ExcelApi 1.4. reference: a Range, or a formula such as "=Sheet1!$A$1" or "=0.5". */
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    const slot = new Slot<NameModel>();
    this._call('add', [name, reference, comment], (wb) => {
      const n: NameModel = { name: checkName(wb, name), target: null, comment: comment ?? '', visible: true };
      if (reference instanceof FakeRange) {
        n.target = reference._target();
      } else if (typeof reference === 'string') {
        const body = reference.replace(/^=/, '');
        const { sheet, local } = splitSheet(body);
        const s = sheet !== undefined ? findSheet(wb, sheet) : undefined;
        let ref;
        try {
          ref = s ? parseAddress(local) : undefined;
        } catch {
          ref = undefined;
        }
        if (s && ref) n.target = { sheet: s, ref };
        else n.formula = reference.startsWith('=') ? reference : `=${reference}`;
      } else throw invalidArgument('A name needs a Range or a formula.');
      wb.names.push(n);
      slot.value = n;
    });
    return new FakeNamedItem(this.context, `${this._path}.add(${JSON.stringify(name)})`, slot.get);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, `${this._path}.getItem(${JSON.stringify(name)})`, () => {
      const n = this._find(name);
      if (!n) throw itemNotFound(`name '${name}'`);
      return n;
    });
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`, () => this._find(name), true);
  }
  private _find(name: string): NameModel | undefined {
    return this._target().names.find((n) => !n.deleted && n.name.toLowerCase() === name.toLowerCase());
  }
}

export class FakeNamedItem extends FakeClientObject<NameModel> {
  protected _readers() {
    return {
      name: (t: NameModel) => t.name,
      comment: (t: NameModel) => t.comment,
      visible: (t: NameModel) => t.visible,
      formula: (t: NameModel) => nameFormula(t),
      type: (t: NameModel) => (t.formula !== undefined ? 'String' : t.target ? 'Range' : 'Error'),
      value: (t: NameModel) => (t.formula !== undefined ? t.formula.replace(/^=/, '') : t.target ? `${quoteSheet(t.target.sheet.name)}!${formatLocal(t.target.ref, true)}` : '#REF!'),
    };
  }
  get name(): string {
    return this._get('name');
  }
  get comment(): string {
    return this._get('comment');
  }
  get visible(): boolean {
    return this._get('visible');
  }
  get type(): string {
    return this._get('type');
  }
  get value(): string {
    return this._get('value');
  }
  get formula(): string {
    return this._get('formula');
  }
  set formula(v: string) {
    this._set('formula', v, (t, x) => {
      const wb = this.context._excel.model;
      const body = String(x).replace(/^=/, '');
      const { sheet, local } = splitSheet(body);
      const s = sheet !== undefined ? findSheet(wb, sheet) : undefined;
      if (s) {
        t.target = { sheet: s, ref: parseAddress(local) };
        t.formula = undefined;
      } else t.formula = `=${body}`;
    });
  }
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.context, `${this._path}.getRangeOrNullObject()`, () => this._target().target ?? undefined, true);
  }
  delete(): void {
    this._call('delete', [], (t) => {
      t.deleted = true;
      const wb = this.context._excel.model;
      wb.names = wb.names.filter((n) => n !== t);
    });
  }
}
