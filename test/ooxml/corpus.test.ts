/**
 * 178 real workbooks from other producers (../shared/corpus/poi: Excel 2007-2016, LibreOffice 3.5-7.4,
 * Apache POI, fuzzers). Reading each answers 0, 1 or 2, with one line for unusable input, never a
 * crash or a hang. Each readable one gets a plan put into its first sheet (at XML level, every other
 * part kept) and is built: every part we do not own comes out byte for byte (calcChain may go), no
 * schema error or Excel-rule problem is added, and LibreOffice opens the result.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../../src/cli/main';
import { OpcPackage } from '../../src/file/opc-package';
import { worksheetParts, workbookPart, workbookDom } from '../../src/file/charts/workbook-sheets';
import { loadWorkbookBuffer } from '../../src/file/open';
import { HAS_XMLLINT, checkPackages } from '../support/ooxml-validate';
import { HAS_SOFFICE, libreofficeConvertAll } from '../support/libreoffice';
import { SHARED } from '../support/shared';

const CORPUS = path.join(SHARED, 'corpus', 'poi');
const FILES = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => f.endsWith('.xlsx'))
      .sort()
  : [];
const dir = mkdtempSync(path.join(os.tmpdir(), 'saferplan-corpus-'));
const today = new Date(Date.UTC(2005, 10, 30));

const PLAN = [
  ['Anti-social Behaviour Action Plan'],
  [],
  ['Ref', 'Action', 'Lead', 'Timescale', 'Measurement'],
  ['1.1', 'To establish a reporting hotline', 'Sue Haslett Police', 'March 2006', 'Hotline live'],
  ['1.2', 'Deliver diversionary activities', 'Youth Service', 'September 2005', 'Ten sessions held'],
  ['1.3', 'Review CCTV coverage & report <to the board>', 'Dave Simmonds CDRP Team', 'Q3 2005/06', 'Review reported'],
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const letters = 'ABCDEFGHIJ';

/** The package with a plan in its first worksheet's cells (inline strings, in the sheet's own prefix); everything else as it was. */
async function withPlan(buf: Buffer): Promise<Buffer | undefined> {
  const pkg = OpcPackage.fromZip(buf);
  const wb = workbookDom(pkg.readText(workbookPart(pkg))!);
  const parts = worksheetParts(pkg);
  const first = wb.sheets.map((s) => parts.get(s.name)).find((p) => p !== undefined && pkg.has(p));
  if (!first) return undefined;
  const xml = pkg.readText(first)!;
  const m = /<((?:[\w.-]+:)?)sheetData\b[^>]*?(?:\/>|>[\s\S]*?<\/\1sheetData>)/.exec(xml);
  if (!m) return undefined;
  const p = m[1];
  const rows = PLAN.map(
    (r, i) => `<${p}row r="${i + 1}">${r.map((v, j) => `<${p}c r="${letters[j]}${i + 1}" t="inlineStr"><${p}is><${p}t>${esc(String(v))}</${p}t></${p}is></${p}c>`).join('')}</${p}row>`,
  ).join('');
  // Merged areas, formulas' shared ranges and the like stay; only the cells change.
  const planted = xml.slice(0, m.index) + `<${p}sheetData>${rows}</${p}sheetData>` + xml.slice(m.index + m[0].length);
  pkg.write(first, planted.replace(/<((?:[\w.-]+:)?)mergeCells\b[\s\S]*?<\/\1mergeCells>/, ''));
  return pkg.toZip();
}

async function cli(args: string[]) {
  const err: string[] = [];
  const t = Date.now();
  let status: number;
  try {
    status = await runCli(args, { out: () => undefined, err: (x) => err.push(x), today });
  } catch (e) {
    status = -1;
    err.push(`crashed: ${(e as Error).stack}`);
  }
  return { status, ms: Date.now() - t, err };
}

const OWNED = /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/calcChain\.xml)$/;

(FILES.length && HAS_XMLLINT ? test : test.skip)(
  'every corpus workbook is read with a clear answer, and built valid with every other part kept',
  async () => {
    const failures: string[] = [];
    const built = new Map<string, { input: Buffer; output: Buffer }>();
    for (const f of FILES) {
      const file = path.join(CORPUS, f);
      const r = await cli(['validate', file, '--json']);
      const lines = r.err.filter((l) => l.startsWith('saferplan'));
      if (![0, 1, 2].includes(r.status) || r.err.some((l) => /\n\s+at /.test(l)) || r.ms > 30_000)
        failures.push(`${f}: validate answered ${r.status} in ${r.ms} ms: ${r.err.join(' | ').slice(0, 300)}`);
      else if (r.status === 2 && lines.length !== 1) failures.push(`${f}: unusable input gave ${lines.length} lines: ${r.err.join(' | ').slice(0, 300)}`);

      let readable = true;
      try {
        await loadWorkbookBuffer(readFileSync(file), f);
      } catch {
        readable = false;
      }
      if (!readable) continue;
      let input: Buffer | undefined;
      try {
        input = await withPlan(readFileSync(file));
      } catch {
        input = undefined; // a package whose workbook part we cannot parse: reading it answered above
      }
      if (!input) continue;
      const inFile = path.join(dir, f);
      const outFile = path.join(dir, f.replace(/\.xlsx$/, '-built.xlsx'));
      writeFileSync(inFile, input);
      const b = await cli(['build', inFile, '-o', outFile]);
      if (b.status !== 0) {
        // A plan in a workbook that cannot hold our sheets (all names taken, protected structure) may be refused with one line.
        if (b.status !== 2 || b.err.filter((l) => l.startsWith('saferplan')).length !== 1 || b.err.some((l) => /\n\s+at /.test(l))) {
          failures.push(`${f}: build answered ${b.status}: ${b.err.join(' | ').slice(0, 300)}`);
        }
        continue;
      }
      built.set(f, { input, output: readFileSync(outFile) });
    }

    // Parts we do not own are byte for byte what they were.
    for (const [f, { input, output }] of built) {
      const before = OpcPackage.fromZip(input);
      const after = OpcPackage.fromZip(output);
      for (const part of before.names()) {
        if (OWNED.test(part)) continue;
        if (!after.has(part)) failures.push(`${f}: ${part} is gone`);
        else if (!after.readBytes(part)!.equals(before.readBytes(part)!)) failures.push(`${f}: ${part} changed`);
      }
    }
    // No schema error or Excel-rule problem is added.
    const packages = new Map<string, Buffer>();
    for (const [f, { input, output }] of built) {
      packages.set(`in:${f}`, input);
      packages.set(`out:${f}`, output);
    }
    const reports = checkPackages(packages);
    for (const f of built.keys()) {
      const inR = reports.get(`in:${f}`)!;
      const outR = reports.get(`out:${f}`)!;
      const norm = (p: string) => p.replace(/^(in|out):\S+ /, '');
      const had = new Set(inR.problems.map(norm));
      for (const p of outR.problems) if (!had.has(norm(p))) failures.push(`${f}: added ${norm(p)}`);
      for (const [part, errs] of outR.schemaErrors) {
        const before = new Set((inR.schemaErrors.get(part) ?? []).map((e) => e.replace(/^\d+: /, '')));
        for (const e of errs) if (!before.has(e.replace(/^\d+: /, ''))) failures.push(`${f}: ${part}: schema error added: ${e}`.slice(0, 400));
      }
    }
    // LibreOffice opens every result (one run for them all).
    if (HAS_SOFFICE && built.size) {
      const outs = [...built.keys()].map((f) => path.join(dir, f.replace(/\.xlsx$/, '-built.xlsx')));
      const opened = libreofficeConvertAll(outs, 'csv', path.join(dir, 'csv'));
      for (const [file, out] of opened) if (out === undefined) failures.push(`${path.basename(file)}: LibreOffice could not load it`);
    }
    expect(built.size).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  },
  600_000,
);
