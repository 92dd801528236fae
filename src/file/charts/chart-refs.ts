/**
 * Chart series formulas must be sheet-qualified ("'Data sharing'!$B$2:$B$9"); Excel reports a
 * bare range as damage. Specs should already qualify them; an unqualified one is qualified with
 * the sheet the chart sits on rather than written broken.
 */
import type { ChartSpec } from '../../core/sheets/spec';
import { parseRange, columnLetters, sheetRef } from '../../core/grid/address';

function absolute(range: string): string {
  try {
    const r = parseRange(range.replace(/\$/g, ''));
    const tl = `$${columnLetters(r.left)}$${r.top}`;
    const br = `$${columnLetters(r.right)}$${r.bottom}`;
    return tl === br ? tl : `${tl}:${br}`;
  } catch {
    return range; // a defined name or something else we leave as given
  }
}

export function qualifyRef(ref: string, sheetName: string): string {
  const r = ref.trim();
  if (r === '' || r.includes('!')) return r;
  return sheetRef(sheetName, absolute(r));
}

export function qualifyChart(spec: ChartSpec, sheetName: string): ChartSpec {
  return {
    ...spec,
    categories: { ...spec.categories, ref: qualifyRef(spec.categories.ref, sheetName) },
    series: spec.series.map((s) => ({ ...s, ref: qualifyRef(s.ref, sheetName) })),
  };
}
