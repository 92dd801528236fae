/**
 * The built workbook against Excel's Accessibility Checker rules and the GSS accessible-spreadsheet
 * checklist: alt text on every chart, tables with header rows and meaningful names (never Table1),
 * no merged cells and no blank rows inside generated tables, meaningful sheet names.
 */
import path from 'path';
import JSZip from 'jszip';
import { analyse } from '../../src/core/app/analyse';
import { buildSpecs } from '../../src/core/app/build';
import { parseA1 } from '../../src/core/grid';
import { XlsxFileHost } from '../../src/file/xlsx-host';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'sample', 'south-derbyshire-2005-06.xlsx');
const today = new Date(Date.UTC(2005, 10, 30));

describe('the built sample passes the accessible-spreadsheet rules', () => {
  let zip: JSZip;
  let specs: ReturnType<typeof buildSpecs>['specs'];
  const files = (re: RegExp) => Object.keys(zip.files).filter((f) => re.test(f));
  const text = (f: string) => zip.file(f)!.async('string');

  beforeAll(async () => {
    const host = await XlsxFileHost.open(SAMPLE, { skipOutputSheets: true });
    const a = analyse(await host.readGrids(), await host.generatedSheets(), { today });
    specs = buildSpecs(a, { today }).specs;
    await host.writeSheets(specs);
    zip = await JSZip.loadAsync(await host.toBuffer());
  }, 120_000);

  it('every chart has alt text (descr on its graphic frame)', async () => {
    const drawings = files(/^xl\/drawings\/drawing\d+\.xml$/);
    let frames = 0;
    for (const d of drawings) {
      const xml = await text(d);
      for (const m of xml.matchAll(/<xdr:graphicFrame\b[\s\S]*?<\/xdr:graphicFrame>/g)) {
        frames++;
        const pr = /<xdr:cNvPr\b[^>]*>/.exec(m[0])![0];
        expect(pr).toMatch(/\bdescr="[^"]{10,}"/);
      }
    }
    expect(frames).toBe(specs.reduce((n, s) => n + (s.charts?.length ?? 0), 0));
    expect(frames).toBeGreaterThan(0);
  });

  it('every table has a header row and a meaningful name, not Table1', async () => {
    const tables = files(/^xl\/tables\/table\d+\.xml$/);
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      const xml = await text(t);
      const name = /<table\b[^>]*\bdisplayName="([^"]+)"/.exec(xml)![1];
      expect(name).not.toMatch(/^Table\d*$/i);
      expect(xml).not.toMatch(/headerRowCount="0"/);
    }
  });

  it('generated tables have no merged cells and no blank rows inside them; their header cells are all named', () => {
    for (const s of specs) {
      expect((s as { merges?: unknown[] }).merges ?? []).toEqual([]);
      for (const t of s.tables ?? []) {
        const [from, to] = t.range.split(':').map((r) => parseA1(r));
        const header = s.rows[from.row - 1].slice(from.col - 1, to.col);
        expect(header.every((h) => typeof h === 'string' && h.trim() !== '')).toBe(true);
        for (let r = from.row + 1; r <= Math.min(to.row, s.rows.length); r++) {
          const row = s.rows[r - 1]?.slice(from.col - 1, to.col) ?? [];
          const blank = row.every((v) => v === null || v === undefined || v === '');
          // A table with no data keeps one empty row (Excel needs one); otherwise none is blank.
          if (blank) expect(to.row - from.row).toBe(1);
        }
      }
    }
  });

  it('generated sheets have meaningful names and no merged cells in the written file', async () => {
    const wb = await text('xl/workbook.xml');
    const names = [...wb.matchAll(/<sheet\b[^>]*\bname="([^"]+)"/g)].map((m) => m[1]);
    for (const s of specs) {
      expect(names).toContain(s.name);
      expect(s.name).not.toMatch(/^Sheet\d+$/);
    }
    const rels = await text('xl/_rels/workbook.xml.rels');
    for (const s of specs) {
      const rid = new RegExp(`<sheet\\b[^>]*name="${s.name}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
      const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
      const file = `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, '')}`;
      expect(await text(file)).not.toMatch(/<mergeCell\b/);
    }
  });
});
