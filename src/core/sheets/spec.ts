/**
 * Sheet specs: declarative, host-independent descriptions of the sheets SaferPlan generates.
 * The core produces them; a host (src/file for .xlsx, src/excel for office.js) applies them.
 * All ranges are A1 ranges on the sheet itself unless a sheet-qualified reference is asked for.
 */

/** Generated sheets, in the order they are placed after the user's sheets. */
export const GENERATED_KEYS = ['Summary', 'Actions', 'Targets', 'Progress', 'PoliceData', 'Trajectories', 'Returns', 'DataSharing', 'Issues', 'About'] as const;
export type GeneratedKey = (typeof GENERATED_KEYS)[number];

/**
 * Generated sheets that are output only: nothing in them is read back (people's edits are read from
 * Actions, Targets and Progress; Returns is read too). A host may skip reading their cells.
 */
export const OUTPUT_ONLY_KEYS: readonly GeneratedKey[] = ['Summary', 'Trajectories', 'DataSharing', 'Issues', 'About'];

/** The sheet name each generated sheet gets when the name is free. */
export const DEFAULT_SHEET_NAMES: Readonly<Record<GeneratedKey, string>> = {
  Summary: 'Summary',
  Actions: 'Actions',
  Targets: 'Targets',
  Progress: 'Progress',
  PoliceData: 'Police data',
  Trajectories: 'Trajectories',
  Returns: 'Returns',
  DataSharing: 'Data sharing',
  Issues: 'Issues',
  About: 'About',
};

/** Workbook-level defined name that marks a sheet as ours: SaferPlan_Actions -> 'Actions'!$A$1. */
export const MARK_PREFIX = 'SaferPlan_';
export function markName(key: GeneratedKey): string {
  return MARK_PREFIX + key;
}

/** A link to a place in the workbook, shown as text. */
export interface LinkValue {
  text: string;
  /** Sheet-qualified internal reference, e.g. "'Plan 2009'!B7". */
  target: string;
}

/**
 * A live cell: a formula (without the leading "=") in Excel's own syntax (English function names,
 * commas, structured references such as Actions[Status]), with the value core computed for it. Hosts
 * write the cached value with the formula, so a viewer that does not recalculate still shows it.
 * Use only functions Excel 2016, Excel on the web and LibreOffice all compute: no dynamic arrays,
 * LET, LAMBDA or XLOOKUP. A null cache is an empty-text result (""); a Date is cached as its serial.
 */
export interface FormulaValue {
  formula: string;
  cached: number | string | boolean | Date | null;
}

export type SpecValue = string | number | boolean | Date | LinkValue | FormulaValue | null;

export function isFormulaValue(v: unknown): v is FormulaValue {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && typeof (v as FormulaValue).formula === 'string';
}

/** What a cell shows before any recalculation: a formula's cached value, else the value itself. */
export function shownValue(v: SpecValue | undefined): Exclude<SpecValue, FormulaValue> | undefined {
  return isFormulaValue(v) ? v.cached : v;
}

/** What a host reads back from a written cell: a link's text, a formula's cached value. */
export function readBackValue(v: SpecValue | undefined): string | number | boolean | Date | null {
  const s = shownValue(v);
  if (s === undefined) return null;
  return isLinkValue(s) ? s.text : s;
}

/**
 * A link as a HYPERLINK formula (without the leading "="): it works in Excel, Excel on the web and
 * LibreOffice alike, where a sheet-internal hyperlink relationship does not.
 */
export function hyperlinkFormula(link: LinkValue): string {
  const q = (s: string) => s.replace(/"/g, '""');
  return `HYPERLINK("${q('#' + link.target)}","${q(link.text)}")`;
}

export function isLinkValue(v: unknown): v is LinkValue {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && typeof (v as LinkValue).target === 'string';
}

export interface ColumnSpec {
  /** Width in characters, as Excel measures column width. */
  width?: number;
  numberFormat?: string;
  wrap?: boolean;
  hidden?: boolean;
}

export interface StyleSpec {
  range: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string; // '#RRGGBB'
  fill?: string; // '#RRGGBB'
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  numberFormat?: string;
  border?: 'thin' | 'bottom';
}

export interface TableSpec {
  /** Excel table name, e.g. 'Actions'. Unique in the workbook. */
  name: string;
  /** Header row included, e.g. 'A1:P51'. */
  range: string;
  style?: string; // 'TableStyleMedium2'
}

export type ValidationSpec =
  | { range: string; type: 'list'; values: string[]; allowBlank: boolean; prompt?: string; error?: string }
  | {
      range: string;
      type: 'date';
      operator: 'between' | 'greaterThanOrEqual' | 'lessThanOrEqual';
      min?: Date;
      max?: Date;
      allowBlank: boolean;
      prompt?: string;
      error?: string;
    }
  | { range: string; type: 'decimal' | 'whole'; min?: number; max?: number; allowBlank: boolean; prompt?: string; error?: string };

export interface ConditionalFormatSpec {
  range: string;
  rule:
    | { type: 'textEquals'; text: string }
    /** A formula written for the range's top-left cell, relative references as Excel expects, e.g. 'AND($N2<>"",$N2<TODAY())'. */
    | { type: 'expression'; formula: string };
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface SeriesSpec {
  name: string;
  /** Sheet-qualified absolute range, e.g. "'Summary'!$B$5:$B$9". */
  ref: string;
  /** Cached values so a file opens with the chart drawn before any recalculation. */
  values: (number | null)[];
  color?: string;
}

export interface ChartSpec {
  kind: 'columnStacked' | 'barStacked' | 'bar' | 'column' | 'line';
  title: string;
  /** Top-left and bottom-right cells the chart covers. */
  from: string;
  to: string;
  categories: { ref: string; values: string[] };
  series: SeriesSpec[];
  xAxisTitle?: string;
  yAxisTitle?: string;
}

export interface PrintSpec {
  landscape: boolean;
  fitToWidth: boolean;
  /** Rows repeated at the top of each printed page, e.g. '1:1'. */
  titleRows?: string;
  area?: string;
}

export interface SheetSpec {
  key: GeneratedKey;
  /** The sheet name to write; the host never renames a user's sheet to make room. */
  name: string;
  rows: SpecValue[][];
  columns?: ColumnSpec[];
  styles?: StyleSpec[];
  tables?: TableSpec[];
  validations?: ValidationSpec[];
  conditionalFormats?: ConditionalFormatSpec[];
  freeze?: { rows: number; columns: number };
  charts?: ChartSpec[];
  print?: PrintSpec;
  tabColor?: string;
  /**
   * Row heights in points by 1-based row, for wrapped text: LibreOffice does not size rows itself
   * when it opens an .xlsx. Excel does, so the office.js host autofits the rows instead.
   */
  rowHeights?: Record<number, number>;
}
