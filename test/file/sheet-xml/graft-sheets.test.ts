/**
 * Saving grafts generated sheets into the package the workbook came from: whatever else is in it
 * (a user's charts, which ExcelJS would drop, their sheets' XML, their print areas) stays as it was.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { addChartsToXlsx } from '../../../src/file/charts/add-charts';
import { OpcPackage } from '../../../src/file/opc-package';
import { graftSheets } from '../../../src/file/sheet-xml/graft-sheets';
import { writeSheetFrame } from '../../../src/file/write-sheet';
import { XlsxFileHost } from '../../../src/file/xlsx-host';
import { buildWorkbook } from '../../../src/core/app/commands';
import { SheetSpec } from '../../../src/core/sheets/spec';
import { sampleWorkbook } from '../../fixtures/make-sample';
import { HAS_SOFFICE, libreofficeConvert } from '../../support/libreoffice';

const TODAY = new Date(Date.UTC(2005, 10, 30));

/** A user's workbook: sheets A, Old (with a table) and B (with a chart), print areas on A and B, B active, a conditional format on A. */
async function userPackage(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet('A');
  a.addRow(['Month', 'Crimes']);
  a.addRow(['Apr', 5]);
  a.pageSetup.printArea = 'A1:B2';
  a.addConditionalFormatting({ ref: 'B2', rules: [{ type: 'expression', formulae: ['B2>4'], style: { font: { bold: true } }, priority: 1 } as ExcelJS.ConditionalFormattingRule] });
  const old = wb.addWorksheet('Old');
  old.addTable({ name: 'OldTable', ref: 'A1', headerRow: true, columns: [{ name: 'X' }], rows: [[1]] });
  const b = wb.addWorksheet('B');
  b.addRow(['Month', 'Crimes']);
  b.addRow(['Apr', 5]);
  b.addRow(['May', 7]);
  b.pageSetup.printArea = 'A1:B3';
  wb.views = [{ activeTab: 2 } as ExcelJS.WorkbookView];
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return addChartsToXlsx(buf, [
    {
      sheetName: 'B',
      charts: [
        {
          kind: 'column',
          title: 'User chart',
          from: 'D2',
          to: 'J15',
          categories: { ref: "'B'!$A$2:$A$3", values: ['Apr', 'May'] },
          series: [{ name: 'Crimes', ref: "'B'!$B$2:$B$3", values: [5, 7] }],
        },
      ],
    },
  ]);
}

function frameSpec(name: string, extra: Partial<SheetSpec> = {}): SheetSpec {
  return { key: 'Summary', name, rows: [], ...extra };
}

async function framesOf(specs: SheetSpec[]): Promise<OpcPackage> {
  const wb = new ExcelJS.Workbook();
  for (const s of specs) writeSheetFrame(wb.addWorksheet(s.name), s);
  return OpcPackage.fromZip(Buffer.from(await wb.xlsx.writeBuffer()));
}

test('graftSheets: new sheets in place, the replaced one gone with its table, local names and the active sheet follow their sheets', async () => {
  const source = await userPackage();
  const before = OpcPackage.fromZip(source);
  const pkg = OpcPackage.fromZip(source);
  const frames = await framesOf([
    frameSpec('Y', { print: { landscape: true, fitToWidth: true, titleRows: '1:1' } }),
    frameSpec('X', { conditionalFormats: [{ range: 'A1:A3', rule: { type: 'textEquals', text: 'Late' }, fill: '#FFC7CE' }] }),
  ]);
  graftSheets(pkg, frames, {
    order: ['Y', 'A', 'X', 'B'],
    written: new Map([
      ['Y', { name: 'Y', mark: 'SaferPlan_Summary' }],
      ['X', { name: 'X' }],
    ]),
    removed: new Set(['Old']),
    dropNames: new Set(['SaferPlan_Summary']),
  });

  // Untouched parts are byte for byte what they were: the user's sheets, shared strings, the chart.
  for (const part of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet3.xml', 'xl/sharedStrings.xml', 'xl/charts/chart1.xml', 'xl/drawings/drawing1.xml']) {
    expect({ part, same: pkg.readBytes(part)?.equals(before.readBytes(part)!) }).toEqual({ part, same: true });
  }
  expect(pkg.names().filter((n) => n.startsWith('xl/tables/'))).toEqual([]);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await pkg.toZip()) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Y', 'A', 'X', 'B']);
  expect(wb.getWorksheet('A')!.pageSetup.printArea).toBe('A1:B2');
  expect(wb.getWorksheet('B')!.pageSetup.printArea).toBe('A1:B3');
  expect(wb.getWorksheet('Y')!.pageSetup.printTitlesRow).toBe('1:1');
  expect(wb.views[0].activeTab).toBe(3);
  expect((wb.definedNames.model as { name: string; ranges: string[] }[]).find((d) => d.name === 'SaferPlan_Summary')?.ranges).toEqual(['Y!$A$1']);
  // The user's conditional format keeps its look; the new one gets its own.
  const styles = pkg.readText('xl/styles.xml')!;
  expect((/<dxfs count="(\d+)"/.exec(styles) ?? [])[1]).toBe('2');
  expect(pkg.readText(pkg.names().find((n) => /sheet\d+\.xml$/.test(n) && pkg.readText(n)!.includes('Late'))!)).toContain('dxfId="1"');
});

test('a build keeps a chart the user drew on their own sheet, and that sheet\u2019s XML; building again gives the same bytes', async () => {
  const plan = OpcPackage.fromZip(await sampleWorkbook());
  const withChart = await addChartsToXlsx(await plan.toZip(), [
    {
      sheetName: plan.readText('xl/workbook.xml')!.match(/<sheet [^>]*name="([^"]+)"/)![1],
      charts: [{ kind: 'bar', title: 'Our own chart', from: 'M2', to: 'T15', categories: { ref: '$A$1:$A$2', values: ['a', 'b'] }, series: [{ name: 's', ref: '$B$1:$B$2', values: [1, 2] }] }],
    },
  ]);
  const source = OpcPackage.fromZip(withChart);
  const host = await XlsxFileHost.fromBuffer(withChart);
  await buildWorkbook(host, { today: TODAY });
  const once = await host.toBuffer();
  const built = OpcPackage.fromZip(once);
  for (const part of source.names().filter((n) => /^xl\/(worksheets\/sheet\d+|charts\/chart\d+|drawings\/drawing\d+|sharedStrings)\.xml$/.test(n))) {
    expect({ part, same: built.readBytes(part)?.equals(source.readBytes(part)!) }).toEqual({ part, same: true });
  }
  const again = await XlsxFileHost.fromBuffer(once);
  await buildWorkbook(again, { today: TODAY });
  const twiceBytes = await again.toBuffer();
  const twice = OpcPackage.fromZip(twiceBytes);
  expect(twice.names().sort()).toEqual(built.names().sort());
  // Building the built workbook gives it back byte for byte: no styles, print names or sheet ids pile up.
  for (const part of built.names()) expect({ part, same: twice.readBytes(part)!.equals(built.readBytes(part)!) }).toEqual({ part, same: true });
  expect(twiceBytes.equals(once)).toBe(true);
});

(HAS_SOFFICE ? test : test.skip)(
  'a workbook LibreOffice saved is built by grafting, and LibreOffice opens the result',
  async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'saferplan-graft-'));
    try {
      const input = path.join(dir, 'plan.xlsx');
      writeFileSync(input, await sampleWorkbook());
      const saved = libreofficeConvert(input, 'xlsx', path.join(dir, 'lo'));
      const host = await XlsxFileHost.open(saved);
      const before = await host.readGrids();
      await buildWorkbook(host, { today: TODAY });
      const out = path.join(dir, 'built.xlsx');
      await host.save(out);
      const back = await (await XlsxFileHost.open(out)).readGrids();
      for (const g of before) expect(back.find((b) => b.sheet === g.sheet)?.rows).toEqual(g.rows);
      expect(back.find((g) => g.sheet === 'Actions')!.rows.length).toBeGreaterThan(10);
      expect(libreofficeConvert(out, 'pdf', path.join(dir, 'pdf'))).toMatch(/built\.pdf$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  240_000,
);
