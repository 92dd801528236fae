/**
 * The cell styles of a generated sheet, worked out per cell without a cell object: a sheet spec's
 * column formats and style ranges are applied in order, as the ExcelJS writer (write-sheet.ts)
 * applies them, to an array of style numbers. Alike cells share one number.
 */
import { parseRange } from '../../core/grid';
import type { SheetSpec, StyleSpec } from '../../core/sheets/spec';

/** What one cell looks like. Absent means the workbook's default. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  numberFormat?: string;
  border?: 'thin' | 'bottom';
}

/** Excel's built-in short date (shown day-first in an en-GB Excel): what a date cell gets when nothing says otherwise. */
export const DEFAULT_DATE_FORMAT = 'builtin:14';

/** Distinct cell styles, numbered from 1; 0 is the default style. */
export class CellStyleRegistry {
  private readonly byKey = new Map<string, number>();
  readonly styles: CellStyle[] = [{}];
  private readonly composed = new Map<number, number>();
  private changes = 0;

  /** A change to cells' styles (a style range), numbered for the memo: registries are shared by sheets. */
  change(apply: (style: CellStyle) => CellStyle): StyleChange {
    if (this.changes >= MAX_CHANGES) throw new Error('Too many style ranges in one workbook');
    return { index: this.changes++, apply };
  }

  intern(style: CellStyle): number {
    const key = styleKey(style);
    if (key === '') return 0;
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.styles.length;
      this.styles.push(style);
      this.byKey.set(key, id);
    }
    return id;
  }

  /** The style `base` becomes once `change` (a style range) is applied to it; memoised. */
  apply(base: number, change: StyleChange): number {
    const memo = base * MAX_CHANGES + change.index;
    let id = this.composed.get(memo);
    if (id === undefined) {
      id = this.intern(change.apply(this.styles[base]));
      this.composed.set(memo, id);
    }
    return id;
  }
}

const MAX_CHANGES = 1 << 20;

interface StyleChange {
  index: number;
  apply(style: CellStyle): CellStyle;
}

function styleKey(s: CellStyle): string {
  let key = '';
  for (const k of Object.keys(s).sort()) {
    const v = (s as Record<string, unknown>)[k];
    if (v !== undefined) key += `${k}=${String(v)};`;
  }
  return key;
}

/** One style range as a change to a cell's style, with the same precedence as write-sheet.ts. */
function changeOf(s: StyleSpec, registry: CellStyleRegistry): StyleChange {
  return registry.change((style) => {
    const out: CellStyle = { ...style };
    if (s.bold !== undefined) out.bold = s.bold;
    if (s.italic !== undefined) out.italic = s.italic;
    if (s.fontSize !== undefined) out.fontSize = s.fontSize;
    if (s.fontColor !== undefined) out.fontColor = s.fontColor;
    if (s.fill) out.fill = s.fill;
    if (s.wrap !== undefined) out.wrap = s.wrap;
    if (s.horizontal) out.horizontal = s.horizontal;
    if (s.vertical) out.vertical = s.vertical;
    if (s.numberFormat) out.numberFormat = s.numberFormat;
    if (s.border) out.border = s.border;
    return out;
  });
}

/** A sheet's cells' style numbers, row-major, over `rows` x `columns` cells from A1. */
export interface StyleGrid {
  rows: number;
  columns: number;
  ids: Uint32Array;
}

/** The extent of a sheet spec: its values, its styled ranges and its formatted columns. */
export function specExtent(spec: SheetSpec): { rows: number; columns: number } {
  let rows = spec.rows.length;
  let columns = 0;
  for (const r of spec.rows) if (r.length > columns) columns = r.length;
  for (const s of spec.styles ?? []) {
    const r = parseRange(s.range);
    rows = Math.max(rows, r.bottom);
    columns = Math.max(columns, r.right);
  }
  (spec.columns ?? []).forEach((c, i) => {
    if (c.numberFormat || c.wrap) {
      columns = Math.max(columns, i + 1);
      rows = Math.max(rows, 1);
    }
  });
  for (const t of spec.tables ?? []) {
    const r = parseRange(t.range);
    // A table needs one data row: an empty one gets a blank row people can type into.
    rows = Math.max(rows, Math.max(r.bottom, r.top + 1));
    columns = Math.max(columns, r.right);
  }
  return { rows, columns };
}

/** Every cell's style: column formats from row 2 down, then each style range in order. */
export function styleGrid(spec: SheetSpec, registry: CellStyleRegistry): StyleGrid {
  const { rows, columns } = specExtent(spec);
  const ids = new Uint32Array(rows * columns);
  const last = Math.max(spec.rows.length, 1);
  (spec.columns ?? []).forEach((c, col) => {
    if (!c.numberFormat && !c.wrap) return;
    const style: CellStyle = {};
    if (c.numberFormat) style.numberFormat = c.numberFormat;
    if (c.wrap) {
      style.wrap = true;
      style.vertical = 'top';
    }
    const id = registry.intern(style);
    for (let r = 2; r <= last; r++) ids[(r - 1) * columns + col] = id;
  });
  for (const s of spec.styles ?? []) {
    const change = changeOf(s, registry);
    const r = parseRange(s.range);
    for (let row = r.top; row <= r.bottom; row++) {
      const base = (row - 1) * columns;
      for (let col = r.left; col <= r.right; col++) {
        const at = base + col - 1;
        ids[at] = registry.apply(ids[at], change);
      }
    }
  }
  // A date with no number format of its own shows as a date, not as its serial number.
  const asDate = registry.change((s) => (s.numberFormat ? s : { ...s, numberFormat: DEFAULT_DATE_FORMAT }));
  spec.rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v instanceof Date) ids[r * columns + c] = registry.apply(ids[r * columns + c], asDate);
    });
  });
  return { rows, columns, ids };
}
