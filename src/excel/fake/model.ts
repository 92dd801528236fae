import { RangeRef } from '../../core/grid';
import { MAX_COLUMNS } from './address';

/**
 * The in-memory workbook behind the fake: plain data the proxies read and change when a
 * request is executed. Nothing here knows about loading or syncing.
 */

export type StoredValue = string | number | boolean;

export interface CellModel {
  /** '' is an empty cell. */
  v: StoredValue;
  /** The formula text when the cell holds one (starts with '='). */
  f?: string;
  nf?: string;
  /** Range.hyperlink as set (ExcelApi 1.7). */
  link?: Record<string, unknown>;
}

export interface BorderModel {
  style?: string;
  weight?: string;
  color?: string;
}

/** Formatting applied to a box of cells; later layers win. */
export interface FormatModel {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
  borders?: Record<string, BorderModel>;
}

export interface ValidationModel {
  ref: RangeRef;
  rule: Record<string, unknown>;
  ignoreBlanks: boolean;
  prompt?: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
}

export interface ConditionalFormatModel {
  id: number;
  ref: RangeRef;
  type: string;
  rule: Record<string, unknown>;
  format: { fill?: string; fontColor?: string; bold?: boolean; italic?: boolean };
}

export interface SheetRef {
  sheet: SheetModel;
  ref: RangeRef;
}

export interface SeriesModel {
  name: string;
  values?: SheetRef;
  xValues?: SheetRef;
  fill?: string;
  line?: string;
}

export interface ChartModel {
  id: number;
  name: string;
  type: string;
  title: string;
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
  series: SeriesModel[];
  from?: string;
  to?: string;
  deleted?: boolean;
}

export interface PageLayoutModel {
  orientation: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printArea?: RangeRef;
  printTitleRows?: RangeRef;
}

export interface SheetModel {
  id: number;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  tabColor: string;
  cells: Map<number, CellModel>;
  formats: { ref: RangeRef; fmt: FormatModel }[];
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  merges: RangeRef[];
  validations: ValidationModel[];
  conditionalFormats: ConditionalFormatModel[];
  charts: ChartModel[];
  freeze: { rows: number; columns: number } | null;
  pageLayout: PageLayoutModel;
  deleted?: boolean;
}

export interface TableModel {
  id: number;
  name: string;
  sheet: SheetModel;
  ref: RangeRef;
  style: string;
  deleted?: boolean;
}

export interface NameModel {
  name: string;
  /** What the name refers to; a deleted sheet turns it into #REF!. */
  target: SheetRef | null;
  /** A constant or formula that is not a range reference, as written. */
  formula?: string;
  comment: string;
  visible: boolean;
  deleted?: boolean;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  tables: TableModel[];
  names: NameModel[];
  protected: boolean;
  activeSheetId: number;
  selection?: SheetRef;
  eventsEnabled: boolean;
  nextId: number;
}

/** Default column width in points (8.43 characters of Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;

export function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + (col - 1);
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLUMNS);
}

export function keyCol(key: number): number {
  return (key % MAX_COLUMNS) + 1;
}

export function emptyWorkbook(): WorkbookModel {
  return { sheets: [], tables: [], names: [], protected: false, activeSheetId: 0, eventsEnabled: true, nextId: 1 };
}

export function newSheet(wb: WorkbookModel, name: string): SheetModel {
  return {
    id: wb.nextId++,
    name,
    visibility: 'Visible',
    protected: false,
    tabColor: '',
    cells: new Map(),
    formats: [],
    columnWidths: new Map(),
    hiddenColumns: new Set(),
    merges: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
    freeze: null,
    pageLayout: { orientation: 'Portrait', zoom: { scale: 100 } },
  };
}

export function liveSheets(wb: WorkbookModel): SheetModel[] {
  return wb.sheets.filter((s) => !s.deleted);
}

export function findSheet(wb: WorkbookModel, name: string): SheetModel | undefined {
  const lower = name.toLowerCase();
  return wb.sheets.find((s) => !s.deleted && s.name.toLowerCase() === lower);
}

/** The box of cells holding values (valuesOnly) or values and number formats; undefined when empty. */
export function usedBox(sheet: SheetModel, valuesOnly: boolean): RangeRef | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const [k, c] of sheet.cells) {
    if (c.v === '' && c.f === undefined && (valuesOnly || c.nf === undefined)) continue;
    const r = keyRow(k);
    const col = keyCol(k);
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (col < left) left = col;
    if (col > right) right = col;
  }
  return bottom === 0 ? undefined : { top, left, bottom, right };
}

/** The format a cell shows: every layer covering it, later ones winning. */
export function formatAt(sheet: SheetModel, row: number, col: number): FormatModel {
  const out: FormatModel = {};
  for (const l of sheet.formats) {
    if (row < l.ref.top || row > l.ref.bottom || col < l.ref.left || col > l.ref.right) continue;
    const { borders, ...rest } = l.fmt;
    Object.assign(out, rest);
    if (borders) out.borders = { ...(out.borders ?? {}), ...borders };
  }
  return out;
}
