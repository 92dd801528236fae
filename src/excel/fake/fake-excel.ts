import { CellValue, dateToExcelSerial, excelSerialToDate, Grid, isCellError, RangeRef } from '../../core/grid';
import { formatAddress, formatLocal, parseAddress, splitSheet } from './address';
import { utf8Length } from '../../core/grid';
import { FakeRequestContext } from './context';
import './api-sets';
import { apiNotFound, FakeExcelError } from './errors';
import { raiseChanged } from './events';
import { cellKey, emptyWorkbook, findSheet, keyCol, keyRow, liveSheets, newSheet, SheetModel, StoredValue, usedBox, WorkbookModel } from './model';
import { nameFormula } from './names';
import { storeInput } from './values';

/** The cell values a JSON model may hold: plain values, or tagged dates, errors and formulas. */
export type FakeCellJson = string | number | boolean | null | { date: string } | { error: string } | { formula: string };

/** A workbook described as plain JSON, for tests and the browser workbench. */
export interface FakeWorkbookJson {
  name?: string;
  protected?: boolean;
  sheets: {
    name: string;
    rows: FakeCellJson[][];
    /** Number formats, same shape as rows where given. */
    numberFormats?: (string | null)[][];
    merges?: string[];
    visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
    protected?: boolean;
    tables?: { name: string; range: string; style?: string }[];
  }[];
  /** Workbook-level names: { name: 'SaferPlan_Actions', ref: "'Actions'!$A$1" }, with the name's comment if it has one. */
  names?: { name: string; ref: string; comment?: string }[];
}

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set this Excel supports, e.g. '1.12'. Default '1.17'. */
  apiVersion?: string;
  /** Largest request or response in bytes; Excel on the web's limit is 5 MB. */
  payloadLimitBytes?: number;
  workbookName?: string;
}

export interface InjectedFailure {
  /** 1-based sync number (as counted by syncCount) that fails. */
  atSync: number;
  code: string;
  message?: string;
  /** How many of the request's operations run before it fails (Excel does not roll back); default 0. */
  applyOperations?: number;
}

export interface RequestRecord {
  sync: number;
  bytes: number;
  operations: number;
  calculationSuspended: boolean;
  error?: string;
}

export interface DumpedSheet {
  name: string;
  position: number;
  visibility: string;
  protected: boolean;
  tabColor: string;
  /** Anchored at A1, up to the last used cell; dates (date-formatted numbers) as Dates, errors as { error }. */
  values: CellValue[][];
  numberFormats: string[][];
  formulas: Record<string, string>;
  merges: string[];
  tables: { name: string; range: string; style: string }[];
  charts: {
    name: string;
    type: string;
    title: string;
    from?: string;
    to?: string;
    categoryAxisTitle?: string;
    valueAxisTitle?: string;
    series: { name: string; values?: string; categories?: string; color?: string }[];
  }[];
  conditionalFormats: { range: string; type: string; rule: Record<string, unknown>; format: Record<string, unknown> }[];
  validations: { range: string; rule: Record<string, unknown>; ignoreBlanks: boolean; prompt?: Record<string, unknown>; errorAlert?: Record<string, unknown> }[];
  freeze: { rows: number; columns: number } | null;
  columnWidths: Record<string, number>;
  hiddenColumns: string[];
  formats: { range: string; format: Record<string, unknown> }[];
  pageLayout: { orientation: string; zoom: Record<string, number>; printArea?: string; printTitleRows?: string };
}

export interface FakeWorkbookDump {
  protected: boolean;
  sheets: DumpedSheet[];
  names: { name: string; formula: string }[];
}

const DEFAULT_LIMIT = 5 * 1024 * 1024;
const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA|BLOCKED!|CONNECT!|BUSY!|FIELD!|UNKNOWN!)$/;

function versionAtMost(want: string, have: string): boolean {
  const [a1, a2] = want.split('.').map(Number);
  const [b1, b2] = have.split('.').map(Number);
  return a1 < b1 || (a1 === b1 && (a2 ?? 0) <= (b2 ?? 0));
}

function isDateFormat(nf: string | undefined): boolean {
  if (!nf || nf === 'General') return false;
  return /[dy]/i.test(nf.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
}

/**
 * An in-memory Excel that behaves like the real one where add-ins break: properties must be
 * loaded and synced before they are read, writes wait for sync(), shapes are checked, and every
 * request is counted and measured against Excel on the web's 5 MB limit. No Node APIs, so it runs
 * in jest and in a browser page alike.
 */
export class FakeExcel {
  model: WorkbookModel = emptyWorkbook();
  readonly apiVersion: string;
  payloadLimitBytes: number;
  workbookName: string;
  /** Round trips so far. */
  syncCount = 0;
  /** Serialised size of each request, in order. */
  requestBytes: number[] = [];
  /** Size of what each sync delivered back (loaded values). */
  responseBytes: number[] = [];
  requests: RequestRecord[] = [];
  /** Called after every request, e.g. to show round trips in the workbench. */
  onRequest?: (r: RequestRecord) => void;
  private failures: InjectedFailure[] = [];

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? '1.17';
    this.payloadLimitBytes = options.payloadLimitBytes ?? DEFAULT_LIMIT;
    this.workbookName = options.workbookName ?? 'Book1.xlsx';
  }

  get maxRequestBytes(): number {
    return this.requestBytes.reduce((m, b) => Math.max(m, b), 0);
  }

  resetCounters(): void {
    this.syncCount = 0;
    this.requestBytes = [];
    this.responseBytes = [];
    this.requests = [];
  }

  /** Office.context.requirements.isSetSupported for this Excel. */
  isSetSupported = (name: string, version?: string): boolean => name === 'ExcelApi' && versionAtMost(version ?? '1.1', this.apiVersion);

  /** Makes the nth sync from now (1 = the next) fail with the given Excel error code. */
  failSync(nth: number, code: string, options: { message?: string; applyOperations?: number } = {}): void {
    this.failures.push({ atSync: this.syncCount + nth, code, ...options });
  }

  /** Excel.run: a fresh request context, a last sync for anything still queued, then the result. */
  run = async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeRequestContext(this);
    const result = await batch(ctx);
    if (ctx._queue.length) await ctx.sync();
    return result;
  };

  /** @internal one round trip */
  async _execute(ctx: FakeRequestContext): Promise<void> {
    const ops = ctx._queue;
    ctx._queue = [];
    const nullables = ctx._nullables;
    ctx._nullables = [];
    const requirements = ctx._requirements;
    ctx._requirements = [];
    const bytes = utf8Length(JSON.stringify(ops.map((o) => o.json)));
    this.syncCount++;
    this.requestBytes.push(bytes);
    const record: RequestRecord = { sync: this.syncCount, bytes, operations: ops.length, calculationSuspended: false };
    this.requests.push(record);
    await Promise.resolve();
    ctx._staged = [];
    try {
      const failure = this.failures.find((f) => f.atSync === this.syncCount);
      if (failure) {
        for (const op of ops.slice(0, failure.applyOperations ?? 0)) op.exec();
        throw new FakeExcelError(failure.code, failure.message ?? `Injected failure (${failure.code}).`);
      }
      if (bytes > this.payloadLimitBytes) {
        throw new FakeExcelError('RequestPayloadSizeLimitExceeded', `The request payload size (${bytes} bytes) has exceeded the limit of ${this.payloadLimitBytes} bytes.`);
      }
      // A member this Excel lacks fails the request where it was used, after what came before it
      // (Excel does not roll back), including a ...OrNullObject call that nothing loads.
      let r = 0;
      const check = (upTo: number) => {
        for (; r < requirements.length && requirements[r].at <= upTo; r++) {
          const q = requirements[r];
          if (!this.isSetSupported('ExcelApi', q.version)) throw apiNotFound(q.key, q.version);
        }
      };
      ctx._executing = true;
      ops.forEach((op, i) => {
        check(i);
        op.exec();
      });
      check(Infinity);
      record.calculationSuspended = ctx._calculationSuspended;
      for (const n of nullables) n._probe();
      const response = utf8Length(JSON.stringify(ctx._staged.map(([, , v]) => (Array.isArray(v) ? v.map((x) => (typeof x === 'object' && x && '_path' in x ? 0 : x)) : v))));
      this.responseBytes.push(response);
      if (response > this.payloadLimitBytes) {
        throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', `The response payload size (${response} bytes) has exceeded the limit of ${this.payloadLimitBytes} bytes.`);
      }
      for (const [obj, prop, value] of ctx._staged) obj._cache.set(prop, value);
    } catch (e) {
      record.error = (e as FakeExcelError).code ?? String(e);
      // Null-object proxies an unexecuted request named stay unknown, as in Excel.
      throw e;
    } finally {
      ctx._executing = false;
      ctx._staged = [];
      ctx._calculationSuspended = false;
      this.onRequest?.(record);
    }
  }

  // ---------- loaders ----------

  /** A workbook holding these grids as its sheets, in order (dates written as date-formatted serials). */
  static fromGrids(grids: ReadonlyArray<Grid>, options?: FakeExcelOptions): FakeExcel {
    const fake = new FakeExcel(options);
    for (const g of grids) {
      const s = fake.addSheet(g.sheet);
      if (g.hidden) s.visibility = 'Hidden';
      g.rows.forEach((row, r) => row.forEach((v, c) => fake.putCell(s, r + 1, c + 1, v)));
      s.merges = g.merges.map((m) => ({ ...m }));
    }
    return fake;
  }

  static fromJson(json: FakeWorkbookJson, options?: FakeExcelOptions): FakeExcel {
    const fake = new FakeExcel({ workbookName: json.name, ...options });
    fake.model.protected = json.protected ?? false;
    for (const sj of json.sheets) {
      const s = fake.addSheet(sj.name);
      s.visibility = sj.visibility ?? 'Visible';
      s.protected = sj.protected ?? false;
      sj.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          const nf = sj.numberFormats?.[r]?.[c] ?? undefined;
          if (v !== null && typeof v === 'object' && 'date' in v) fake.putCell(s, r + 1, c + 1, new Date(v.date + (v.date.length === 10 ? 'T00:00:00Z' : '')), nf);
          else if (v !== null && typeof v === 'object' && 'error' in v) fake.putCell(s, r + 1, c + 1, { error: v.error }, nf);
          else if (v !== null && typeof v === 'object' && 'formula' in v) s.cells.set(cellKey(r + 1, c + 1), storeInput(v.formula, nf ? { v: '', nf } : undefined, '')!);
          else fake.putCell(s, r + 1, c + 1, v, nf);
        }),
      );
      s.merges = (sj.merges ?? []).map((m) => parseAddress(m));
      for (const t of sj.tables ?? []) {
        fake.model.tables.push({ id: fake.model.nextId++, name: t.name, sheet: s, ref: parseAddress(t.range), style: t.style ?? 'TableStyleMedium2' });
      }
    }
    for (const n of json.names ?? []) {
      const { sheet, local } = splitSheet(n.ref.replace(/^=/, ''));
      const s = sheet ? findSheet(fake.model, sheet) : undefined;
      const comment = n.comment ?? '';
      fake.model.names.push(
        s ? { name: n.name, target: { sheet: s, ref: parseAddress(local) }, comment, visible: true } : { name: n.name, target: null, formula: `=${n.ref.replace(/^=/, '')}`, comment, visible: true },
      );
    }
    return fake;
  }

  /** Adds an empty sheet directly (no request), for setting up tests. */
  addSheet(name: string): SheetModel {
    const s = newSheet(this.model, name);
    this.model.sheets.push(s);
    if (!this.model.activeSheetId) this.model.activeSheetId = s.id;
    return s;
  }

  /**
   * A person's edit of one cell (or a co-author's, with source 'Remote'), as the workbench's grid
   * makes it: the value goes in directly, and WorksheetChanged is raised to the add-in's handlers
   * unless it has switched events off.
   */
  edit(sheetName: string, address: string, v: CellValue, source: 'Local' | 'Remote' = 'Local'): void {
    const sheet = this.sheet(sheetName);
    const ref = parseAddress(address);
    for (let r = ref.top; r <= ref.bottom; r++) {
      for (let c = ref.left; c <= ref.right; c++) {
        const nf = sheet.cells.get(cellKey(r, c))?.nf;
        sheet.cells.delete(cellKey(r, c));
        this.putCell(sheet, r, c, v, v instanceof Date ? undefined : nf);
      }
    }
    raiseChanged(this.model, sheet, ref, source);
  }

  /** Puts one engine value into a cell directly: Dates as date-formatted serials, errors as their text. */
  putCell(sheet: SheetModel, row: number, col: number, v: CellValue, nf?: string): void {
    if (v === null || v === undefined || v === '') {
      if (nf) sheet.cells.set(cellKey(row, col), { v: '', nf });
      return;
    }
    const key = cellKey(row, col);
    if (v instanceof Date) sheet.cells.set(key, { v: dateToExcelSerial(v), nf: nf ?? 'dd/mm/yyyy' });
    else if (isCellError(v)) sheet.cells.set(key, { v: v.error, ...(nf ? { nf } : {}) });
    else sheet.cells.set(key, { v, ...(nf ? { nf } : {}) });
  }

  sheet(name: string): SheetModel {
    const s = findSheet(this.model, name);
    if (!s) throw new Error(`No sheet '${name}' in the in-memory workbook (sheets: ${this.sheetNames().join(', ')}).`);
    return s;
  }

  sheetNames(): string[] {
    return liveSheets(this.model).map((s) => s.name);
  }

  // ---------- dumps ----------

  /** The stored values of a sheet, A1-anchored, exactly as held (numbers stay serials). */
  rawValues(name: string): StoredValue[][] {
    const s = this.sheet(name);
    const box = usedBox(s, false);
    if (!box) return [];
    const out: StoredValue[][] = [];
    for (let r = 1; r <= box.bottom; r++) {
      const row: StoredValue[] = [];
      for (let c = 1; c <= box.right; c++) row.push(s.cells.get(cellKey(r, c))?.v ?? '');
      out.push(row);
    }
    return out;
  }

  /** What the workbook holds, as plain data for assertions and snapshots. */
  dump(): FakeWorkbookDump {
    const live = liveSheets(this.model);
    return {
      protected: this.model.protected,
      names: this.model.names.map((n) => ({ name: n.name, formula: nameFormula(n) })),
      sheets: live.map((s, position) => this.dumpSheet(s, position)),
    };
  }

  /** The sheets as grids, the way the engine sees them (generated flags are the host's job). */
  toGrids(): Grid[] {
    return this.dump().sheets.map((s) => ({
      sheet: s.name,
      rows: s.values,
      merges: s.merges.map((m) => parseAddress(m)),
      ...(s.visibility !== 'Visible' ? { hidden: true } : {}),
    }));
  }

  private dumpSheet(s: SheetModel, position: number): DumpedSheet {
    const box = usedBox(s, false);
    const values: CellValue[][] = [];
    const numberFormats: string[][] = [];
    const formulas: Record<string, string> = {};
    for (let r = 1; r <= (box?.bottom ?? 0); r++) {
      const row: CellValue[] = [];
      const nfs: string[] = [];
      for (let c = 1; c <= box!.right; c++) {
        const cell = s.cells.get(cellKey(r, c));
        nfs.push(cell?.nf ?? 'General');
        if (cell?.f) formulas[formatLocal({ top: r, left: c, bottom: r, right: c })] = cell.f;
        const v = cell?.v;
        if (v === undefined || v === '') row.push(null);
        else if (typeof v === 'number' && isDateFormat(cell?.nf)) row.push(excelSerialToDate(v));
        else if (typeof v === 'string' && ERROR_TEXT.test(v)) row.push({ error: v });
        else row.push(v);
      }
      values.push(row);
      numberFormats.push(nfs);
    }
    const addr = (ref: RangeRef) => formatLocal(ref);
    const cols = (m: Map<number, number>) => Object.fromEntries([...m].sort((a, b) => a[0] - b[0]).map(([c, w]) => [formatLocal({ top: 1, left: c, bottom: 1, right: c }).replace(/\d+$/, ''), w]));
    return {
      name: s.name,
      position,
      visibility: s.visibility,
      protected: s.protected,
      tabColor: s.tabColor,
      values,
      numberFormats,
      formulas,
      merges: s.merges.map(addr),
      tables: this.model.tables.filter((t) => t.sheet === s && !t.deleted).map((t) => ({ name: t.name, range: addr(t.ref), style: t.style })),
      charts: s.charts.map((c) => ({
        name: c.name,
        type: c.type,
        title: c.title,
        from: c.from,
        to: c.to,
        categoryAxisTitle: c.categoryAxisTitle,
        valueAxisTitle: c.valueAxisTitle,
        series: c.series.map((x) => ({
          name: x.name,
          values: x.values ? formatAddress(x.values.sheet.name, x.values.ref, true) : undefined,
          categories: x.xValues ? formatAddress(x.xValues.sheet.name, x.xValues.ref, true) : undefined,
          color: x.fill ?? x.line,
        })),
      })),
      conditionalFormats: s.conditionalFormats.map((c) => ({ range: addr(c.ref), type: c.type, rule: { ...c.rule }, format: { ...c.format } })),
      validations: s.validations.map((v) => ({ range: addr(v.ref), rule: v.rule, ignoreBlanks: v.ignoreBlanks, prompt: v.prompt, errorAlert: v.errorAlert })),
      freeze: s.freeze ? { ...s.freeze } : null,
      columnWidths: cols(s.columnWidths),
      hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b).map((c) => formatLocal({ top: 1, left: c, bottom: 1, right: c }).replace(/\d+$/, '')),
      formats: s.formats.map((l) => ({ range: addr(l.ref), format: { ...l.fmt } })),
      pageLayout: {
        orientation: s.pageLayout.orientation,
        zoom: { ...s.pageLayout.zoom },
        ...(s.pageLayout.printArea ? { printArea: addr(s.pageLayout.printArea) } : {}),
        ...(s.pageLayout.printTitleRows ? { printTitleRows: addr(s.pageLayout.printTitleRows) } : {}),
      },
    };
  }
}

export { keyRow, keyCol };
