/**
 * Checks an .xlsx the way Excel would: every XML part well-formed with its prefixes declared and
 * valid against the ECMA-376 Transitional schemas (../shared/ooxml/xsd/all.xsd, with Debian's
 * xmllint), plus the rules the schemas miss (../shared/ooxml/README.md): a content type for every
 * part, every internal relationship pointing at a part, unique table ids and names, rows at most
 * 409 pt, cells at most 32,767 characters, list validations at most 255 characters.
 *
 * What Excel accepts and the schemas do not is stripped before validating: xml:space, mc:Ignorable
 * and the content of the namespaces it lists, mc:AlternateContent (its Fallback is kept).
 * Many packages are checked with two xmllint runs in all (one schema compile).
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import type { Element, Node } from '@xmldom/xmldom';
import { OpcPackage } from '../../src/file/opc-package';
import { resolveTarget } from '../../src/file/charts/part-paths';
import { SHARED } from './shared';
import { onPath } from './libreoffice';

export const SCHEMA = path.join(SHARED, 'ooxml', 'xsd', 'all.xsd');
export const HAS_XMLLINT = onPath('xmllint');

const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** Root namespaces all.xsd covers: other parts (VML, custom XML, vendor parts) are checked for well-formedness only. */
const SCHEMA_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://schemas.openxmlformats.org/drawingml/2006/chart',
  'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  'http://schemas.openxmlformats.org/drawingml/2006/main',
  'http://schemas.openxmlformats.org/drawingml/2006/chartDrawing',
  CT_NS,
  REL_NS,
  'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
  'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
  'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties',
]);

export interface PackageReport {
  /** Problems, each 'part: message'. */
  problems: string[];
  /** Schema errors by part (after stripping what Excel ignores), for comparing an input with its output. */
  schemaErrors: Map<string, string[]>;
}

const isXmlPart = (name: string) => /\.(xml|rels|vml)$/i.test(name) || name === '[Content_Types].xml';

/** A part as a DOM (byte-order mark dropped), or undefined when it is not well-formed (xmllint says why). */
function parse(text: string) {
  try {
    return new DOMParser({ onError: () => undefined }).parseFromString(text.replace(/^\uFEFF/, ''), 'application/xml');
  } catch {
    return undefined;
  }
}

function elements(node: Node): Element[] {
  const out: Element[] = [];
  for (let n = node.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

/** Removes what Excel ignores and the schemas reject: xml:space, mc:Ignorable namespaces, mc:AlternateContent (keeping its Fallback). */
function stripIgnorable(el: Element, ignorable: Set<string>): void {
  const ig = el.getAttributeNS(MC_NS, 'Ignorable');
  if (ig) {
    ignorable = new Set(ignorable);
    for (const prefix of ig.trim().split(/\s+/)) {
      const uri = el.lookupNamespaceURI(prefix);
      if (uri) ignorable.add(uri);
    }
  }
  for (const a of Array.from(el.attributes)) {
    if (a.namespaceURI === MC_NS || a.namespaceURI === XML_NS || (a.namespaceURI && ignorable.has(a.namespaceURI))) el.removeAttributeNode(a);
  }
  for (const child of elements(el)) {
    if (child.namespaceURI && ignorable.has(child.namespaceURI)) el.removeChild(child);
    else if (child.namespaceURI === MC_NS && child.localName === 'AlternateContent') {
      const fallback = elements(child).find((c) => c.namespaceURI === MC_NS && c.localName === 'Fallback');
      for (const c of fallback ? elements(fallback) : []) {
        el.insertBefore(c, child);
        stripIgnorable(c, ignorable);
      }
      el.removeChild(child);
    } else stripIgnorable(child, ignorable);
  }
}

function xmllint(args: string[]): string {
  const r = spawnSync('xmllint', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  return r.stderr;
}

/** Lines of xmllint's stderr by the file they name. */
function linesByFile(stderr: string, files: Map<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of stderr.split('\n')) {
    const file = [...files.keys()].find((f) => line.startsWith(f + ':') || line.startsWith(f + ' '));
    if (!file || / validates$/.test(line) || / fails to validate$/.test(line)) continue;
    const key = files.get(file)!;
    out.set(key, [...(out.get(key) ?? []), line.slice(file.length + 1).replace(/^\d+: /, '')]);
  }
  return out;
}

function excelRules(key: string, pkg: OpcPackage, texts: Map<string, string>): string[] {
  const problems: string[] = [];
  const ct = texts.get('[Content_Types].xml');
  if (!ct) return [`${key}: no [Content_Types].xml`];
  const ctDoc = parse(ct);
  if (!ctDoc?.documentElement) return [`${key}: [Content_Types].xml cannot be read`];
  const defaults = new Set<string>();
  const overrides = new Set<string>();
  for (const el of elements(ctDoc.documentElement)) {
    if (el.localName === 'Default') defaults.add((el.getAttribute('Extension') ?? '').toLowerCase());
    if (el.localName === 'Override') overrides.add((el.getAttribute('PartName') ?? '').toLowerCase());
  }
  const lowerNames = new Set(pkg.names().map((n) => n.toLowerCase()));
  for (const name of pkg.names()) {
    if (name === '[Content_Types].xml') continue;
    const ext = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
    if (!overrides.has('/' + name.toLowerCase()) && !defaults.has(ext)) problems.push(`${key} ${name}: no content type (no Override and no Default for .${ext})`);
  }
  for (const [name, xml] of texts) {
    if (!name.endsWith('.rels')) continue;
    const source = name === '_rels/.rels' ? '' : name.replace(/_rels\/([^/]+)\.rels$/, '$1');
    if (source && !lowerNames.has(source.toLowerCase())) problems.push(`${key} ${name}: relationships of a part that is not there`);
    const doc = parse(xml);
    for (const r of doc?.documentElement ? elements(doc.documentElement) : []) {
      if (r.getAttribute('TargetMode') === 'External') continue;
      const target = resolveTarget(source, r.getAttribute('Target') ?? '');
      if (!lowerNames.has(target.toLowerCase())) problems.push(`${key} ${name}: ${r.getAttribute('Id')} points at ${target}, which is not in the package`);
    }
  }
  const tableIds = new Map<string, string>();
  const tableNames = new Map<string, string>();
  for (const [name, xml] of texts) {
    if (/^xl\/tables\/[^/]+\.xml$/i.test(name)) {
      const root = /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0] ?? '';
      const id = /\sid="([^"]*)"/.exec(root)?.[1] ?? '';
      const tname = (/\sname="([^"]*)"/.exec(root)?.[1] ?? '').toLowerCase();
      if (tableIds.has(id)) problems.push(`${key} ${name}: table id ${id} is also ${tableIds.get(id)}'s`);
      if (tableNames.has(tname)) problems.push(`${key} ${name}: table name ${tname} is also ${tableNames.get(tname)}'s`);
      tableIds.set(id, name);
      tableNames.set(tname, name);
    }
    if (!/^xl\/(worksheets\/[^/]+|sharedStrings)\.xml$/i.test(name)) continue;
    for (const m of xml.matchAll(/<(?:\w+:)?row\b[^>]*?\sht="([^"]*)"/g)) {
      if (Number(m[1]) > 409) problems.push(`${key} ${name}: a row ${m[1]} pt high (Excel's maximum is 409)`);
    }
    for (const m of xml.matchAll(/<((?:\w+:)?(?:si|is))>([\s\S]*?)<\/\1>/g)) {
      const text = [...m[2].matchAll(/<(?:\w+:)?t\b[^>]*>([^<]*)<\/(?:\w+:)?t>/g)].map((t) => decode(t[1])).join('');
      if (text.length > 32_767) problems.push(`${key} ${name}: a cell of ${text.length} characters (Excel holds 32,767)`);
    }
    for (const m of xml.matchAll(/<(?:\w+:)?dataValidation\b[^>]*\btype="list"[^>]*>\s*<(?:\w+:)?formula1>"([^<]*)"<\/(?:\w+:)?formula1>/g)) {
      if (decode(m[1]).length > 255) problems.push(`${key} ${name}: a list validation of ${decode(m[1]).length} characters (Excel's limit is 255)`);
    }
  }
  return problems;
}

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e];
  });
}

/**
 * Checks packages (keyed by any label); one report each. `strictOnly` limits the Excel rules and
 * schema to what callers compare (the corpus test compares schema errors before and after).
 */
export function checkPackages(packages: Map<string, Buffer>): Map<string, PackageReport> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'saferplan-ooxml-'));
  const reports = new Map<string, PackageReport>();
  try {
    const raw = new Map<string, string>();
    const stripped = new Map<string, string>();
    let n = 0;
    for (const [key, buf] of packages) {
      const report: PackageReport = { problems: [], schemaErrors: new Map() };
      reports.set(key, report);
      let pkg: OpcPackage;
      try {
        pkg = OpcPackage.fromZip(buf);
      } catch (e) {
        report.problems.push(`${key}: not a readable zip (${(e as Error).message})`);
        continue;
      }
      const texts = new Map<string, string>();
      for (const name of pkg.names()) {
        if (!isXmlPart(name)) continue;
        const bytes = pkg.readBytes(name)!;
        const text = bytes.toString('utf8');
        texts.set(name, text);
        const file = path.join(dir, String(n++) + '.xml');
        writeFileSync(file, bytes);
        raw.set(file, `${key}\u0000${name}`);
        const doc = parse(text);
        const root = doc?.documentElement;
        if (!root || !SCHEMA_NAMESPACES.has(root.namespaceURI ?? '')) continue;
        stripIgnorable(root, new Set());
        const sfile = path.join(dir, String(n++) + '.xml');
        writeFileSync(sfile, new XMLSerializer().serializeToString(doc!));
        stripped.set(sfile, `${key}\u0000${name}`);
      }
      report.problems.push(...excelRules(key, pkg, texts));
    }
    mkdirSync(dir, { recursive: true });
    const batches = <T>(xs: T[], size: number) => Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));
    for (const files of batches([...raw.keys()], 500)) {
      for (const [id, lines] of linesByFile(xmllint(['--noout', '--nonet', ...files]), raw)) {
        const [key, name] = id.split('\u0000');
        for (const l of lines) reports.get(key)!.problems.push(`${key} ${name}: not well-formed: ${l}`);
      }
    }
    for (const files of batches([...stripped.keys()], 500)) {
      for (const [id, lines] of linesByFile(xmllint(['--noout', '--nonet', '--schema', SCHEMA, ...files]), stripped)) {
        const [key, name] = id.split('\u0000');
        reports.get(key)!.schemaErrors.set(
          name,
          lines.map((l) => l.replace(/^element \S+: /, '')),
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return reports;
}

/** Every problem in one package: not well-formed parts, Excel rules, schema errors. */
export function packageProblems(buf: Buffer, label = 'output'): string[] {
  const r = checkPackages(new Map([[label, buf]])).get(label)!;
  return [...r.problems, ...[...r.schemaErrors].flatMap(([part, lines]) => lines.map((l) => `${label} ${part}: ${l}`))];
}
