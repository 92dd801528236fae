import { CellValue, cellText } from '../core/grid';

/**
 * A cell as the grid shows it: the common number formats SaferPlan writes (percentages, fixed
 * decimals, thousands) applied, dates day-first; anything else as its plain text.
 */
export function formatCell(v: CellValue, numberFormat = 'General'): string {
  if (typeof v !== 'number') return cellText(v);
  const nf = numberFormat.split(';')[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  const decimals = (/0\.(0+)/.exec(nf)?.[1] ?? '').length;
  if (nf.includes('%')) return `${(v * 100).toFixed(decimals)}%`;
  if (/[#0]/.test(nf) && nf !== 'General') {
    const text = v.toFixed(decimals);
    return nf.includes(',') ? Number(text).toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) : text;
  }
  return cellText(v);
}
