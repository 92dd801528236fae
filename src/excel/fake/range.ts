import { RangeRef } from '../../core/grid';
import { AnyProxy, FakeClientObject, FakeCollection, Slot } from './client-object';
import { raiseChanged } from './events';
import type { FakeRequestContext } from './context';
import { accessDenied, FakeExcelError, invalidArgument } from './errors';
import { formatAddress, formatLocal, MAX_COLUMNS, MAX_ROWS, overlaps, parseAddress, splitSheet } from './address';
import { cellKey, CellModel, ConditionalFormatModel, DEFAULT_COLUMN_WIDTH, findSheet, formatAt, FormatModel, SheetModel, SheetRef, usedBox, ValidationModel } from './model';
import { displayText, storeInput } from './values';
import { FakeWorksheet } from './worksheet';

/** Excel refuses to read more than this many cells in one go. */
export const MAX_READ_CELLS = 5_000_000;

export function guardCells(sheet: SheetModel): void {
  if (sheet.protected) throw accessDenied(`The sheet '${sheet.name}'`);
}

function cellCount(r: RangeRef): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** Reads a property of every cell in a box, row by row; refuses boxes too big to read. */
function readCells<V>(t: SheetRef, read: (c: CellModel | undefined, row: number, col: number) => V): V[][] {
  if (cellCount(t.ref) > MAX_READ_CELLS) throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', `Reading ${formatLocal(t.ref)} is over Excel's limit of ${MAX_READ_CELLS} cells.`);
  const out: V[][] = [];
  for (let r = t.ref.top; r <= t.ref.bottom; r++) {
    const row: V[] = [];
    for (let c = t.ref.left; c <= t.ref.right; c++) row.push(read(t.sheet.cells.get(cellKey(r, c)), r, c));
    out.push(row);
  }
  return out;
}

/** A value that is the same in every cell, or null when they differ (as Excel reports mixed formats). */
function uniform<V>(t: SheetRef, read: (row: number, col: number) => V): V | null {
  const used = usedBox(t.sheet, false);
  const box = boundTo(t.ref, used);
  let first: V | undefined;
  let seen = false;
  for (let r = box.top; r <= box.bottom; r++) {
    for (let c = box.left; c <= box.right; c++) {
      const v = read(r, c);
      if (!seen) {
        first = v;
        seen = true;
      } else if (v !== first) return null;
    }
  }
  return seen ? (first as V) : null;
}

/** A whole column or row clipped to the used area, so reading formats of 'A:A' stays cheap. */
function boundTo(ref: RangeRef, used: RangeRef | undefined): RangeRef {
  if (cellCount(ref) <= 100000) return ref;
  const u = used ?? { top: 1, left: 1, bottom: 1, right: 1 };
  return {
    top: ref.top,
    left: ref.left,
    bottom: Math.max(ref.top, Math.min(ref.bottom, u.bottom)),
    right: Math.max(ref.left, Math.min(ref.right, u.right)),
  };
}

/** Writes a 2-D array (or one value for every cell) after checking it matches the range's shape. */
function writeCells(t: SheetRef, input: unknown, where: string, put: (current: CellModel | undefined, raw: unknown, at: string) => CellModel | undefined): void {
  guardCells(t.sheet);
  const rows = t.ref.bottom - t.ref.top + 1;
  const cols = t.ref.right - t.ref.left + 1;
  const scalar = !Array.isArray(input);
  if (!scalar) {
    const arr = input as unknown[];
    if (arr.length !== rows || arr.some((row) => !Array.isArray(row) || row.length !== cols)) {
      const got = `${arr.length}x${Array.isArray(arr[0]) ? (arr[0] as unknown[]).length : '?'}`;
      throw invalidArgument(`The number of rows or columns in the input array doesn't match the size or dimensions of the range (${where} is ${rows}x${cols}, the array is ${got}).`, where);
    }
  }
  if (scalar && cellCount(t.ref) > MAX_READ_CELLS) throw new FakeExcelError('OperationCellsExceedLimit', `Writing ${where} touches too many cells.`);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const raw = scalar ? input : (input as unknown[][])[r][c];
      const key = cellKey(t.ref.top + r, t.ref.left + c);
      const next = put(t.sheet.cells.get(key), raw, `${where}[${r}][${c}]`);
      if (next === undefined || (next.v === '' && next.nf === undefined && next.f === undefined && next.link === undefined)) t.sheet.cells.delete(key);
      else t.sheet.cells.set(key, next);
    }
  }
}

function addLayer(t: SheetRef, fmt: FormatModel): void {
  guardCells(t.sheet);
  t.sheet.formats.push({ ref: t.ref, fmt });
}

/** Resolves a Range-or-address argument against the sheet a range belongs to. */
export function resolveRangeArg(ctx: FakeRequestContext, arg: unknown, defaultSheet: SheetModel): SheetRef {
  if (arg instanceof FakeRange) return arg._target();
  if (typeof arg !== 'string') throw invalidArgument('Expected a Range or an address.');
  const { sheet, local } = splitSheet(arg);
  const s = sheet === undefined ? defaultSheet : findSheet(ctx._excel.model, sheet);
  if (!s) throw invalidArgument(`No sheet named '${sheet}'.`);
  try {
    return { sheet: s, ref: parseAddress(local) };
  } catch {
    throw invalidArgument(`The address '${arg}' is not valid.`);
  }
}

export class FakeRange extends FakeClientObject<SheetRef> {
  protected _readers() {
    return {
      address: (t: SheetRef) => formatAddress(t.sheet.name, t.ref),
      addressLocal: (t: SheetRef) => formatAddress(t.sheet.name, t.ref),
      rowCount: (t: SheetRef) => t.ref.bottom - t.ref.top + 1,
      columnCount: (t: SheetRef) => t.ref.right - t.ref.left + 1,
      cellCount: (t: SheetRef) => cellCount(t.ref),
      rowIndex: (t: SheetRef) => t.ref.top - 1,
      columnIndex: (t: SheetRef) => t.ref.left - 1,
      values: (t: SheetRef) => readCells(t, (c) => (c ? c.v : '')),
      numberFormat: (t: SheetRef) => readCells(t, (c) => c?.nf ?? 'General'),
      formulas: (t: SheetRef) => readCells(t, (c) => (c ? (c.f ?? c.v) : '')),
      text: (t: SheetRef) => readCells(t, (c) => displayText(c)),
      columnHidden: (t: SheetRef) => uniform(t, (_r, c) => t.sheet.hiddenColumns.has(c)),
      hyperlink: (t: SheetRef) => t.sheet.cells.get(cellKey(t.ref.top, t.ref.left))?.link ?? null,
      isEntireColumn: (t: SheetRef) => t.ref.top === 1 && t.ref.bottom === MAX_ROWS,
      isEntireRow: (t: SheetRef) => t.ref.left === 1 && t.ref.right === MAX_COLUMNS,
    };
  }

  protected override _navigation(name: string) {
    if (name === 'format') return this.format;
    if (name === 'worksheet') return this.worksheet;
    if (name === 'dataValidation') return this.dataValidation;
    return undefined;
  }

  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get text(): string[][] {
    return this._get('text');
  }
  get isEntireColumn(): boolean {
    return this._get('isEntireColumn');
  }
  get isEntireRow(): boolean {
    return this._get('isEntireRow');
  }

  get values(): unknown[][] {
    return this._get('values');
  }
  set values(v: unknown[][]) {
    this._set('values', v, (t, input) => {
      writeCells(t, input, formatAddress(t.sheet.name, t.ref), (cur, raw, at) => storeInput(raw, cur, at));
      raiseChanged(this.context._excel.model, t.sheet, t.ref);
    });
  }

  get formulas(): unknown[][] {
    return this._get('formulas');
  }
  set formulas(v: unknown[][]) {
    this._set('formulas', v, (t, input) => {
      writeCells(t, input, formatAddress(t.sheet.name, t.ref), (cur, raw, at) => storeInput(raw, cur, at));
      raiseChanged(this.context._excel.model, t.sheet, t.ref);
    });
  }

  get numberFormat(): string[][] {
    return this._get('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this._set('numberFormat', v, (t, input) =>
      writeCells(t, input, formatAddress(t.sheet.name, t.ref), (cur, raw, at) => {
        if (raw === null) return cur;
        if (typeof raw !== 'string') throw invalidArgument(`Number format at ${at} must be text.`, at);
        return { ...(cur ?? { v: '' }), nf: raw === 'General' ? undefined : raw };
      }),
    );
  }

  get columnHidden(): boolean {
    return this._get('columnHidden');
  }
  set columnHidden(v: boolean) {
    this._set('columnHidden', v, (t, hidden) => {
      guardCells(t.sheet);
      for (let c = t.ref.left; c <= t.ref.right; c++) {
        if (hidden) t.sheet.hiddenColumns.add(c);
        else t.sheet.hiddenColumns.delete(c);
      }
    });
  }

  get hyperlink(): Record<string, unknown> | null {
    return this._get('hyperlink');
  }
  set hyperlink(v: Record<string, unknown> | null) {
    this._set('hyperlink', v, (t, link) => {
      guardCells(t.sheet);
      const l = link as Record<string, unknown> | null;
      for (let r = t.ref.top; r <= t.ref.bottom; r++) {
        for (let c = t.ref.left; c <= t.ref.right; c++) {
          const key = cellKey(r, c);
          const cur = t.sheet.cells.get(key) ?? { v: '' };
          const next: CellModel = { ...cur, link: l ?? undefined };
          if (l && typeof l.textToDisplay === 'string') next.v = l.textToDisplay;
          t.sheet.cells.set(key, next);
        }
      }
    });
  }

  get format(): FakeRangeFormat {
    return this._child('format', () => new FakeRangeFormat(this.context, `${this._path}.format`, () => this._target()));
  }

  get dataValidation(): FakeDataValidation {
    return this._child('dataValidation', () => new FakeDataValidation(this.context, `${this._path}.dataValidation`, () => this._target()));
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return this._child('conditionalFormats', () => new FakeConditionalFormatCollection(this.context, `${this._path}.conditionalFormats`, () => this._target()));
  }

  get worksheet(): FakeWorksheet {
    return this._child('worksheet', () => new FakeWorksheet(this.context, `${this._path}.worksheet`, () => this._target().sheet));
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, `${this._path}.getCell(${row},${column})`, () => {
      const t = this._target();
      const r = t.ref.top + row;
      const c = t.ref.left + column;
      return { sheet: t.sheet, ref: { top: r, left: c, bottom: r, right: c } };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return new FakeRange(this.context, `${this._path}.getResizedRange(${deltaRows},${deltaColumns})`, () => {
      const t = this._target();
      const ref = { ...t.ref, bottom: t.ref.bottom + deltaRows, right: t.ref.right + deltaColumns };
      if (ref.bottom < ref.top || ref.right < ref.left) throw invalidArgument('The resized range would be empty.');
      return { sheet: t.sheet, ref };
    });
  }

  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.getIntersectionOrNullObject(${typeof other === 'string' ? other : other._path})`,
      () => {
        const t = this._target();
        const o = resolveRangeArg(this.context, other, t.sheet);
        if (o.sheet !== t.sheet || !overlaps(t.ref, o.ref)) return undefined;
        return {
          sheet: t.sheet,
          ref: { top: Math.max(t.ref.top, o.ref.top), left: Math.max(t.ref.left, o.ref.left), bottom: Math.min(t.ref.bottom, o.ref.bottom), right: Math.min(t.ref.right, o.ref.right) },
        };
      },
      true,
    );
  }

  merge(across = false): void {
    this._call('merge', [across], (t) => {
      guardCells(t.sheet);
      const areas: RangeRef[] = across ? Array.from({ length: t.ref.bottom - t.ref.top + 1 }, (_x, i) => ({ ...t.ref, top: t.ref.top + i, bottom: t.ref.top + i })) : [t.ref];
      for (const a of areas) {
        if (a.top === a.bottom && a.left === a.right) continue;
        if (t.sheet.merges.some((m) => overlaps(m, a))) throw new FakeExcelError('MergedRangeConflict', 'Cannot merge a range that overlaps a merged area.');
        t.sheet.merges.push(a);
        // Excel keeps only the top-left value of a merged area.
        for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) if (r !== a.top || c !== a.left) t.sheet.cells.delete(cellKey(r, c));
      }
    });
  }

  unmerge(): void {
    this._call('unmerge', [], (t) => {
      guardCells(t.sheet);
      t.sheet.merges = t.sheet.merges.filter((m) => !overlaps(m, t.ref));
    });
  }

  /**
   * ExcelApi 1.9. Per-cell properties; only format.fill.color is modelled ('#FFFFFF' for no fill,
   * as Excel answers). On a null object the result is null.
   */
  getCellProperties(keys: { format?: { fill?: { color?: boolean } } }): FakeClientResult<{ format?: { fill?: { color: string } } }[][] | null> {
    const result = new FakeClientResult<{ format?: { fill?: { color: string } } }[][] | null>();
    this.context._enqueue({ o: this._path, m: 'getCellProperties', a: [wireKeys(keys)] }, () => {
      let t: ReturnType<typeof this._target> | undefined;
      try {
        t = this._target();
      } catch (e) {
        if ((e as { code?: string }).code !== 'ItemNotFound') throw e;
      }
      const rows: { format?: { fill?: { color: string } } }[][] | null = t ? [] : null;
      if (t && rows) {
        for (let r = t.ref.top; r <= t.ref.bottom; r++) {
          const row: { format?: { fill?: { color: string } } }[] = [];
          for (let c = t.ref.left; c <= t.ref.right; c++) row.push(keys.format?.fill?.color ? { format: { fill: { color: formatAt(t.sheet, r, c).fill || '#FFFFFF' } } } : {});
          rows.push(row);
        }
      }
      this.context._stage(result as unknown as AnyProxy, 'value', rows);
    });
    return result;
  }

  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      `${this._path}.getMergedAreasOrNullObject()`,
      () => {
        const t = this._target();
        const areas = t.sheet.merges.filter((m) => overlaps(m, t.ref));
        return areas.length ? { sheet: t.sheet, areas } : undefined;
      },
      true,
    );
  }

  clear(applyTo: string = 'All'): void {
    this._call('clear', [applyTo], (t) => {
      guardCells(t.sheet);
      for (let r = t.ref.top; r <= Math.min(t.ref.bottom, usedBox(t.sheet, false)?.bottom ?? 0); r++) {
        for (let c = t.ref.left; c <= t.ref.right; c++) {
          const key = cellKey(r, c);
          const cur = t.sheet.cells.get(key);
          if (!cur) continue;
          if (applyTo === 'Contents') t.sheet.cells.set(key, { ...cur, v: '', f: undefined });
          else if (applyTo === 'Formats') t.sheet.cells.set(key, { ...cur, nf: undefined });
          else t.sheet.cells.delete(key);
        }
      }
      if (applyTo !== 'Formats') raiseChanged(this.context._excel.model, t.sheet, t.ref);
      if (applyTo === 'All' || applyTo === 'Formats') t.sheet.formats.push({ ref: t.ref, fmt: { bold: false, italic: false, fill: '', wrap: false } });
    });
  }

  select(): void {
    this._call('select', [], (t) => {
      this.context._excel.model.selection = t;
      this.context._excel.model.activeSheetId = t.sheet.id;
    });
  }
}

/** The merged areas of a range (RangeAreas, ExcelApi 1.9 / 1.13 for merged areas). */
export class FakeRangeAreas extends FakeClientObject<{ sheet: SheetModel; areas: RangeRef[] }> {
  protected _readers() {
    return {
      address: (t: { sheet: SheetModel; areas: RangeRef[] }) => t.areas.map((a) => formatAddress(t.sheet.name, a)).join(', '),
      areaCount: (t: { sheet: SheetModel; areas: RangeRef[] }) => t.areas.length,
      cellCount: (t: { sheet: SheetModel; areas: RangeRef[] }) => t.areas.reduce((n, a) => n + cellCount(a), 0),
    };
  }
  get address(): string {
    return this._get('address');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
}

export class FakeRangeFormat extends FakeClientObject<SheetRef> {
  protected _readers() {
    return {
      wrapText: (t: SheetRef) => uniform(t, (r, c) => formatAt(t.sheet, r, c).wrap ?? false),
      horizontalAlignment: (t: SheetRef) => uniform(t, (r, c) => formatAt(t.sheet, r, c).horizontal ?? 'General'),
      verticalAlignment: (t: SheetRef) => uniform(t, (r, c) => formatAt(t.sheet, r, c).vertical ?? 'Bottom'),
      columnWidth: (t: SheetRef) => {
        const widths = new Set<number>();
        for (let c = t.ref.left; c <= Math.min(t.ref.right, t.ref.left + 1000); c++) widths.add(t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
        return widths.size === 1 ? [...widths][0] : null;
      },
    };
  }
  protected override _navigation(name: string) {
    if (name === 'font') return this.font;
    if (name === 'fill') return this.fill;
    return undefined;
  }
  get font(): FakeRangeFont {
    return this._child('font', () => new FakeRangeFont(this.context, `${this._path}.font`, () => this._target()));
  }
  get fill(): FakeRangeFill {
    return this._child('fill', () => new FakeRangeFill(this.context, `${this._path}.fill`, () => this._target()));
  }
  get borders(): FakeRangeBorderCollection {
    return this._child('borders', () => new FakeRangeBorderCollection(this.context, `${this._path}.borders`, () => this._target()));
  }
  get wrapText(): boolean | null {
    return this._get('wrapText');
  }
  set wrapText(v: boolean | null) {
    this._set('wrapText', v, (t, x) => addLayer(t, { wrap: Boolean(x) }));
  }
  get horizontalAlignment(): string | null {
    return this._get('horizontalAlignment');
  }
  set horizontalAlignment(v: string | null) {
    this._set('horizontalAlignment', v, (t, x) =>
      addLayer(t, { horizontal: oneOf(x, ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'], 'horizontalAlignment') }),
    );
  }
  get verticalAlignment(): string | null {
    return this._get('verticalAlignment');
  }
  set verticalAlignment(v: string | null) {
    this._set('verticalAlignment', v, (t, x) => addLayer(t, { vertical: oneOf(x, ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'], 'verticalAlignment') }));
  }
  get columnWidth(): number | null {
    return this._get('columnWidth');
  }
  set columnWidth(v: number | null) {
    this._set('columnWidth', v, (t, x) => {
      guardCells(t.sheet);
      if (typeof x !== 'number' || x < 0) throw invalidArgument('columnWidth must be a number of points.');
      for (let c = t.ref.left; c <= t.ref.right; c++) t.sheet.columnWidths.set(c, x);
    });
  }
  autofitColumns(): void {
    this._call('autofitColumns', [], (t) => {
      guardCells(t.sheet);
      const used = usedBox(t.sheet, true);
      for (let c = t.ref.left; c <= Math.min(t.ref.right, used?.right ?? 0); c++) {
        let longest = 0;
        for (let r = Math.max(t.ref.top, used!.top); r <= Math.min(t.ref.bottom, used!.bottom); r++) {
          longest = Math.max(longest, displayText(t.sheet.cells.get(cellKey(r, c))).length);
        }
        t.sheet.columnWidths.set(c, Math.max(DEFAULT_COLUMN_WIDTH, Math.round((longest * 7 + 5) * 0.75)));
      }
    });
  }
  autofitRows(): void {
    this._call('autofitRows', [], (t) => guardCells(t.sheet));
  }
}

function oneOf(x: unknown, allowed: string[], what: string): string {
  if (typeof x !== 'string' || !allowed.includes(x)) throw invalidArgument(`${what} must be one of ${allowed.join(', ')}.`);
  return x;
}

function colour(x: unknown, what: string): string {
  if (typeof x !== 'string' || !(/^#[0-9A-Fa-f]{6}$/.test(x) || /^[a-zA-Z]+$/.test(x) || x === '')) throw invalidArgument(`${what} must be a colour such as #RRGGBB.`);
  return x.toUpperCase();
}

export class FakeRangeFont extends FakeClientObject<SheetRef> {
  protected _readers() {
    return {
      bold: (t: SheetRef) => uniform(t, (r, c) => formatAt(t.sheet, r, c).bold ?? false),
      italic: (t: SheetRef) => uniform(t, (r, c) => formatAt(t.sheet, r, c).italic ?? false),
      color: (t: SheetRef) => uniform(t, (r, c) => formatAt(t.sheet, r, c).fontColor ?? '#000000'),
      size: (t: SheetRef) => uniform(t, (r, c) => formatAt(t.sheet, r, c).fontSize ?? 11),
      name: (t: SheetRef) => uniform(t, (r, c) => formatAt(t.sheet, r, c).fontName ?? 'Calibri'),
    };
  }
  get bold(): boolean | null {
    return this._get('bold');
  }
  set bold(v: boolean | null) {
    this._set('bold', v, (t, x) => addLayer(t, { bold: Boolean(x) }));
  }
  get italic(): boolean | null {
    return this._get('italic');
  }
  set italic(v: boolean | null) {
    this._set('italic', v, (t, x) => addLayer(t, { italic: Boolean(x) }));
  }
  get color(): string | null {
    return this._get('color');
  }
  set color(v: string | null) {
    this._set('color', v, (t, x) => addLayer(t, { fontColor: colour(x, 'font.color') }));
  }
  get size(): number | null {
    return this._get('size');
  }
  set size(v: number | null) {
    this._set('size', v, (t, x) => {
      if (typeof x !== 'number' || x < 1 || x > 409) throw invalidArgument('font.size must be between 1 and 409.');
      addLayer(t, { fontSize: x });
    });
  }
  get name(): string | null {
    return this._get('name');
  }
  set name(v: string | null) {
    this._set('name', v, (t, x) => addLayer(t, { fontName: String(x) }));
  }
}

export class FakeRangeFill extends FakeClientObject<SheetRef> {
  protected _readers() {
    return { color: (t: SheetRef) => uniform(t, (r, c) => formatAt(t.sheet, r, c).fill || null) };
  }
  get color(): string | null {
    return this._get('color');
  }
  set color(v: string | null) {
    this._set('color', v, (t, x) => addLayer(t, { fill: colour(x, 'fill.color') }));
  }
  clear(): void {
    this._call('clear', [], (t) => addLayer(t, { fill: '' }));
  }
}

const BORDER_INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];

export class FakeRangeBorderCollection extends FakeClientObject<SheetRef> {
  protected _readers() {
    return {};
  }
  getItem(index: string): FakeRangeBorder {
    return new FakeRangeBorder(this.context, `${this._path}.getItem(${index})`, () => {
      if (!BORDER_INDEXES.includes(index)) throw invalidArgument(`No border '${index}'.`);
      return { ...this._target(), index };
    });
  }
}

export class FakeRangeBorder extends FakeClientObject<SheetRef & { index: string }> {
  protected _readers() {
    const b = (t: SheetRef & { index: string }) => formatAt(t.sheet, t.ref.top, t.ref.left).borders?.[t.index] ?? {};
    return {
      style: (t: SheetRef & { index: string }) => b(t).style ?? 'None',
      weight: (t: SheetRef & { index: string }) => b(t).weight ?? 'Thin',
      color: (t: SheetRef & { index: string }) => b(t).color ?? '#000000',
    };
  }
  private _put(prop: 'style' | 'weight' | 'color', v: unknown): void {
    this._set(prop, v, (t, x) => addLayer(t, { borders: { [t.index]: { [prop]: prop === 'color' ? colour(x, 'border.color') : String(x) } } }));
  }
  get style(): string {
    return this._get('style');
  }
  set style(v: string) {
    this._put('style', v);
  }
  get weight(): string {
    return this._get('weight');
  }
  set weight(v: string) {
    this._put('weight', v);
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._put('color', v);
  }
}

/** Data validation on a range (ExcelApi 1.8). */
export class FakeDataValidation extends FakeClientObject<SheetRef> {
  private _find(t: SheetRef): ValidationModel | undefined {
    return t.sheet.validations.find((v) => v.ref.top === t.ref.top && v.ref.left === t.ref.left && v.ref.bottom === t.ref.bottom && v.ref.right === t.ref.right);
  }
  private _ensure(t: SheetRef): ValidationModel {
    guardCells(t.sheet);
    let v = this._find(t);
    if (!v) {
      t.sheet.validations = t.sheet.validations.filter((o) => !overlaps(o.ref, t.ref));
      v = { ref: t.ref, rule: {}, ignoreBlanks: true };
      t.sheet.validations.push(v);
    }
    return v;
  }
  protected _readers() {
    return {
      rule: (t: SheetRef) => this._find(t)?.rule ?? {},
      ignoreBlanks: (t: SheetRef) => this._find(t)?.ignoreBlanks ?? true,
      prompt: (t: SheetRef) => this._find(t)?.prompt ?? { showPrompt: false, title: '', message: '' },
      errorAlert: (t: SheetRef) => this._find(t)?.errorAlert ?? { showAlert: true, style: 'Stop', title: '', message: '' },
      type: (t: SheetRef) => Object.keys(this._find(t)?.rule ?? {})[0] ?? 'None',
    };
  }
  get rule(): Record<string, unknown> {
    return this._get('rule');
  }
  set rule(v: Record<string, unknown>) {
    this._set('rule', v, (t, x) => {
      const rule = x as Record<string, Record<string, unknown>>;
      const kinds = Object.keys(rule ?? {});
      if (kinds.length !== 1) throw invalidArgument('A data validation rule has exactly one type.');
      const allowed = ['custom', 'date', 'decimal', 'list', 'textLength', 'time', 'wholeNumber'];
      if (!allowed.includes(kinds[0])) throw invalidArgument(`Unknown data validation type ${kinds[0]}.`);
      const list = rule.list;
      if (list && typeof list.source === 'string' && list.source.length > 255) throw invalidArgument('A list typed into data validation cannot be longer than 255 characters.');
      const body = rule[kinds[0]];
      if (kinds[0] !== 'list' && kinds[0] !== 'custom' && (body.formula1 === undefined || !body.operator)) throw invalidArgument(`${kinds[0]} validation needs formula1 and operator.`);
      this._ensure(t).rule = rule;
    });
  }
  get ignoreBlanks(): boolean {
    return this._get('ignoreBlanks');
  }
  set ignoreBlanks(v: boolean) {
    this._set('ignoreBlanks', v, (t, x) => void (this._ensure(t).ignoreBlanks = Boolean(x)));
  }
  get prompt(): Record<string, unknown> {
    return this._get('prompt');
  }
  set prompt(v: Record<string, unknown>) {
    this._set('prompt', v, (t, x) => void (this._ensure(t).prompt = x as Record<string, unknown>));
  }
  get errorAlert(): Record<string, unknown> {
    return this._get('errorAlert');
  }
  set errorAlert(v: Record<string, unknown>) {
    this._set('errorAlert', v, (t, x) => void (this._ensure(t).errorAlert = x as Record<string, unknown>));
  }
  get type(): string {
    return this._get('type');
  }
  clear(): void {
    this._call('clear', [], (t) => {
      guardCells(t.sheet);
      t.sheet.validations = t.sheet.validations.filter((o) => !overlaps(o.ref, t.ref));
    });
  }
}

const CF_TYPES: Record<string, string> = { Custom: 'custom', CellValue: 'cellValue', ContainsText: 'textComparison' };

/** Conditional formats on a range (ExcelApi 1.6). */
export class FakeConditionalFormatCollection extends FakeCollection<SheetRef, FakeConditionalFormat> {
  protected _readers() {
    // Excel's collection has getCount(), not a count property.
    return {};
  }
  protected _items(t: SheetRef): FakeConditionalFormat[] {
    return t.sheet.conditionalFormats.filter((c) => overlaps(c.ref, t.ref)).map((c) => new FakeConditionalFormat(this.context, `${this._path}.item(${c.id})`, () => ({ sheet: t.sheet, cf: c })));
  }
  add(type: string): FakeConditionalFormat {
    const slot = new Slot<{ sheet: SheetModel; cf: ConditionalFormatModel }>();
    this._call('add', [type], (t) => {
      guardCells(t.sheet);
      if (!CF_TYPES[type]) throw new FakeExcelError('NotImplemented', `The in-memory Excel supports conditional formats of type ${Object.keys(CF_TYPES).join(', ')}, not ${type}.`);
      const cf: ConditionalFormatModel = { id: this.context._excel.model.nextId++, ref: t.ref, type, rule: {}, format: {} };
      t.sheet.conditionalFormats.push(cf);
      slot.value = { sheet: t.sheet, cf };
    });
    return new FakeConditionalFormat(this.context, `${this._path}.add(${type})`, slot.get);
  }
  clearAll(): void {
    this._call('clearAll', [], (t) => {
      guardCells(t.sheet);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((c) => !overlaps(c.ref, t.ref));
    });
  }
}

type CfTarget = { sheet: SheetModel; cf: ConditionalFormatModel & { deleted?: boolean } };

export class FakeConditionalFormat extends FakeClientObject<CfTarget> {
  protected _readers() {
    return { type: (t: CfTarget) => t.cf.type, id: (t: CfTarget) => String(t.cf.id) };
  }
  get type(): string {
    return this._get('type');
  }
  private _kind(kind: string): FakeConditionalKind {
    return new FakeConditionalKind(this.context, `${this._path}.${kind}`, () => {
      const t = this._target();
      if (CF_TYPES[t.cf.type] !== kind) throw new FakeExcelError('InvalidArgument', `A ${t.cf.type} conditional format has no ${kind}.`);
      return t;
    });
  }
  get custom(): FakeConditionalKind {
    return this._kind('custom');
  }
  get cellValue(): FakeConditionalKind {
    return this._kind('cellValue');
  }
  get textComparison(): FakeConditionalKind {
    return this._kind('textComparison');
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, `${this._path}.getRange()`, () => {
      const t = this._target();
      return { sheet: t.sheet, ref: t.cf.ref };
    });
  }
  delete(): void {
    this._call('delete', [], (t) => {
      guardCells(t.sheet);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((c) => c !== t.cf);
      t.cf.deleted = true;
    });
  }
}

/** The custom / cellValue / textComparison part of a conditional format: its rule and format. */
export class FakeConditionalKind extends FakeClientObject<CfTarget> {
  protected _readers() {
    return {};
  }
  get rule(): FakeConditionalRule {
    return this._child('rule', () => new FakeConditionalRule(this.context, `${this._path}.rule`, () => this._target()));
  }
  set rule(v: FakeConditionalRule) {
    this._set('rule', v, (t, x) => {
      const r = x as Record<string, unknown>;
      for (const k of ['formula', 'formula1', 'formula2']) {
        if (r[k] !== undefined && typeof r[k] !== 'string' && typeof r[k] !== 'number') throw invalidArgument(`Conditional format ${k} must be text.`);
      }
      t.cf.rule = { ...r };
    });
  }
  get format(): FakeConditionalRangeFormat {
    return this._child('format', () => new FakeConditionalRangeFormat(this.context, `${this._path}.format`, () => this._target()));
  }
}

/** custom.rule: its formula must be a formula, starting with '='. */
export class FakeConditionalRule extends FakeClientObject<CfTarget> {
  protected _readers() {
    return { formula: (t: CfTarget) => t.cf.rule.formula ?? '' };
  }
  get formula(): string {
    return this._get('formula');
  }
  set formula(v: string) {
    this._set('formula', v, (t, x) => {
      if (typeof x !== 'string' || !x.startsWith('=')) throw invalidArgument('A conditional format formula must start with "=".');
      guardCells(t.sheet);
      t.cf.rule = { ...t.cf.rule, formula: x };
    });
  }
}

export class FakeConditionalRangeFormat extends FakeClientObject<CfTarget> {
  protected _readers() {
    return {};
  }
  get fill(): { color: string } {
    const self = this;
    return {
      set color(v: string) {
        self._set('fill.color', v, (t, x) => void (t.cf.format.fill = colour(x, 'fill.color')));
      },
      get color(): string {
        return self._get('fill.color');
      },
    };
  }
  get font(): { color: string; bold: boolean; italic: boolean } {
    const self = this;
    return {
      set color(v: string) {
        self._set('font.color', v, (t, x) => void (t.cf.format.fontColor = colour(x, 'font.color')));
      },
      get color(): string {
        return self._get('font.color');
      },
      set bold(v: boolean) {
        self._set('font.bold', v, (t, x) => void (t.cf.format.bold = Boolean(x)));
      },
      get bold(): boolean {
        return self._get('font.bold');
      },
      set italic(v: boolean) {
        self._set('font.italic', v, (t, x) => void (t.cf.format.italic = Boolean(x)));
      },
      get italic(): boolean {
        return self._get('font.italic');
      },
    };
  }
}

/** @internal used by worksheet.getRange */
export function sheetRange(ctx: FakeRequestContext, path: string, sheet: () => SheetModel, address?: string): FakeRange {
  return new FakeRange(ctx, path, () => {
    const s = sheet();
    if (address === undefined) return { sheet: s, ref: { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS } };
    return resolveRangeArg(ctx, address, s);
  });
}

function wireKeys(keys: unknown): unknown {
  return JSON.parse(JSON.stringify(keys ?? {}));
}

/** A method's result (Excel's ClientResult): its value is there after the sync that ran it. */
export class FakeClientResult<V> {
  /** @internal */ readonly _cache = new Map<string, unknown>();
  get value(): V {
    if (!this._cache.has('value')) throw new FakeExcelError('PropertyNotLoaded', 'The value of the result object has not been loaded yet. Call context.sync() first.');
    return this._cache.get('value') as V;
  }
}
