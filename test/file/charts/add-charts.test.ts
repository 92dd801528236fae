import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { addChartsToXlsx } from '../../../src/file/charts/add-charts';
import { parseRelationships } from '../../../src/file/charts/relationships';
import { relsPathFor, resolveTarget } from '../../../src/file/charts/part-paths';
import { attr, unescapeXml } from '../../../src/file/charts/xml-text';
import { rootChildren } from '../../../src/file/charts/xml-children';
import { checkWellFormed } from './xml-check';
import { ALL_CHARTS, buildWorkbook, PARTNER_CLUSTERED, PARTNER_ROWS, PARTNER_SHEET, STACKED, STACKED_COLUMNS, SUMMARY_ROWS, TRAJECTORY_LINE, TRAJECTORY_ROWS } from './fixture';

async function text(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw new Error(`missing part ${path}`);
  return f.async('string');
}

/** Follow workbook.xml -> rels -> sheet -> <drawing> -> rels -> drawing part. */
async function sheetParts(zip: JSZip, sheetName: string): Promise<{ sheet: string; drawing?: string }> {
  const wb = await text(zip, 'xl/workbook.xml');
  const tag = (wb.match(/<sheet\b[^>]*>/g) ?? []).find((t) => attr(t, 'name') === sheetName);
  if (!tag) throw new Error(`no sheet ${sheetName}`);
  const rel = parseRelationships(await text(zip, 'xl/_rels/workbook.xml.rels')).find((r) => r.id === attr(tag, 'r:id'))!;
  const sheet = resolveTarget('xl/workbook.xml', rel.target);
  const sheetXml = await text(zip, sheet);
  const drawingTag = /<drawing\b[^>]*>/.exec(sheetXml)?.[0];
  if (!drawingTag) return { sheet };
  const dRel = parseRelationships(await text(zip, relsPathFor(sheet))).find((r) => r.id === attr(drawingTag, 'r:id'))!;
  return { sheet, drawing: resolveTarget(sheet, dRel.target) };
}

/** The chart parts of a drawing, in anchor order, with each anchor's from/to cells. */
async function chartsOf(zip: JSZip, drawing: string): Promise<{ part: string; xml: string; from: number[]; to: number[] }[]> {
  const dXml = await text(zip, drawing);
  const rels = parseRelationships(await text(zip, relsPathFor(drawing)));
  const anchors = dXml.match(/<xdr:twoCellAnchor\b[\s\S]*?<\/xdr:twoCellAnchor>/g) ?? [];
  const out = [];
  for (const a of anchors) {
    const chartTag = /<c:chart\b[^>]*>/.exec(a)?.[0];
    if (!chartTag) continue;
    const rel = rels.find((r) => r.id === attr(chartTag, 'r:id'));
    if (!rel) throw new Error(`dangling chart rel in ${drawing}`);
    expect(rel.type).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart');
    const part = resolveTarget(drawing, rel.target);
    const cell = (t: string): number[] => {
      const m = new RegExp(`<xdr:${t}><xdr:col>(\\d+)</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>(\\d+)</xdr:row>`).exec(a)!;
      return [Number(m[1]), Number(m[2])];
    };
    out.push({ part, xml: await text(zip, part), from: cell('from'), to: cell('to') });
  }
  return out;
}

function formulas(chartXml: string): string[] {
  return [...chartXml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => unescapeXml(m[1]));
}

/** The cached points of every c:strCache / c:numCache, in order, as text (gaps as undefined). */
function caches(chartXml: string): (string | undefined)[][] {
  return [...chartXml.matchAll(/<c:(?:str|num)Cache>([\s\S]*?)<\/c:(?:str|num)Cache>/g)].map((m) => {
    const count = Number(/<c:ptCount val="(\d+)"\/>/.exec(m[1])![1]);
    const pts: (string | undefined)[] = new Array(count).fill(undefined);
    for (const p of m[1].matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)) pts[Number(p[1])] = unescapeXml(p[2]);
    return pts;
  });
}

describe('addChartsToXlsx', () => {
  let input: Buffer;
  let output: Buffer;
  let zip: JSZip;
  let before: JSZip;

  beforeAll(async () => {
    input = await buildWorkbook();
    output = await addChartsToXlsx(input, ALL_CHARTS);
    zip = await JSZip.loadAsync(output);
    before = await JSZip.loadAsync(input);
  });

  it('adds one chart part per chart, each with a content-type override', async () => {
    const charts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.sort()).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml', 'xl/charts/chart3.xml', 'xl/charts/chart4.xml']);
    const ct = await text(zip, '[Content_Types].xml');
    for (const c of charts) expect(ct).toContain(`<Override PartName="/${c}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
    for (const d of Object.keys(zip.files).filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n)))
      expect(ct).toContain(`<Override PartName="/${d}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
  });

  it('anchors each chart over the cells its spec names, on its own sheet', async () => {
    const summary = await chartsOf(zip, (await sheetParts(zip, 'Summary')).drawing!);
    expect(summary.map((c) => [c.from, c.to])).toEqual([
      [
        [6, 0],
        [15, 18],
      ], // G1:O18
      [
        [6, 19],
        [15, 37],
      ], // G20:O37
    ]);
    const traj = await chartsOf(zip, (await sheetParts(zip, 'Trajectories')).drawing!);
    expect(traj.map((c) => [c.from, c.to])).toEqual([
      [
        [0, 7],
        [9, 26],
      ],
    ]); // A8:I26
    const partners = await chartsOf(zip, (await sheetParts(zip, PARTNER_SHEET)).drawing!);
    expect(partners.map((c) => [c.from, c.to])).toEqual([
      [
        [4, 0],
        [13, 16],
      ],
    ]); // E1:M16
  });

  it('writes a stacked bar chart with overlap 100, series formulas, caches and colours', async () => {
    const [stacked, columns] = await chartsOf(zip, (await sheetParts(zip, 'Summary')).drawing!);
    expect(stacked.xml).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect(stacked.xml).toContain('<c:overlap val="100"/>');
    expect(formulas(stacked.xml)).toEqual(STACKED.series.flatMap((s) => [STACKED.categories.ref, s.ref]));
    expect(formulas(stacked.xml)[1]).toBe("'Summary'!$B$2:$B$5");
    const cached = caches(stacked.xml);
    expect(cached[0]).toEqual(SUMMARY_ROWS.slice(1).map((r) => r[0]));
    expect(cached[1]).toEqual(SUMMARY_ROWS.slice(1).map((r) => String(r[1])));
    expect(cached[7]).toEqual(SUMMARY_ROWS.slice(1).map((r) => String(r[4])));
    expect([...stacked.xml.matchAll(/<a:srgbClr val="([0-9A-F]{6})"\/>/g)].map((m) => m[1])).toEqual(['2E75B6', '00B050', 'FFC000', 'C00000']);
    expect([...stacked.xml.matchAll(/<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/g)].map((m) => m[1])).toEqual(['Complete', 'On track', 'At risk', 'Off track']);
    expect(stacked.xml).toContain('<a:t>Actions by priority &amp; status</a:t>');
    expect(stacked.xml).toContain('<a:t>Priority</a:t>');
    expect(stacked.xml).toContain('<a:t>Actions</a:t>');
    expect(columns.xml).toContain('<c:barDir val="col"/><c:grouping val="stacked"/>');
    expect(columns.xml).not.toContain('srgbClr');
    expect(columns.xml).not.toContain('<a:t>Priority</a:t>');
  });

  it('writes a clustered bar chart without overlap, quoting the sheet name with a doubled apostrophe', async () => {
    const [chart] = await chartsOf(zip, (await sheetParts(zip, PARTNER_SHEET)).drawing!);
    expect(chart.xml).toContain('<c:barDir val="bar"/><c:grouping val="clustered"/>');
    expect(chart.xml).not.toContain('<c:overlap');
    expect(formulas(chart.xml)).toEqual(["'Partners'' returns'!$A$2:$A$4", "'Partners'' returns'!$B$2:$B$4", "'Partners'' returns'!$A$2:$A$4", "'Partners'' returns'!$C$2:$C$4"]);
    expect(caches(chart.xml)[3]).toEqual(PARTNER_ROWS.slice(1).map((r) => String(r[2])));
    expect(chart.xml).toContain('<a:t>Partner returns &lt;due&gt; vs "received"</a:t>');
    expect(formulas(chart.xml).length).toBe(PARTNER_CLUSTERED.series.length * 2);
  });

  it('writes a line chart with markers, leaving a gap for a missing value', async () => {
    const [line] = await chartsOf(zip, (await sheetParts(zip, 'Trajectories')).drawing!);
    expect(line.xml).toContain('<c:lineChart><c:grouping val="standard"/>');
    expect(line.xml).toContain('<c:marker val="1"/>');
    expect(line.xml.match(/<c:symbol val="circle"\/>/g)).toHaveLength(2);
    expect(formulas(line.xml)).toEqual(['Trajectories!$A$2:$A$6', 'Trajectories!$B$2:$B$6', 'Trajectories!$A$2:$A$6', 'Trajectories!$C$2:$C$6']);
    const actual = caches(line.xml)[3];
    expect(actual).toEqual(['1250', '1105', '1120', '990', undefined]);
    expect(line.xml).toContain('<a:t>Financial year</a:t>');
    expect(line.xml).toContain('<c:dispBlanksAs val="gap"/>');
    expect(TRAJECTORY_LINE.series[1].values[4]).toBeNull();
  });

  it('adds charts to the drawing ExcelJS wrote for an image instead of making a second one', async () => {
    const { sheet, drawing } = await sheetParts(zip, 'Trajectories');
    const sheetXml = await text(zip, sheet);
    expect(sheetXml.match(/<drawing\b/g)).toHaveLength(1);
    expect(drawing).toBe((await sheetParts(before, 'Trajectories')).drawing);
    const dXml = await text(zip, drawing!);
    expect(dXml).toContain('<xdr:pic>');
    expect(dXml).toContain('<xdr:graphicFrame');
    const ids = [...dXml.matchAll(/<xdr:cNvPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const rels = parseRelationships(await text(zip, relsPathFor(drawing!)));
    expect(rels.map((r) => r.type.split('/').pop()).sort()).toEqual(['chart', 'image']);
    expect(new Set(rels.map((r) => r.id)).size).toBe(rels.length);
  });

  it('places <drawing> where CT_Worksheet puts it: after headerFooter, before legacyDrawing and tableParts', async () => {
    const { sheet } = await sheetParts(zip, 'Summary');
    const names = rootChildren(await text(zip, sheet)).children.map((c) => c.name);
    const at = (n: string): number => names.indexOf(n);
    expect(at('drawing')).toBeGreaterThan(at('headerFooter'));
    expect(at('headerFooter')).toBeGreaterThan(at('sheetData'));
    expect(at('drawing')).toBeLessThan(at('legacyDrawing'));
    expect(at('drawing')).toBeLessThan(at('tableParts'));
    // The sheet's own relationships (note, table) are untouched and the drawing's id is new.
    const rels = parseRelationships(await text(zip, relsPathFor(sheet)));
    const beforeRels = parseRelationships(await text(before, relsPathFor(sheet)));
    expect(rels.slice(0, beforeRels.length)).toEqual(beforeRels);
    expect(new Set(rels.map((r) => r.id)).size).toBe(rels.length);
  });

  it('writes only well-formed XML', async () => {
    const changed: string[] = [];
    for (const name of Object.keys(zip.files)) {
      if (zip.files[name].dir || !/\.(xml|rels)$/.test(name)) continue;
      const now = await text(zip, name);
      const was = before.file(name) ? await text(before, name) : undefined;
      if (now !== was) changed.push(name);
      expect({ name, errors: checkWellFormed(now) }).toEqual({ name, errors: [] });
    }
    // Sheets, their rels, drawings, drawing rels, charts and content types: nothing else changed.
    expect(changed.filter((n) => !/^(xl\/(worksheets|drawings|charts)\/|\[Content_Types\]\.xml$)/.test(n))).toEqual([]);
    expect(changed.length).toBeGreaterThanOrEqual(4 + 3 + 1);
  });

  it('leaves a file ExcelJS still loads, with every cell value unchanged', async () => {
    const a = new ExcelJS.Workbook();
    await a.xlsx.load(input as unknown as ExcelJS.Buffer);
    const b = new ExcelJS.Workbook();
    await b.xlsx.load(output as unknown as ExcelJS.Buffer);
    expect(b.worksheets.map((w) => w.name)).toEqual(['Summary', 'Trajectories', PARTNER_SHEET]);
    const values = (wb: ExcelJS.Workbook): unknown[] =>
      wb.worksheets.map((ws) => {
        const rows: unknown[] = [];
        ws.eachRow({ includeEmpty: true }, (row, n) => rows.push([n, row.values]));
        return rows;
      });
    expect(values(b)).toEqual(values(a));
    const traj = b.getWorksheet('Trajectories')!;
    expect(traj.getCell('C6').value).toBe(TRAJECTORY_ROWS[5][2] ?? null);
    expect(traj.getCell('B6').value).toBe(960);
    expect(traj.getImages()).toHaveLength(1);
    expect(b.getWorksheet('Summary')!.getCell('A7').note).toBeDefined();
  });

  it('replaces its own charts when run again instead of duplicating them', async () => {
    const again = await JSZip.loadAsync(await addChartsToXlsx(output, ALL_CHARTS));
    const names = (z: JSZip): string[] =>
      Object.keys(z.files)
        .filter((n) => !z.files[n].dir)
        .sort();
    expect(names(again)).toEqual(names(zip));
    const overrides = (xml: string): string[] => (xml.match(/<Override\b[^>]*>/g) ?? []).sort();
    for (const n of names(zip)) {
      if (n.startsWith('xl/media/')) continue;
      if (n === '[Content_Types].xml') expect(overrides(await text(again, n))).toEqual(overrides(await text(zip, n)));
      else expect([n, await text(again, n)]).toEqual([n, await text(zip, n)]);
    }
  });

  it('replaces its own charts with a different set, keeping the image', async () => {
    const changed = await JSZip.loadAsync(await addChartsToXlsx(output, [{ sheetName: 'Trajectories', charts: [{ ...TRAJECTORY_LINE, title: 'Second run', from: 'K1', to: 'R12' }] }]));
    const { drawing } = await sheetParts(changed, 'Trajectories');
    const charts = await chartsOf(changed, drawing!);
    expect(charts).toHaveLength(1);
    expect(charts[0].xml).toContain('<a:t>Second run</a:t>');
    expect(charts[0].from).toEqual([10, 0]);
    expect(await text(changed, drawing!)).toContain('<xdr:pic>');
    const chartParts = Object.keys(changed.files).filter((n) => n.startsWith('xl/charts/'));
    expect(chartParts).toHaveLength(4); // Summary's two and the partners' one are kept
    const ct = await text(changed, '[Content_Types].xml');
    expect(ct.match(/drawingml\.chart\+xml/g)).toHaveLength(4);
    for (const p of chartParts) expect(ct).toContain(`PartName="/${p}"`);
  });

  it('gives two requests for one sheet one drawing, and matches sheet names regardless of case', async () => {
    const z = await JSZip.loadAsync(
      await addChartsToXlsx(input, [
        { sheetName: 'summary', charts: [STACKED] },
        { sheetName: 'Summary', charts: [STACKED_COLUMNS] },
      ]),
    );
    const { sheet, drawing } = await sheetParts(z, 'Summary');
    expect((await text(z, sheet)).match(/<drawing\b/g)).toHaveLength(1);
    expect((await chartsOf(z, drawing!)).map((c) => c.from)).toEqual([
      [6, 0],
      [6, 19],
    ]);
  });

  it('qualifies a bare range with the sheet the chart sits on', async () => {
    const z = await JSZip.loadAsync(
      await addChartsToXlsx(input, [
        {
          sheetName: PARTNER_SHEET,
          charts: [{ ...PARTNER_CLUSTERED, categories: { ...PARTNER_CLUSTERED.categories, ref: 'A2:A4' }, series: [{ ...PARTNER_CLUSTERED.series[0], ref: 'b2:B4' }] }],
        },
      ]),
    );
    const [chart] = await chartsOf(z, (await sheetParts(z, PARTNER_SHEET)).drawing!);
    expect(formulas(chart.xml)).toEqual(["'Partners'' returns'!$A$2:$A$4", "'Partners'' returns'!$B$2:$B$4"]);
  });

  it('does nothing to a sheet without a drawing when it is given no charts', async () => {
    const z = await JSZip.loadAsync(await addChartsToXlsx(input, [{ sheetName: PARTNER_SHEET, charts: [] }]));
    expect(Object.keys(z.files).filter((n) => n.startsWith('xl/charts/') || /drawing\d/.test(n))).toEqual(Object.keys(before.files).filter((n) => n.startsWith('xl/charts/') || /drawing\d/.test(n)));
    const { sheet } = await sheetParts(z, PARTNER_SHEET);
    expect(await text(z, sheet)).toBe(await text(before, sheet));
  });

  it('refuses an unknown sheet, a bad colour and a bad anchor cell', async () => {
    await expect(addChartsToXlsx(input, [{ sheetName: 'Nope', charts: [STACKED] }])).rejects.toThrow(/no sheet named 'Nope'/);
    const badColour = { ...STACKED, series: [{ ...STACKED.series[0], color: 'orange' }] };
    await expect(addChartsToXlsx(input, [{ sheetName: 'Summary', charts: [badColour] }])).rejects.toThrow(/#RRGGBB/);
    await expect(addChartsToXlsx(input, [{ sheetName: 'Summary', charts: [{ ...STACKED, from: 'nowhere' }] }])).rejects.toThrow(/A1/);
  });
});
