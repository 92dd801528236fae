/**
 * A small writer for a dashboard laid out in blocks down a sheet: it appends rows, remembers the
 * styles for them and says where each block landed (charts and print settings need the rows).
 */
import { columnLetters } from '../grid';
import { SpecValue, StyleSpec } from '../sheets/spec';

/** Tables use columns A..J; K is a gutter; charts sit in L..R so they never cover a cell's text. */
export const TABLE_COLUMNS = 10;
export const CHART_FIRST_COLUMN = 12;
export const CHART_LAST_COLUMN = 18;

export const HEADER_FILL = '#D9D9D9';
export const HEADING_COLOUR = '#1F3864';
export const NOTE_COLOUR = '#595959';
export const DATE_FORMAT = 'dd/mm/yyyy';

export function range(top: number, left: number, bottom = top, right = left): string {
  const a = `${columnLetters(left)}${top}`;
  const b = `${columnLetters(right)}${bottom}`;
  return a === b ? a : `${a}:${b}`;
}

/** Rows written so far. */
export interface TablePlace {
  header: number;
  first: number;
  last: number;
}

export class Blocks {
  readonly rows: SpecValue[][] = [];
  readonly styles: StyleSpec[] = [];

  /** The row number the next row will get. */
  get next(): number {
    return this.rows.length + 1;
  }

  put(values: SpecValue[]): number {
    this.rows.push(values);
    return this.rows.length;
  }

  blank(): void {
    this.rows.push([]);
  }

  style(s: StyleSpec): void {
    this.styles.push(s);
  }

  /** A section heading across the table columns. */
  heading(text: string): number {
    const r = this.put([text]);
    this.style({ range: range(r, 1, r, TABLE_COLUMNS), bold: true, fontSize: 13, fontColor: HEADING_COLOUR, border: 'bottom', wrap: false });
    return r;
  }

  /** A sentence in words (an empty section, a note): left to overflow across the empty cells beside it. */
  note(text: string, italic = true): number {
    const r = this.put([text]);
    this.style({ range: range(r, 1), italic, fontColor: italic ? NOTE_COLOUR : undefined, wrap: false });
    return r;
  }

  /**
   * A bordered table from column A. `centred` columns (1-based) hold counts; `dates` hold Dates.
   * The last row is bold when `totalRow` is set.
   */
  table(header: string[], body: SpecValue[][], opts: { centred?: number[]; dates?: number[]; totalRow?: boolean } = {}): TablePlace {
    const h = this.put(header);
    for (const row of body) this.put(row);
    const last = this.rows.length;
    const width = header.length;
    this.style({ range: range(h, 1, last, width), border: 'thin', wrap: true, vertical: 'top' });
    this.style({ range: range(h, 1, h, width), bold: true, fill: HEADER_FILL });
    if (body.length > 0) {
      for (const c of opts.centred ?? []) this.style({ range: range(h, c, last, c), horizontal: 'center' });
      for (const c of opts.dates ?? []) this.style({ range: range(h + 1, c, last, c), numberFormat: DATE_FORMAT, horizontal: 'center' });
      if (opts.totalRow) this.style({ range: range(last, 1, last, width), bold: true });
    }
    return { header: h, first: h + 1, last };
  }
}
