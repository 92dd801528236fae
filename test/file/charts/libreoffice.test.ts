/**
 * A client nobody here wrote opens the charts: LibreOffice renders them to PDF (checked as text
 * and as pixels in the series colours) and keeps them through its own .xlsx export, which it
 * does only for charts it understood. Skipped only when soffice is not installed.
 */
import { execFileSync } from 'child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import JSZip from 'jszip';
import { addChartsToXlsx } from '../../../src/file/charts/add-charts';
import { unescapeXml } from '../../../src/file/charts/xml-text';
import { ALL_CHARTS, buildWorkbook, PARTNER_CLUSTERED, STACKED, STACKED_COLUMNS, TRAJECTORY_LINE } from './fixture';
import { countColoured, countNear, readPng } from './png';
import { HAS_SOFFICE, libreofficeConvert, onPath } from '../../support/libreoffice';

const ARTIFACTS = resolve(__dirname, '../../../test-artifacts/charts');

if (!HAS_SOFFICE) console.warn('LibreOffice chart tests SKIPPED: soffice is not on PATH (install libreoffice-calc to run them).');
const describeLo = HAS_SOFFICE ? describe : describe.skip;

const convert = libreofficeConvert;

function needPoppler(): void {
  if (!onPath('pdftotext') || !onPath('pdftoppm')) throw new Error('poppler-utils (pdftotext, pdftoppm) is needed to check the rendered charts');
}

const squash = (s: string): string => s.replace(/\s+/g, ' ');
const occurrences = (text: string, s: string): number => text.split(s).length - 1;

describeLo(`LibreOffice ${HAS_SOFFICE ? '' : '(SKIPPED: soffice not on PATH) '}renders the charts`, () => {
  const dir = join(ARTIFACTS, 'render');
  let xlsxPath: string;
  let pdfPath: string;
  /** Text of each PDF page, in order; each sheet fits on one page. */
  let pages: string[];

  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    xlsxPath = join(dir, 'charts.xlsx');
    writeFileSync(xlsxPath, await addChartsToXlsx(await buildWorkbook(), ALL_CHARTS));
    pdfPath = convert(xlsxPath, 'pdf', dir);
    needPoppler();
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath]).toString())?.[1] ?? 0);
    pages = [];
    for (let p = 1; p <= count; p++) pages.push(squash(execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', pdfPath, '-']).toString()));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(dir, 'page')]);
  }, 240_000);

  it('prints one page per sheet, each with its chart titles, axis titles and legends', () => {
    expect(pages).toHaveLength(3);
    const [summary, traj, partners] = pages;
    expect(summary).toContain(STACKED.title);
    expect(summary).toContain(STACKED_COLUMNS.title);
    expect(summary).toContain('Actions'); // the value-axis title, in no cell
    for (const s of STACKED.series) expect(occurrences(summary, s.name)).toBeGreaterThanOrEqual(3); // header + two legends
    expect(traj).toContain(TRAJECTORY_LINE.title);
    expect(traj).toContain(TRAJECTORY_LINE.xAxisTitle!);
    expect(traj).toContain(TRAJECTORY_LINE.yAxisTitle!);
    for (const s of TRAJECTORY_LINE.series) expect(occurrences(traj, s.name)).toBeGreaterThanOrEqual(2); // header + legend
    expect(partners).toContain(PARTNER_CLUSTERED.title);
    for (const s of PARTNER_CLUSTERED.series) expect(partners).toContain(s.name);
    // Category labels on the axes, beyond the cells that hold them.
    expect(occurrences(summary, 'Serious violence')).toBeGreaterThanOrEqual(3);
    expect(occurrences(traj, '2023/24')).toBeGreaterThanOrEqual(2);
  });

  it('draws the bars and lines in the series colours', () => {
    const pngs = readdirSync(dir)
      .filter((f) => /^page-\d+\.png$/.test(f))
      .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
    expect(pngs).toHaveLength(3);
    const [summary, traj, partners] = pngs.map((f) => readPng(readFileSync(join(dir, f))));
    // Without charts these pages have no pixel in any series colour and under 300 grey ones
    // (text anti-aliasing); at 60 dpi a legend swatch is about 25 pixels.
    // Stacked bars: every status colour covers a real area (about 1,100 to 2,900 pixels each).
    for (const s of STACKED.series) expect(countNear(summary, s.color!)).toBeGreaterThan(400);
    expect(countColoured(summary)).toBeGreaterThan(0.03 * summary.width * summary.height);
    // Lines: the actual series in red (about 460 pixels) and the target in grey, across the plot.
    expect(countNear(traj, TRAJECTORY_LINE.series[1].color!)).toBeGreaterThan(150);
    expect(countNear(traj, TRAJECTORY_LINE.series[0].color!, 16)).toBeGreaterThan(1000);
    // Clustered bars: about 6,000 pixels each.
    for (const s of PARTNER_CLUSTERED.series) expect(countNear(partners, s.color!)).toBeGreaterThan(2000);
  });

  it('keeps every chart, with its references, through its own .xlsx export', async () => {
    const out = convert(xlsxPath, 'xlsx', join(ARTIFACTS, 'roundtrip'));
    const zip = await JSZip.loadAsync(readFileSync(out));
    const charts = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    expect(charts).toHaveLength(4);
    const all = charts.join('\n');
    const formulas = new Set([...all.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => unescapeXml(m[1]).replace(/^'Summary'!/, 'Summary!')));
    for (const spec of [STACKED, TRAJECTORY_LINE, PARTNER_CLUSTERED]) for (const s of spec.series) expect(formulas).toContain(s.ref.replace(/^'Summary'!/, 'Summary!'));
    expect(formulas).toContain("'Partners'' returns'!$A$2:$A$4");
    expect(all.match(/<c:grouping val="stacked"\/>/g)).toHaveLength(2);
    expect(all).toContain('<c:barDir val="bar"/><c:grouping val="clustered"/>');
    expect(all).toContain('<c:lineChart>');
  });
});
