/** Test helpers: hand-made actions, and reading a Summary spec back the way a person reads the sheet. */
import { parseA1, parseRange } from '../../../src/core/grid';
import { Action, Status } from '../../../src/core/plan';
import { SheetSpec, SpecValue, shownValue } from '../../../src/core/sheets/spec';
import { action } from '../share/fixtures';

let n = 0;
export function act(p: Partial<Action> & { status?: Status | null }): Action {
  n++;
  return action({ ref: `R${n}`, priority: 'Priority', action: `Action ${n}`, leadAgency: 'Police', source: { sheet: 'Plan', cell: `A${n}` }, ...p });
}

/** A cell as a viewer shows it before recalculating: a formula's cached value. */
export function cell(spec: SheetSpec, a1: string): SpecValue {
  const { row, col } = parseA1(a1);
  return shownValue(spec.rows[row - 1]?.[col - 1]) ?? null;
}

/** The values a sheet-qualified single-column reference covers, and the sheet it names. */
export function refValues(spec: SheetSpec, ref: string): { sheet: string; values: SpecValue[] } {
  const m = /^'((?:[^']|'')+)'!(.+)$/.exec(ref);
  if (!m) throw new Error(`not a quoted sheet reference: ${ref}`);
  const r = parseRange(m[2].replace(/\$/g, ''));
  const values: SpecValue[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) values.push(shownValue(spec.rows[row - 1]?.[col - 1]) ?? null);
  return { sheet: m[1].replace(/''/g, "'"), values };
}

/** Row number (1-based) of the first row whose column A is exactly `text` (or starts with it), after `from`. */
export function rowOf(spec: SheetSpec, text: string | RegExp, from = 1): number {
  for (let i = from - 1; i < spec.rows.length; i++) {
    const v = shownValue(spec.rows[i][0]);
    if (typeof v === 'string' && (typeof text === 'string' ? v === text : text.test(v))) return i + 1;
  }
  return -1;
}

/** The table whose header row starts with `firstHeader` after the heading matching `heading`: header and body rows until a blank. */
export function tableAfter(spec: SheetSpec, heading: string | RegExp, firstHeader: string): { header: string[]; body: SpecValue[][]; first: number } | null {
  const h = rowOf(spec, heading);
  if (h < 0) throw new Error(`no heading ${heading}`);
  let r = h + 1;
  while (r <= spec.rows.length && spec.rows[r - 1][0] !== firstHeader) {
    if (spec.rows[r - 1].length === 0) return null; // the block ended without a table
    r++;
  }
  if (r > spec.rows.length) return null;
  const header = spec.rows[r - 1].map((v) => String(v ?? ''));
  const body: SpecValue[][] = [];
  let i = r;
  while (i < spec.rows.length && spec.rows[i].length > 0 && spec.rows[i].length === header.length) body.push(spec.rows[i++].map((v) => shownValue(v) ?? null));
  return { header, body, first: r + 1 };
}

export const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
