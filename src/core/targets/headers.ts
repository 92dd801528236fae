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
 * Tests that tell when a text's words cannot be one of the names: headerWords keeps ASCII letters (lower-cased)
 * and drops everything else but a few non-ASCII letters (the Kelvin sign lower-cases to "k"). So a
 * text with more ASCII letters than the longest name, or fewer letters and non-ASCII characters
 * than the shortest, names no field. Regexes, not a loop over characters: prose fails after a
 * few words at native speed. The classes are disjoint, so neither backtracks.
 */
function letterFilters(names: Iterable<string>): { tooMany: RegExp; enough: RegExp } {
  const counts = [...names].map((n) => n.replace(/[^a-z]/g, '').length);
  return {
    tooMany: new RegExp(`^(?:[^a-z]*[a-z]){${Math.max(...counts) + 1}}`, 'i'),
    enough: new RegExp(`^(?:[^a-z\\u0080-\\uffff]*[a-z\\u0080-\\uffff]){${Math.min(...counts)}}`, 'i'),
  };
}

/** headerWords of short texts already seen (header rows repeat, as do statuses and periods). */
const wordsCache = new Map<string, string>();

function cachedWords(raw: string): string {
  let w = wordsCache.get(raw);
  if (w === undefined) {
    if (wordsCache.size > 20000) wordsCache.clear();
    w = headerWords(raw);
    wordsCache.set(raw, w);
  }
  return w;
}

/**
 * Every row whose cells name all the required fields. One cell names one field (first match in
 * the order the fields are listed), so "Target period" is never also "Target". Names are looked up
 * in a map after the letter filters, so a sheet of thousands of rows of prose costs one quick pass.
 */
export function findHeaderRows<F extends string>(grid: Grid, names: HeaderNames<F>, required: readonly NoInfer<F>[]): HeaderRow<F>[] {
  const found: HeaderRow<F>[] = [];
  const fields = Object.keys(names) as F[];
  /** Header words -> the fields that name them, in the order fields are listed. */
  const fieldsOf = new Map<string, F[]>();
  for (const f of fields) for (const n of names[f]) fieldsOf.set(n, [...(fieldsOf.get(n) ?? []), f]);
  const { tooMany, enough } = letterFilters(fieldsOf.keys());
  let width = -1;
  for (let r = 1; r <= rowCount(grid); r++) {
    const cells = grid.rows[r - 1];
    /** Made only once a cell names a field: most rows of a sheet name none. */
    let cols: Partial<Record<F, number>> | null = null;
    for (let c = 1; c <= cells.length; c++) {
      const raw = cells[c - 1];
      if (typeof raw !== 'string' || tooMany.test(raw) || !enough.test(raw)) continue;
      const candidates = fieldsOf.get(cachedWords(raw));
      if (!candidates) continue;
      const seen: Partial<Record<F, number>> = (cols ??= {});
      const f = candidates.find((k) => seen[k] === undefined);
      if (f) seen[f] = c;
    }
    if (!cols && required.length > 0) continue;
    const named: Partial<Record<F, number>> = cols ?? {};
    if (!required.every((f) => named[f] !== undefined)) continue;
    // A header row: every other cell is a column people added (kept so nothing typed under it is lost).
    if (width < 0) width = columnCount(grid);
    const claimed = new Set(Object.values(named) as number[]);
    const others: { col: number; header: string }[] = [];
    for (let c = 1; c <= width; c++) {
      if (claimed.has(c)) continue;
      const raw = cellAt(grid, r, c);
      if (typeof raw !== 'string') {
        if (raw !== null) others.push({ col: c, header: cellText(raw) });
      } else if (headerWords(raw)) others.push({ col: c, header: raw.trim() });
    }
    found.push({ row: r, cols: named, others });
  }
  return found;
}
