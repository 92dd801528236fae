import { dateToExcelSerial, utcDate } from '../../core/grid';
import { invalidArgument } from './errors';
import { CellModel, StoredValue } from './model';

/**
 * What Excel stores when a value is written through Range.values: a leading apostrophe keeps
 * text as text, '=' starts a formula, and text that looks like a number, a percentage, TRUE/FALSE
 * or a day-first date is converted, as Excel (en-GB) does when someone types it.
 */
export function storeInput(raw: unknown, current: CellModel | undefined, where: string): CellModel | undefined {
  if (raw === null) return current; // null leaves the cell as it was
  const nf = current?.nf;
  const keep = nf === undefined ? {} : { nf };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw invalidArgument(`Invalid number at ${where}.`, where);
    return { ...keep, v: raw };
  }
  if (typeof raw === 'boolean') return { ...keep, v: raw };
  if (typeof raw !== 'string') throw invalidArgument(`The value at ${where} is not a number, text or boolean.`, where);
  if (raw === '') return { ...keep, v: '' };
  // Excel refuses text longer than a cell holds (32,767 characters; a leading apostrophe is not counted).
  if (raw.length - (raw.startsWith("'") ? 1 : 0) > 32_767) throw invalidArgument(`The text at ${where} is longer than a cell holds (32,767 characters).`, where);
  if (raw.startsWith("'")) return { ...keep, v: raw.slice(1) };
  if (raw.startsWith('=') && raw.length > 1) {
    // No evaluation on write: a formula written over a value (or an empty cell) keeps showing it; the
    // office.js host writes each live cell's cached figure first. src/excel/fake/formula computes them.
    const shown = /^=HYPERLINK\(/i.test(raw) || current?.f !== undefined ? formulaValue(raw) : (current?.v ?? '');
    return { ...keep, v: shown, f: raw };
  }
  if (nf === '@') return { ...keep, v: raw };
  const t = raw.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return { ...keep, v: Number(t) };
  const pct = /^([+-]?(\d+\.?\d*|\.\d+))%$/.exec(t);
  if (pct) return { nf: nf && nf !== 'General' ? nf : '0%', v: Number(pct[1]) / 100 };
  if (/^(true|false)$/i.test(t)) return { ...keep, v: t.toLowerCase() === 'true' };
  const d = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (d) {
    const date = utcDate(Number(d[3]), Number(d[2]), Number(d[1]));
    if (date.getUTCDate() === Number(d[1])) return { nf: nf && nf !== 'General' ? nf : 'dd/mm/yyyy', v: dateToExcelSerial(date) };
  }
  return { ...keep, v: raw };
}

/** The fake calculates no formulas; HYPERLINK shows its text, anything else its formula text. */
export function formulaValue(formula: string): StoredValue {
  const m = /^=HYPERLINK\(\s*"((?:[^"]|"")*)"\s*,\s*"((?:[^"]|"")*)"\s*\)$/i.exec(formula);
  if (m) return m[2].replace(/""/g, '"');
  return formula;
}

/** Text as Excel would display it, enough for tests and the workbench. */
export function displayText(c: CellModel | undefined): string {
  if (!c || c.v === '') return '';
  if (typeof c.v === 'boolean') return c.v ? 'TRUE' : 'FALSE';
  if (typeof c.v === 'number') {
    const nf = c.nf ?? 'General';
    if (/d|y/i.test(nf.replace(/"[^"]*"|\[[^\]]*\]/g, ''))) {
      const dt = new Date(Math.round((c.v - 25569) * 86400000));
      const dd = String(dt.getUTCDate()).padStart(2, '0');
      const mm = String(dt.getUTCMonth() + 1).padStart(2, '0');
      return `${dd}/${mm}/${dt.getUTCFullYear()}`;
    }
    if (/%$/.test(nf)) return `${Math.round(c.v * 100)}%`;
    const dec = /0\.(0+)/.exec(nf);
    if (dec) return c.v.toFixed(dec[1].length);
    return Number.isInteger(c.v) ? String(c.v) : String(+c.v.toPrecision(11));
  }
  return c.v;
}
