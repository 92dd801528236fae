/**
 * Part names inside an OPC (.xlsx) package. Relationship targets are relative to the source
 * part's folder (or absolute from the package root when they start with '/').
 */

/** Zip entry name of a part's relationships: xl/worksheets/sheet1.xml -> xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPathFor(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? `_rels/${part}.rels` : `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

function folderOf(part: string): string[] {
  const segs = part.split('/');
  segs.pop();
  return segs.filter((s) => s !== '');
}

function normalise(segs: string[]): string[] {
  const out: string[] = [];
  for (const s of segs) {
    if (s === '' || s === '.') continue;
    if (s === '..') out.pop();
    else out.push(s);
  }
  return out;
}

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

/** The zip entry a relationship target points at, seen from `sourcePart` ('' for the package rels). */
export function resolveTarget(sourcePart: string, target: string): string {
  const clean = safeDecode(target.split('#')[0]);
  if (clean.startsWith('/')) return normalise(clean.split('/')).join('/');
  return normalise([...folderOf(sourcePart), ...clean.split('/')]).join('/');
}

/** The relative target to write in `sourcePart`'s rels so it points at `targetPart`. */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = folderOf(sourcePart);
  const to = targetPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const ups = from.slice(common).map(() => '..');
  return [...ups, ...to.slice(common)].join('/');
}

/** Content-type part names are absolute: xl/charts/chart1.xml -> /xl/charts/chart1.xml. */
export function partName(part: string): string {
  return part.startsWith('/') ? part : `/${part}`;
}

/** The first free numbered name, e.g. xl/charts/chart3.xml when chart1 and chart2 are taken. */
export function nextNumberedPart(existing: Iterable<string>, folder: string, stem: string): string {
  const re = new RegExp(`^${folder}/${stem}(\\d+)\\.xml$`, 'i');
  let max = 0;
  for (const name of existing) {
    const m = re.exec(name);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${folder}/${stem}${max + 1}.xml`;
}
