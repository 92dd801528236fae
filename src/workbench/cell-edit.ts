import { CellValue } from '../core/grid';

/** What a person typed in the workbench's formula bar, as Excel would take it: numbers, dd/mm/yyyy dates, TRUE/FALSE, else text. */
export function typedValue(text: string): CellValue {
  const t = text.trim();
  if (t === '') return null;
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  const d = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (d) {
    const date = new Date(Date.UTC(+d[3], +d[2] - 1, +d[1]));
    if (date.getUTCDate() === +d[1] && date.getUTCMonth() === +d[2] - 1) return date;
  }
  if (/^(true|false)$/i.test(t)) return t.toUpperCase() === 'TRUE';
  return text;
}
