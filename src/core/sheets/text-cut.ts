/**
 * A cell holds at most 32,767 characters, and every host cuts longer text to fit (the file writer
 * and the office.js host alike, src/core/grid/excel-text.ts). The cut is not silent: each cut cell
 * of a generated sheet gets a finding on that cell saying where the whole text is.
 */
import { a1, cleanControlChars, fitCell, MAX_CELL_CHARS, sheetRef } from '../grid';
import { Finding, finding } from '../plan/finding';
import { isFormulaValue, isLinkValue, SheetSpec, SpecValue } from './spec';

const n = (x: number) => x.toLocaleString('en-GB');

/** The text a cell would hold before it is cut, if it is text. */
function textOf(v: SpecValue | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (isLinkValue(v)) return v.text;
  if (isFormulaValue(v) && typeof v.cached === 'string') return v.cached;
  return undefined;
}

/** Where the row's text came from: its source link (Actions), or its source_sheet and source_cell (Data sharing). */
function sourceOf(spec: SheetSpec, row: readonly SpecValue[]): string | undefined {
  const link = row.find(isLinkValue);
  if (link) return link.target;
  const header = spec.rows[0] ?? [];
  const sheet = row[header.indexOf('source_sheet')];
  const cell = row[header.indexOf('source_cell')];
  if (typeof sheet === 'string' && sheet && typeof cell === 'string' && /^\$?[A-Z]{1,3}\$?\d+$/.test(cell)) return sheetRef(sheet, cell);
  return undefined;
}

/** One `text-cut` warning for every cell of these specs whose text is longer than a cell holds. */
export function textCutFindings(specs: readonly SheetSpec[]): Finding[] {
  const out: Finding[] = [];
  for (const spec of specs) {
    spec.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        const text = textOf(v);
        // Cleaning only ever shortens text, so only text over the limit needs a closer look.
        if (text === undefined || text.length <= MAX_CELL_CHARS) return;
        const clean = cleanControlChars(text);
        if (!fitCell(clean).cut) return;
        const source = sourceOf(spec, row);
        const where = source ? `The whole text is in ${source}.` : 'The whole text is where the plan states it.';
        out.push(
          finding(
            'warning',
            'text-cut',
            spec.name,
            a1(r + 1, c + 1),
            `This text is ${n(clean.length)} characters long, more than the ${n(MAX_CELL_CHARS)} a cell holds, so this cell shows only its first ${n(MAX_CELL_CHARS)}. ${where}`,
          ),
        );
      });
    });
  }
  return out;
}
