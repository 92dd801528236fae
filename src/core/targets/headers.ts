import { cellAt, cellText, columnCount, Grid, rowCount } from '../grid';

/** Header text reduced to words: "Baseline period:" -> "baseline period", "% Change" -> "% change". */
export function headerWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_\-–—/]+/g, ' ')
    .replace(/[^a-z0-9% ]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Field -> the header names people give it (already in headerWords form). */
export type HeaderNames<F extends string> = Record<F, readonly string[]>;

export interface HeaderRow<F extends string> {
  row: number;
  cols: Partial<Record<F, number>>;
  /** Columns with a header we do not know, kept so nothing typed under them is lost. */
  others: { col: number; header: string }[];
}

/**
 * Every row whose cells name all the required fields. One cell names one field (first match in
 * the order the fields are listed), so "Target period" is never also "Target".
 */
export function findHeaderRows<F extends string>(grid: Grid, names: HeaderNames<F>, required: readonly NoInfer<F>[]): HeaderRow<F>[] {
  const found: HeaderRow<F>[] = [];
  const width = columnCount(grid);
  const fields = Object.keys(names) as F[];
  for (let r = 1; r <= rowCount(grid); r++) {
    const cols: Partial<Record<F, number>> = {};
    const others: { col: number; header: string }[] = [];
    for (let c = 1; c <= width; c++) {
      const raw = cellAt(grid, r, c);
      if (typeof raw !== 'string') {
        if (raw !== null) others.push({ col: c, header: cellText(raw) });
        continue;
      }
      const w = headerWords(raw);
      if (!w) continue;
      const f = fields.find((k) => cols[k] === undefined && names[k].includes(w));
      if (f) cols[f] = c;
      else others.push({ col: c, header: raw.trim() });
    }
    if (required.every((f) => cols[f] !== undefined)) found.push({ row: r, cols, others });
  }
  return found;
}
