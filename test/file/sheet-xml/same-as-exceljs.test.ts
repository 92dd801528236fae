/**
 * The file host writes generated cells straight into the package (src/file/sheet-xml). Read back,
 * they must be what ExcelJS makes of the same sheet spec written cell by cell (write-sheet.ts):
 * values, number formats, fonts, fills, alignment, borders, row heights and tables.
 */
import ExcelJS from 'exceljs';
import { analyse } from '../../../src/core/app/analyse';
import { buildSpecs } from '../../../src/core/app/build';
import { SheetSpec } from '../../../src/core/sheets/spec';
import { XlsxFileHost } from '../../../src/file/xlsx-host';
import { writeSheet } from '../../../src/file/write-sheet';
import { indicatorGrids, planGrid } from '../../bench/generate';
import { sampleActionPlanGrid, targetTablesGrid } from '../../fixtures/make-sample';

const TODAY = new Date(Date.UTC(2022, 5, 30));

function specsOf(grids: Parameters<typeof analyse>[0]): SheetSpec[] {
  return buildSpecs(analyse(grids, {}, { today: TODAY }), { today: TODAY }).specs;
}

async function byExcelJS(specs: SheetSpec[]): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  for (const s of specs) writeSheet(wb.addWorksheet(s.name), s);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(Buffer.from(await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer);
  return back;
}

async function byFileHost(specs: SheetSpec[]): Promise<ExcelJS.Workbook> {
  const host = XlsxFileHost.create();
  await host.writeUnmarkedSheets(specs);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await host.toBuffer()) as unknown as ArrayBuffer);
  return back;
}

function value(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === 'object' && 'formula' in v) return { formula: v.formula, result: v.result };
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  // ExcelJS keeps '' as a shared string; the direct writer leaves the cell blank, as Excel would.
  return v === '' ? null : (v ?? null);
}

/** The look of a cell in the terms a spec can set. */
function look(c: ExcelJS.Cell): Record<string, unknown> {
  const fill = c.fill && c.fill.type === 'pattern' && c.fill.pattern === 'solid' ? c.fill.fgColor?.argb : undefined;
  const border = (side?: Partial<ExcelJS.Border>) => (side && side.style ? `${side.style}:${side.color?.argb}` : undefined);
  const numFmt = c.numFmt === 'mm-dd-yy' ? 'builtin date' : c.numFmt || undefined;
  return {
    bold: !!c.font?.bold,
    italic: !!c.font?.italic,
    size: c.font?.size ?? 11,
    color: c.font?.color?.argb,
    fill,
    wrap: !!c.alignment?.wrapText,
    horizontal: c.alignment?.horizontal,
    vertical: c.alignment?.vertical,
    numFmt: numFmt === 'General' ? undefined : numFmt,
    border: [border(c.border?.top), border(c.border?.left), border(c.border?.bottom), border(c.border?.right)].join('|'),
  };
}

function sheetPicture(ws: ExcelJS.Worksheet) {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (c) => {
      const l = look(c);
      const v = value(c.value);
      if (v !== null || Object.values(l).some((x) => x !== undefined && x !== false && x !== 11 && x !== '|||')) cells[c.address] = { v, ...l };
    });
  });
  const heights: Record<number, number> = {};
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    if (row.height) heights[n] = row.height;
  });
  const tables = Object.values((ws as unknown as { tables: Record<string, ExcelJS.Table> }).tables).map((t) => {
    const m = (t as unknown as { model: { name: string; tableRef: string; columns: { name: string }[] } }).model;
    return { name: m.name, ref: m.tableRef, columns: m.columns.map((c) => c.name) };
  });
  const widths = (ws.columns ?? []).map((c) => c.width ?? null);
  return { cells, heights, tables, widths, views: (ws.views ?? []).map((v) => ({ ...v })) };
}

async function expectSame(specs: SheetSpec[]): Promise<void> {
  const [a, b] = await Promise.all([byExcelJS(specs), byFileHost(specs)]);
  expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
  for (const wa of a.worksheets) {
    const pa = sheetPicture(wa);
    const pb = sheetPicture(b.getWorksheet(wa.name)!);
    expect({ sheet: wa.name, ...pb }).toEqual({ sheet: wa.name, ...pa });
  }
}

test('every sheet of a build of the sample workbook reads back as ExcelJS writes it', async () => {
  const specs = specsOf([targetTablesGrid(), sampleActionPlanGrid()]);
  expect(specs.map((s) => s.key)).toEqual(expect.arrayContaining(['Summary', 'Actions', 'Targets', 'Progress', 'Trajectories', 'DataSharing', 'Issues', 'About']));
  await expectSame(specs);
});

test('a generated plan of 300 actions with monthly indicators reads back as ExcelJS writes it', async () => {
  await expectSame(specsOf([planGrid(300), ...indicatorGrids(6, 24)]));
}, 60_000);

test('hand-made specs: dates, booleans, links, hostile text, empty tables, styled blanks', async () => {
  const spec: SheetSpec = {
    key: 'About',
    name: 'Odd cells',
    rows: [
      ['Name', 'Share', null, 'When'],
      ['  padded  ', true, { text: 'Go "there"', target: "'Plan 2009'!B7" }, new Date(Date.UTC(2019, 3, 1))],
      // Between two words a removed control character leaves a space (see excel-text); ExcelJS would glue them, so this one follows a space.
      ['a \u0001b <&> \u{1F600}', false, 1e21, new Date(Date.UTC(1900, 1, 28))],
      ['line one\nline two', -0.5, null, null],
    ],
    columns: [{ width: 30, wrap: true }, { numberFormat: '0.0%' }, {}, { numberFormat: 'dd/mm/yyyy' }],
    styles: [
      { range: 'A1:D1', bold: true, fill: '#1F4E78', fontColor: '#FFFFFF', border: 'bottom' },
      { range: 'B3:C6', italic: true, fontSize: 9, horizontal: 'center', vertical: 'middle', border: 'thin' },
      { range: 'F8', fill: '#FFC7CE' },
    ],
    tables: [
      { name: 'OddTable', range: 'A1:D4' },
      { name: 'EmptyTable', range: 'H1:I1', style: 'TableStyleLight9' },
    ],
    rowHeights: { 2: 30, 4: 31.5, 9: 12 },
    freeze: { rows: 1, columns: 0 },
  };
  spec.rows[0].push(null, null, null, 'Ref', null);
  await expectSame([spec]);
});

test('table column names are made unique, in the header cells too (ExcelJS writes duplicates Excel must repair)', async () => {
  const spec: SheetSpec = {
    key: 'About',
    name: 'Dups',
    rows: [
      ['Name', 'name', 'Line\nbreak'],
      ['a', 'b', 'c'],
    ],
    tables: [{ name: 'Dups', range: 'A1:C2' }],
  };
  const ws = (await byFileHost([spec])).getWorksheet('Dups')!;
  expect([1, 2, 3].map((c) => ws.getRow(1).getCell(c).value)).toEqual(['Name', 'name 2', 'Line break']);
  expect(sheetPicture(ws).tables).toEqual([{ name: 'Dups', ref: 'A1:C2', columns: ['Name', 'name 2', 'Line break'] }]);
});
