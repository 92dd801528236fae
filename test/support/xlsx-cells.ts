/**
 * Reads and edits cells in an .xlsx package's sheet XML directly: the values a file holds as
 * saved (a formula's cached result included), and a person's edit to one cell, with nothing else
 * in the package touched. ExcelJS would re-save the whole workbook, and it drops empty-text results.
 */
import { OpcPackage } from '../../src/file/opc-package';

export type FileCell = { formula: string | null; value: string | number | boolean | null };

function decode(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-fA-F]+));/g, (_m, name: string, dec?: string, hex?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[name],
  );
}

/** The worksheet part of a sheet named `name`. */
export function sheetPart(pkg: OpcPackage, name: string): string {
  const wb = pkg.readText('xl/workbook.xml')!;
  const rels = pkg.readText('xl/_rels/workbook.xml.rels')!;
  const sheet = [...wb.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => decode(/name="([^"]*)"/.exec(t)![1]) === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rid = /r:id="([^"]+)"/.exec(sheet)![1];
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`Id="${rid}"`))!;
  const target = /Target="([^"]+)"/.exec(rel)![1];
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** Every cell of a sheet by A1 address: its formula (without "=") and the value saved with it. */
export function readCells(pkg: OpcPackage, name: string): Map<string, FileCell> {
  const shared = [...(pkg.readText('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => [...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => decode(t[1])).join(''));
  const xml = pkg.readText(sheetPart(pkg, name))!;
  const out = new Map<string, FileCell>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const [, ref, attrs, body = ''] = m;
    const t = /\bt="([^"]+)"/.exec(attrs)?.[1] ?? 'n';
    const f = /<f[^>]*>([\s\S]*?)<\/f>/.exec(body);
    const v = /<v[^>]*>([\s\S]*?)<\/v>/.exec(body)?.[1];
    let value: FileCell['value'] = null;
    if (t === 'inlineStr') value = [...body.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((x) => decode(x[1])).join('');
    else if (t === 's') value = v === undefined ? null : shared[Number(v)];
    else if (t === 'str') value = v === undefined ? '' : decode(v);
    else if (t === 'b') value = v === '1';
    else if (t === 'e') value = v === undefined ? null : `#ERROR ${decode(v)}`;
    else value = v === undefined || v === '' ? null : Number(v);
    out.set(ref, { formula: f ? decode(f[1]) : null, value });
  }
  return out;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Types a value into one cell as a person would (text or a number), keeping the cell's style. */
export function editCell(pkg: OpcPackage, name: string, ref: string, value: string | number | null): void {
  const part = sheetPart(pkg, name);
  let xml = pkg.readText(part)!;
  const [, letters, rowText] = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const rowRe = new RegExp(`<row r="${rowText}"[^>]*?(?:/>|>[\\s\\S]*?</row>)`);
  const row = rowRe.exec(xml);
  if (!row) throw new Error(`no row ${rowText} in ${name}`);
  const cellRe = new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`);
  const old = cellRe.exec(row[0]);
  const style = old ? (/\bs="(\d+)"/.exec(old[1])?.[0] ?? '') : '';
  const s = style ? ` ${style}` : '';
  const cell = value === null ? `<c r="${ref}"${s}/>` : typeof value === 'number' ? `<c r="${ref}"${s}><v>${value}</v></c>` : `<c r="${ref}"${s} t="inlineStr"><is><t>${escape(value)}</t></is></c>`;
  let newRow: string;
  if (old) newRow = row[0].replace(old[0], cell);
  else {
    const open = row[0].endsWith('/>') ? row[0].slice(0, -2) + '>' : row[0].slice(0, row[0].length - '</row>'.length);
    const cells = [...open.matchAll(/<c r="([A-Z]+)\d+"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)];
    const after = cells.find((c) => colNumber(c[1]) > colNumber(letters));
    newRow = after ? row[0].replace(after[0], cell + after[0]) : open + cell + '</row>';
  }
  xml = xml.replace(row[0], newRow);
  pkg.write(part, xml);
}
