/**
 * The streaming grid reader (src/file/grid-reader) against the ExcelJS path it replaces
 * (loadWorkbookBuffer + readWorkbookGrids): for the workbooks the suite writes, the bundled sample,
 * a workbook SaferPlan built, a workbook exercising every kind of cell, and every workbook of
 * ../shared/corpus/poi that ExcelJS can read, both give the same grids.
 *
 * Where ExcelJS is wrong the expectation is corrected, narrowly, and says why:
 * - a formula whose cached result is 0, FALSE or empty text reads as blank in ExcelJS (its formula
 *   value drops falsy results); Excel, and the office.js host, give 0, FALSE and ''. The expected
 *   grid takes the result ExcelJS parsed but dropped.
 * - `_xHHHH_` escapes in inline strings are left undecoded by ExcelJS (it decodes them in shared
 *   strings only); ECMA-376 Part 1, 22.9.2.19 applies to both.
 * - a formula's text result written as t="inlineStr" (LibreOffice) is parsed as a number by ExcelJS,
 *   giving NaN, then dropped; it is the text. One corpus cell, listed in TEXT_RESULTS.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { CellValue, Grid } from '../../../src/core/grid';
import { loadWorkbookBuffer, LoadOptions } from '../../../src/file/open';
import { generatedSheetsOf, readWorkbookGrids } from '../../../src/file/read-grid';
import { workbookMarks } from '../../../src/file/output-sheets';
import { OpcPackage } from '../../../src/file/opc-package';
import { readPackageGrids } from '../../../src/file/grid-reader';
import { gridsToXlsx } from '../../fixtures/workbook';
import { seed000Grid } from '../../fixtures/seed000';
import { seed001AsbGrid } from '../../fixtures/seed001';
import { seed003Grid } from '../../fixtures/seed003';
import { seed004Grid, seed004CellsGrid } from '../../fixtures/seed004';
import { SAMPLE_PATH, sampleWorkbook } from '../../fixtures/make-sample';
import { runCaptured } from '../../support/cli';
import { SHARED } from '../../support/shared';

const CORPUS = path.join(SHARED, 'corpus', 'poi');
const CORPUS_FILES = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => f.endsWith('.xlsx'))
      .sort()
  : [];

/** Formula cells whose text result is written as t="inlineStr": file -> sheet index -> [row, col, text]. */
const TEXT_RESULTS: Record<string, [number, number, number, string][]> = {
  '52575_main.xlsx': [[0, 2, 1, 'POI rocks!']],
};

/** ExcelJS's grids, corrected where ExcelJS is wrong (see the header). */
async function exceljsGrids(buf: Buffer, name: string, options: LoadOptions = {}): Promise<Grid[]> {
  const wb = await loadWorkbookBuffer(buf, name, options);
  const grids = readWorkbookGrids(wb, generatedSheetsOf(wb, workbookMarks(buf))) as unknown as { rows: CellValue[][] }[];
  wb.worksheets.forEach((ws, i) => {
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.type !== ExcelJS.ValueType.Formula || (cell.isMerged && cell.master !== cell)) return;
        const result = (cell as unknown as { _value: { model: { result?: unknown } } })._value.model.result;
        if (result === 0 || result === false || result === '') setCell(grids[i].rows, r, c, result);
      }),
    );
  });
  for (const [sheet, r, c, text] of TEXT_RESULTS[name] ?? []) setCell(grids[sheet].rows, r, c, text);
  return grids as unknown as Grid[];
}

function setCell(rows: CellValue[][], r: number, c: number, v: CellValue): void {
  const row = (rows[r - 1] ??= []);
  while (row.length < c) row.push(null);
  row[c - 1] = v;
}

function ours(buf: Buffer, options: LoadOptions = {}): Grid[] {
  return readPackageGrids(OpcPackage.fromZip(buf), options);
}

async function expectParity(buf: Buffer, name: string, options: LoadOptions = {}): Promise<void> {
  const expected = await exceljsGrids(buf, name, options);
  expect(ours(buf, options)).toEqual(expected);
}

describe('grid reader parity with ExcelJS', () => {
  test.each([
    ['seed000', () => [seed000Grid()]],
    ['seed001', () => [seed001AsbGrid()]],
    ['seed003', () => [seed003Grid()]],
    ['seed004', () => [seed004Grid(), seed004CellsGrid('Cells')]],
  ])('fixture workbook %s', async (name, grids) => {
    await expectParity(await gridsToXlsx(grids()), name);
  });

  test('the bundled sample, as shipped and as written now', async () => {
    await expectParity(readFileSync(SAMPLE_PATH), 'sample');
    await expectParity(await sampleWorkbook(), 'sample');
  });

  test('a workbook SaferPlan built (generated sheets, marks, fills, dates), read whole and without output-only sheets', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'saferplan-parity-'));
    const out = path.join(dir, 'built.xlsx');
    const run = await runCaptured(['build', SAMPLE_PATH, '-o', out], new Date(Date.UTC(2005, 10, 30)));
    expect(run.status).toBeLessThan(2);
    const buf = readFileSync(out);
    await expectParity(buf, 'built');
    await expectParity(buf, 'built', { skipOutputSheets: true });
    const grids = ours(buf);
    expect(grids.some((g) => g.generated)).toBe(true);
    // Output-only sheets that are ours keep just their first row (what ownership is judged by).
    const skipped = ours(buf, { skipOutputSheets: true });
    expect(skipped.filter((g) => g.rows.length === 1).length).toBeGreaterThan(grids.filter((g) => g.rows.length === 1).length);
    expect(skipped.map((g) => g.generated)).toEqual(grids.map((g) => g.generated));
  });

  test.each([false, true])('every kind of cell (1904 date system: %s)', async (date1904) => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = date1904;
    const ws = wb.addWorksheet('Cells');
    ws.getCell('A1').value = 'text & <markup>';
    ws.getCell('B1').value = 42.5;
    ws.getCell('C1').value = true;
    ws.getCell('D1').value = { error: '#N/A' } as unknown as ExcelJS.CellValue;
    ws.getCell('E1').value = new Date(Date.UTC(2006, 2, 31));
    ws.getCell('E1').numFmt = 'dd/mm/yyyy';
    ws.getCell('F1').value = 39000;
    ws.getCell('F1').numFmt = '[Red]#,##0;"days"';
    ws.getCell('G1').value = 39000.5;
    ws.getCell('G1').numFmt = 'mmm yy';
    ws.getCell('A2').value = { richText: [{ text: 'rich ' }, { font: { bold: true }, text: 'text' }] };
    ws.getCell('B2').value = { formula: 'B1*2', result: 85 } as ExcelJS.CellValue;
    ws.getCell('C2').value = { formula: 'B1-B1', result: 0 } as ExcelJS.CellValue;
    ws.getCell('D2').value = { formula: 'E1+1', result: 38808 } as ExcelJS.CellValue;
    ws.getCell('D2').numFmt = 'd-mmm-yy';
    ws.getCell('E2').value = { text: 'a link', hyperlink: 'https://example.org' } as ExcelJS.CellValue;
    ws.getCell('F2').value = 'line one\nline two';
    ws.getCell('A3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
    ws.getCell('B3').value = 'Green';
    ws.getCell('B3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
    ws.getCell('C3').fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 5 } };
    ws.getCell('D3').fill = { type: 'pattern', pattern: 'darkGrid', fgColor: { argb: 'FF0000FF' } };
    ws.getCell('A5').value = 'merged';
    ws.mergeCells('A5:C7');
    ws.getCell('E9').value = 'after a gap';
    ws.getColumn(8).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    ws.getCell('H4').value = 'in a filled column';
    const hidden = wb.addWorksheet('Hidden', { state: 'hidden' });
    hidden.getCell('A1').value = 'hidden';
    wb.addWorksheet('Very hidden', { state: 'veryHidden' }).getCell('B2').value = 1;
    wb.addWorksheet('Empty');
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    await expectParity(buf, 'cells');
    const [cells, h, vh] = ours(buf);
    expect(cells.rows[0]).toEqual(['text & <markup>', 42.5, true, { error: '#N/A' }, new Date(Date.UTC(2006, 2, 31)), 39000, date1904 ? 'October 2010' : 'October 2006']);
    // A month-formatted date in the user's sheet is the month it shows, as read-grid.ts reads it.
    expect(cells.rows[1][1]).toBe(85);
    expect(cells.rows[1][2]).toBe(0);
    // The cached result is a serial in the workbook's own date system.
    expect(cells.rows[1][3]).toEqual(new Date(Date.UTC(2006, 3, 1) + (date1904 ? 1462 * 86400000 : 0)));
    expect(cells.fills?.[2]?.slice(0, 4)).toEqual(['#FF0000', '#00B050', undefined, undefined]);
    expect(cells.fills?.[3]?.[7]).toBe('#FFFF00');
    expect(cells.merges).toEqual([{ top: 5, left: 1, bottom: 7, right: 3 }]);
    expect([h.hidden, vh.hidden, cells.hidden]).toEqual([true, true, false]);
  });

  test('inline strings: _xHHHH_ escapes decoded (ExcelJS leaves them), rich text runs joined', () => {
    const sheet =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">' +
      '<c r="A1" t="inlineStr"><is><t>a_x005F_x0041_b_x000D_</t></is></c>' +
      '<c r="B1" t="inlineStr"><is><r><t>one </t></r><r><rPr><b/></rPr><t xml:space="preserve">two&#10;</t></r></is></c>' +
      '<c r="C1" t="inlineStr"><is><t>x</t><rPh sb="0" eb="1"><t>phonetic</t></rPh></is></c>' +
      '</row></sheetData></worksheet>';
    expect(readPackageGrids(sheetPackage(sheet))[0].rows).toEqual([['a_x0041_b\r', 'one two\n', 'x']]);
  });

  test.each(CORPUS_FILES)('corpus %s', async (file) => {
    const buf = readFileSync(path.join(CORPUS, file));
    let expected: Grid[];
    try {
      expected = await exceljsGrids(buf, file);
    } catch {
      return; // Not readable by ExcelJS: the host reports it as unusable, whichever reader is used.
    }
    expect(ours(buf)).toEqual(expected);
  });
});

/** A package with one sheet, xl/worksheets/sheet1.xml, holding hand-written sheet XML. */
function sheetPackage(sheetXml: string): OpcPackage {
  const pkg = new OpcPackage();
  pkg.write(
    'xl/workbook.xml',
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  pkg.write(
    'xl/_rels/workbook.xml.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  pkg.write('xl/worksheets/sheet1.xml', sheetXml);
  return pkg;
}
