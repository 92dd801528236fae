/**
 * Hostile files are refused cleanly: exit status 2, one sentence, no stack trace, within bounded
 * time and memory (not a zip, zip bombs, encrypted, empty, chart sheets only, 1,048,576 rows).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { OpcPackage } from '../../src/file/opc-package';
import { readPackage } from '../../src/file/grid-reader';
import { definedNamesOf, worksheetParts } from '../../src/file/charts/workbook-sheets';
import { XlsxFileHost } from '../../src/file/xlsx-host';
import { HAS_XMLLINT, packageProblems } from '../support/ooxml-validate';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runCli } from '../../src/cli/main';
import { checkPackage, PACKAGE_LIMITS } from '../../src/file/package-guard';
import { UnusableInputError } from '../../src/cli/io';
import { TODAY } from './support';

const dir = mkdtempSync(path.join(os.tmpdir(), 'saferplan-hostile-'));

async function validate(name: string, bytes: Buffer) {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const out: string[] = [];
  const err: string[] = [];
  const t = Date.now();
  const status = await runCli(['validate', file, '--json'], { out: (x) => out.push(x), err: (x) => err.push(x), today: TODAY });
  return { status, ms: Date.now() - t, stdout: out.join('\n'), lines: err.filter((l) => l.startsWith('saferplan')), stderr: err.join('\n') };
}

async function expectRefused(name: string, bytes: Buffer, pattern: RegExp, withinMs = 10_000) {
  const r = await validate(name, bytes);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.lines).toHaveLength(1);
  expect(r.lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.ms).toBeLessThan(withinMs);
}

/** The minimal package parts of a workbook, for hand-made hostile ones. */
function skeleton(sheets: { name: string; part: string; xml: string; chart?: boolean }[]): JSZip {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((s) => `<Override PartName="/xl/${s.part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${s.chart ? 'chartsheet' : 'worksheet'}+xml"/>`).join('')}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${s.chart ? 'chartsheet' : 'worksheet'}" Target="${s.part}"/>`).join('')}</Relationships>`,
  );
  for (const s of sheets) zip.file(`xl/${s.part}`, s.xml);
  return zip;
}

const SHEET_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const gen = (zip: JSZip) => zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });

describe('hostile files are refused with one sentence', () => {
  test('not a zip, a truncated zip, an empty file, an encrypted workbook', async () => {
    await expectRefused('minutes.xlsx', Buffer.from('Minutes of the meeting held on 3 March'), /not an \.xlsx workbook/);
    const good = await gen(skeleton([{ name: 'Plan', part: 'worksheets/sheet1.xml', xml: `<worksheet ${SHEET_NS}><sheetData/></worksheet>` }]));
    await expectRefused('truncated.xlsx', good.subarray(0, Math.floor(good.length / 2)), /damaged or truncated/);
    await expectRefused('empty.xlsx', Buffer.alloc(0), /the file is empty/);
    await expectRefused('locked.xlsx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]), /password-protected/);
  });

  test('a workbook of chart sheets only', async () => {
    const chart = `<chartsheet ${SHEET_NS}><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`;
    const buf = await gen(skeleton([{ name: 'Chart1', part: 'chartsheets/sheet1.xml', xml: chart, chart: true }]));
    await expectRefused('charts.xlsx', buf, /workbook is empty|no cells|header row/);
  });

  test('a zip bomb: a sheet that claims to expand 1,000 times', async () => {
    const rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>';
    const xml = `<worksheet ${SHEET_NS}><sheetData>${rows}</sheetData>${' '.repeat(30 * 1024 * 1024)}</worksheet>`;
    const buf = await gen(skeleton([{ name: 'Plan', part: 'worksheets/sheet1.xml', xml }]));
    expect(buf.length).toBeLessThan(200_000);
    await expectRefused('bomb.xlsx', buf, /zip bomb/);
  }, 30_000);

  test('a zip bomb that lies about its size is stopped while inflating', async () => {
    const xml = Buffer.from(`<worksheet ${SHEET_NS}><sheetData/>${' '.repeat(2 * 1024 * 1024)}</worksheet>`);
    const zip = skeleton([{ name: 'Plan', part: 'worksheets/sheet1.xml', xml: 'PLACEHOLDER' }]);
    zip.file('xl/worksheets/sheet1.xml', xml);
    const buf = await gen(zip);
    // Rewrite the declared size of the sheet part (local header and central directory) to 1 KB.
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    for (let i = buf.indexOf(name); i >= 0; i = buf.indexOf(name, i + 1)) {
      if (buf.readUInt32LE(i - 30) === 0x04034b50) buf.writeUInt32LE(1024, i - 30 + 22);
      if (buf.readUInt32LE(i - 46) === 0x02014b50) buf.writeUInt32LE(1024, i - 46 + 24);
    }
    await expectRefused('liar.xlsx', buf, /zip bomb/);
  });

  test('too many parts', async () => {
    const zip = skeleton([{ name: 'Plan', part: 'worksheets/sheet1.xml', xml: `<worksheet ${SHEET_NS}><sheetData/></worksheet>` }]);
    for (let i = 0; i < PACKAGE_LIMITS.maxEntries + 1; i++) zip.file(`xl/media/p${i}.bin`, 'x');
    await expectRefused('parts.xlsx', await gen(zip), /parts/, 20_000);
  }, 30_000);

  test('a sheet formatted down to row 1,048,576 is refused in bounded time and memory', async () => {
    // Refused rather than read: ExcelJS keeps every row in memory (hundreds of bytes each, more
    // with cells), so a million rows would take minutes and gigabytes before anything could be said.
    const rows: string[] = ['<row r="1"><c r="A1" t="inlineStr"><is><t>No</t></is></c><c r="B1" t="inlineStr"><is><t>Action</t></is></c></row>'];
    for (let r = 2; r <= 1_048_576; r++) rows.push(`<row r="${r}" s="1" customFormat="1"/>`);
    const xml = `<worksheet ${SHEET_NS}><sheetData>${rows.join('')}</sheetData></worksheet>`;
    const zip = skeleton([{ name: 'Plan', part: 'worksheets/sheet1.xml', xml }]);
    const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
    const rss = process.memoryUsage().rss;
    await expectRefused('million.xlsx', buf, /sheet "Plan" has 1,048,576 rows/, 15_000);
    expect(process.memoryUsage().rss - rss).toBeLessThan(400 * 1024 * 1024);
  }, 60_000);

  test('a workbook with too many cells is refused before ExcelJS reads it', async () => {
    const xml = `<worksheet ${SHEET_NS}><sheetData><row r="1">${'<c t="n"><v>1</v></c>'.repeat(3000)}</row></sheetData></worksheet>`;
    const buf = await gen(skeleton([{ name: 'Wide', part: 'worksheets/sheet1.xml', xml }]));
    await expect(checkPackage(buf, 'wide.xlsx', { ...PACKAGE_LIMITS, maxCells: 2000 })).rejects.toThrow(UnusableInputError);
    await expect(checkPackage(buf, 'wide.xlsx', { ...PACKAGE_LIMITS, maxCells: 2000 })).rejects.toThrow(/more than 2,000 cells \(sheet "Wide"/);
    await expect(checkPackage(buf, 'wide.xlsx')).resolves.toBeUndefined();
  });

  test('the grid reader keeps the same limits with the same messages when it reads the sheets itself', async () => {
    const wide = `<worksheet ${SHEET_NS}><sheetData><row r="1">${'<c\tt="n"><v>1</v></c><c t="n"><v>2</v></c>'.repeat(1100)}</row></sheetData></worksheet>`;
    const tall = `<worksheet ${SHEET_NS}><sheetData>${Array.from({ length: 30 }, (_, r) => `<row r="${r + 1}" s="1"/>`).join('')}</sheetData></worksheet>`;
    const merged = `<worksheet ${SHEET_NS}><sheetData/><mergeCells count="1"><mergeCell ref="A1:Z100"/></mergeCells></worksheet>`;
    const limits = { ...PACKAGE_LIMITS, maxCells: 2000, maxRows: 20 };
    for (const [name, xml] of [
      ['Wide', wide],
      ['Tall', tall],
      ['Merged', merged],
    ]) {
      const buf = await gen(skeleton([{ name, part: 'worksheets/sheet1.xml', xml }]));
      const guard = await checkPackage(buf, 'x.xlsx', limits).then(
        () => 'passed',
        (e: Error) => e.message,
      );
      expect(guard).toMatch(/^x\.xlsx: (the workbook has more than 2,000 cells|sheet "\w+" has (30 rows|merged areas covering 2,600 cells))/);
      const budget = { label: 'x.xlsx', limits, cells: 0 };
      expect(() => readPackage(OpcPackage.fromZip(buf), { budget })).toThrow(new UnusableInputError(guard));
      // Without a budget (a package the guard already scanned) the reader reads it.
      expect(readPackage(OpcPackage.fromZip(buf))!.grids).toHaveLength(1);
    }
    // Cells count across sheets, once each.
    const half = `<worksheet ${SHEET_NS}><sheetData><row r="1">${'<c t="n"><v>1</v></c>'.repeat(1200)}</row></sheetData></worksheet>`;
    const two = await gen(
      skeleton([
        { name: 'One', part: 'worksheets/sheet1.xml', xml: half },
        { name: 'Two', part: 'worksheets/sheet2.xml', xml: half },
      ]),
    );
    expect(() => readPackage(OpcPackage.fromZip(two), { budget: { label: 'two.xlsx', limits, cells: 0 } })).toThrow(/more than 2,000 cells \(sheet "Two"/);
    expect(() => readPackage(OpcPackage.fromZip(two), { budget: { label: 'two.xlsx', limits: { ...limits, maxCells: 2400 }, cells: 0 } })).not.toThrow();
  });

  test('an ordinary workbook passes the guard', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan & Targets');
    ws.addRow(['No', 'Action', 'Lead', 'Timescale']);
    ws.addRow(['1.1', 'To establish a reporting hotline', 'Sue Haslett', 'March 2006']);
    await expect(checkPackage(Buffer.from(await wb.xlsx.writeBuffer()), 'plan.xlsx')).resolves.toBeUndefined();
  });
});

/**
 * Found by the fuzzing: ExcelJS writes a string holding characters beyond U+FFFF (emoji) wrongly
 * once it is long enough for the writer's 16 KB chunks to cut a character in two, so the saved
 * cell holds two U+FFFD instead. Fails (and should move into the properties) once ExcelJS is fixed.
 */
test.failing('known ExcelJS bug: a long string of emoji survives writing an .xlsx', async () => {
  const s = '\u{1F600}'.repeat(10_000);
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('A').addRow(['x', s]);
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const xml = await zip.file('xl/sharedStrings.xml')!.async('string');
  expect(xml).not.toContain('\ufffd');
});

describe('issue 11: small hostile files are refused within seconds with one line', () => {
  const plan = '<row r="1"><c r="A1" t="inlineStr"><is><t>No</t></is></c><c r="B1" t="inlineStr"><is><t>Action</t></is></c></row>';

  test('one merged area over most of the grid (2 KB file) is refused by its area', async () => {
    const xml = `<worksheet ${SHEET_NS}><sheetData>${plan}</sheetData><mergeCells count="1"><mergeCell ref="A100:XFD1048576"/></mergeCells></worksheet>`;
    const buf = await gen(skeleton([{ name: 'Plan', part: 'worksheets/sheet1.xml', xml }]));
    expect(buf.length).toBeLessThan(5000);
    await expectRefused('merged.xlsx', buf, /merged areas covering .* cells/, 5_000);
  });

  test('cells written <c\\tr=...> are counted too', async () => {
    const xml = `<worksheet ${SHEET_NS}><sheetData><row r="1">${'<c\tt="n"><v>1</v></c><c\nt="n"/>'.repeat(1500)}</row></sheetData></worksheet>`;
    const buf = await gen(skeleton([{ name: 'Tabs', part: 'worksheets/sheet1.xml', xml }]));
    await expect(checkPackage(buf, 'tabs.xlsx', { ...PACKAGE_LIMITS, maxCells: 2000 })).rejects.toThrow(/more than 2,000 cells \(sheet "Tabs"/);
  });

  test('a shared-strings part that lies about its size is stopped while inflating', async () => {
    const zip = skeleton([{ name: 'Plan', part: 'worksheets/sheet1.xml', xml: `<worksheet ${SHEET_NS}><sheetData>${plan}</sheetData></worksheet>` }]);
    zip.file('xl/sharedStrings.xml', `<sst ${SHEET_NS}><si><t>${'x'.repeat(8 * 1024 * 1024)}</t></si></sst>`);
    const buf = await gen(zip);
    const name = Buffer.from('xl/sharedStrings.xml');
    for (let i = buf.indexOf(name); i >= 0; i = buf.indexOf(name, i + 1)) {
      if (buf.readUInt32LE(i - 30) === 0x04034b50) buf.writeUInt32LE(1024, i - 30 + 22);
      if (buf.readUInt32LE(i - 46) === 0x02014b50) buf.writeUInt32LE(1024, i - 46 + 24);
    }
    const rss = process.memoryUsage().rss;
    await expectRefused('sst-liar.xlsx', buf, /sharedStrings\.xml expands to more than the size it declares/, 5_000);
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 1024 * 1024);
  });

  test.each([['../evil.xml'], ['/etc/evil.xml'], ['xl\\evil.xml'], ['xl/./evil.xml']])('an entry named %s is refused', async (entry) => {
    const zip = skeleton([{ name: 'Plan', part: 'worksheets/sheet1.xml', xml: `<worksheet ${SHEET_NS}><sheetData>${plan}</sheetData></worksheet>` }]);
    zip.file('placeholder-entry.xml', '<x/>');
    const buf = await gen(zip);
    // JSZip normalises names, so the entry's name is patched in place (same length).
    const from = Buffer.from('placeholder-entry.xml');
    const to = Buffer.from(entry.padEnd(from.length, 'x'));
    for (let i = buf.indexOf(from); i >= 0; i = buf.indexOf(from, i + 1)) to.copy(buf, i);
    await expectRefused('names.xlsx', buf, /not a valid part name/, 5_000);
  });
});

describe('issue 11: odd but honest packages are read and built valid', () => {
  const planRows = [
    ['Ref', 'Action', 'Lead', 'Timescale'],
    ['1.1', 'To establish a reporting hotline', 'Sue Haslett Police', 'March 2006'],
    ['1.2', 'Review CCTV coverage', 'Dave Simmonds CDRP Team', 'September 2005'],
  ];
  async function planPackage(): Promise<OpcPackage> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Plan').addRows(planRows);
    return OpcPackage.fromZip(Buffer.from(await wb.xlsx.writeBuffer()));
  }
  async function build(name: string, pkg: OpcPackage) {
    const file = path.join(dir, name);
    writeFileSync(file, await pkg.toZip());
    const out = path.join(dir, name.replace('.xlsx', '-built.xlsx'));
    const err: string[] = [];
    const status = await runCli(['build', file, '-o', out], { out: () => undefined, err: (x) => err.push(x), today: TODAY });
    return { status, err: err.join('\n'), out };
  }

  test('a document-properties part ExcelJS cannot parse does not make the workbook unreadable, and is kept', async () => {
    const pkg = await planPackage();
    const core = '<?xml version="1.0"?><cp:coreProperties xmlns:cp="urn:x"><dc:title>never closed</cp:coreProperties>';
    pkg.write('docProps/core.xml', core);
    const r = await build('core.xlsx', pkg);
    expect(r).toMatchObject({ status: 0 });
    expect(OpcPackage.fromZip(readFileSync(r.out)).readText('docProps/core.xml')).toBe(core);
  });

  test('<sheets> inside a comment of workbook.xml does not capture the new sheets', async () => {
    const pkg = await planPackage();
    const wb = pkg.readText('xl/workbook.xml')!;
    pkg.write('xl/workbook.xml', wb.replace('<sheets>', '<!-- old list: <sheets><sheet name="Gone"/></sheets> --><sheets>'));
    const r = await build('comment.xlsx', pkg);
    expect(r).toMatchObject({ status: 0 });
    const out = OpcPackage.fromZip(readFileSync(r.out)).readText('xl/workbook.xml')!;
    expect(out).toContain('<!-- old list: <sheets><sheet name="Gone"/></sheets> -->');
    const host = await XlsxFileHost.open(r.out);
    expect((await host.readGrids()).map((g) => g.sheet)).toEqual(expect.arrayContaining(['Plan', 'Actions', 'Issues']));
    if (HAS_XMLLINT) expect(packageProblems(readFileSync(r.out), 'comment')).toEqual([]);
  }, 60_000);
});

describe('issue 11: a mark makes a sheet ours only while the mark and the sheet agree', () => {
  const userRows = [
    ['Meeting', 'Raised by', 'Issue'],
    ['3 March', 'Sue Haslett', 'CCTV in the market square is not recorded overnight'],
  ];
  /** A plan and a user's own sheet called Issues, with a SaferPlan_Issues name pointing at it. */
  async function claimed(comment?: string): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Plan').addRows([
      ['Ref', 'Action', 'Lead', 'Timescale'],
      ['1.1', 'To establish a reporting hotline', 'Sue Haslett Police', 'March 2006'],
    ]);
    wb.addWorksheet('Issues').addRows(userRows);
    wb.definedNames.add("'Issues'!$A$1", 'SaferPlan_Issues');
    const pkg = OpcPackage.fromZip(Buffer.from(await wb.xlsx.writeBuffer()));
    if (comment !== undefined) {
      const xml = pkg.readText('xl/workbook.xml')!;
      expect(xml).toContain('<definedName name="SaferPlan_Issues">');
      pkg.write('xl/workbook.xml', xml.replace('<definedName name="SaferPlan_Issues">', `<definedName name="SaferPlan_Issues" comment="${comment}">`));
    }
    return pkg.toZip();
  }
  async function buildFile(name: string, bytes: Buffer): Promise<Buffer> {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    const out = path.join(dir, name.replace('.xlsx', '-built.xlsx'));
    const err: string[] = [];
    const status = await runCli(['build', file, '-o', out], { out: () => undefined, err: (x) => err.push(x), today: TODAY });
    expect({ status, err: err.join('\n') }).toMatchObject({ status: 0 });
    return readFileSync(out);
  }
  const partOf = (bytes: Buffer, sheet: string) => {
    const pkg = OpcPackage.fromZip(bytes);
    return pkg.readBytes(worksheetParts(pkg).get(sheet)!)!;
  };

  test.each([
    ['no comment', undefined],
    ['a forged record', 'Written by SaferPlan. first row 0123456789abcdef'],
  ])(
    "a SaferPlan_Issues name on a user's sheet (%s) does not make build take it",
    async (label, comment) => {
      const input = await claimed(comment);
      const file = `claimed-${label.replace(/\W+/g, '-')}.xlsx`;
      const built = await buildFile(file, input);
      // The user's sheet survives byte for byte; ours is written beside it.
      expect(Buffer.compare(partOf(built, 'Issues'), partOf(input, 'Issues'))).toBe(0);
      const host = await XlsxFileHost.fromBuffer(built);
      const grids = await host.readGrids();
      expect(grids.find((g) => g.sheet === 'Issues')).toMatchObject({ rows: userRows, generated: false });
      expect(grids.find((g) => g.sheet === 'Issues (SaferPlan)')?.generated).toBe(true);
      expect((await host.generatedSheets()).Issues).toBe('Issues (SaferPlan)');
      // The mark now points at ours and records what we wrote there.
      const names = definedNamesOf(OpcPackage.fromZip(built).readText('xl/workbook.xml')!).names.filter((n) => n.name === 'SaferPlan_Issues');
      expect(names).toHaveLength(1);
      expect(names[0].value).toBe("'Issues (SaferPlan)'!$A$1");
      expect(names[0].comment).toMatch(/first row [0-9a-f]{16}/);

      // Reading with output-only sheets skipped still reads the user's sheet whole.
      writeFileSync(path.join(dir, file), input);
      const skipping = await (await XlsxFileHost.open(path.join(dir, file), { skipOutputSheets: true })).readGrids();
      expect(skipping.find((g) => g.sheet === 'Issues')).toMatchObject({ rows: userRows, generated: false });

      // Building again regenerates ours in place and leaves the user's alone.
      const again = await buildFile(`again-${file}`, built);
      const order = (b: Buffer) => [...worksheetParts(OpcPackage.fromZip(b)).keys()];
      expect(order(again)).toEqual(order(built));
      expect(Buffer.compare(partOf(again, 'Issues'), partOf(input, 'Issues'))).toBe(0);
      if (HAS_XMLLINT) expect(packageProblems(built, 'claimed')).toEqual([]);
    },
    60_000,
  );

  test('a workbook built before marks carried a record: its sheets are still ours, and edits to Actions are read back', async () => {
    const first = await buildFile('legacy.xlsx', await claimed());
    const pkg = OpcPackage.fromZip(first);
    const wbXml = pkg.readText('xl/workbook.xml')!;
    expect(wbXml).toMatch(/<definedName name="SaferPlan_Actions" comment="/);
    pkg.write('xl/workbook.xml', wbXml.replace(/ comment="[^"]*"/g, ''));
    const legacy = await pkg.toZip();
    const host = await XlsxFileHost.fromBuffer(legacy);
    const ours = await host.generatedSheets();
    // Every sheet whose first row is the fixed header of its key is ours; the user's Issues is not.
    expect(ours).toMatchObject({ Actions: 'Actions', Issues: 'Issues (SaferPlan)', Summary: 'Summary' });
    const rebuilt = await buildFile('legacy-again.xlsx', legacy);
    const order = (b: Buffer) => [...worksheetParts(OpcPackage.fromZip(b)).keys()];
    expect(order(rebuilt)).toEqual(order(first));
    expect(Buffer.compare(partOf(rebuilt, 'Issues'), partOf(first, 'Issues'))).toBe(0);

    // An officer sets a Status in the old build (saved by another writer): the rebuild reads it back.
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.load(legacy as unknown as ArrayBuffer);
    const actions = edited.getWorksheet('Actions')!;
    expect(actions.getCell('L1').value).toBe('Status');
    actions.getCell('L2').value = 'Complete';
    const fromEdited = await buildFile('legacy-edited.xlsx', Buffer.from(await edited.xlsx.writeBuffer()));
    const grids = await (await XlsxFileHost.fromBuffer(fromEdited)).readGrids();
    expect(grids.filter((g) => g.sheet.startsWith('Actions')).map((g) => g.sheet)).toEqual(['Actions']);
    expect(grids.find((g) => g.sheet === 'Actions')!.rows[1][11]).toBe('Complete');
  }, 60_000);
});
