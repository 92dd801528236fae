/** The file host's marks: a new workbook's marks carry their record; a skipped sheet keeps its first row, declared. */
import { XlsxFileHost } from '../../src/file/xlsx-host';
import { OpcPackage } from '../../src/file/opc-package';
import { definedNamesOf } from '../../src/file/charts/workbook-sheets';
import { firstRowOnly, workbookMarks } from '../../src/file/output-sheets';
import { parseXml } from '../../src/file/xml/dom';
import { SheetSpec } from '../../src/core/sheets/spec';

const spec: SheetSpec = {
  key: 'About',
  name: 'About',
  rows: [
    ['About this data-sharing export', null],
    ['Schema version', '1'],
  ],
};

test('a new workbook written by ExcelJS gets its marks with their record, and reads back as ours', async () => {
  const host = XlsxFileHost.create();
  await host.writeSheets([spec]);
  const bytes = await host.toBuffer();
  const names = definedNamesOf(OpcPackage.fromZip(bytes).readText('xl/workbook.xml')!).names;
  expect(names.find((n) => n.name === 'SaferPlan_About')?.comment).toMatch(/first row [0-9a-f]{16}/);
  expect(workbookMarks(bytes)).toEqual([expect.objectContaining({ key: 'About', sheet: 'About', part: expect.stringMatching(/^xl\/worksheets\//) })]);
  expect(await (await XlsxFileHost.fromBuffer(bytes)).generatedSheets()).toEqual({ About: 'About' });
});

test('a sheet cut to its first row keeps the root that declares what the row uses', () => {
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">' +
    '<dimension ref="A1:B2"/><sheetData>\n  <row r="1" spans="1:2" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2"><v>5</v></c></row></sheetData></worksheet>';
  const cut = firstRowOnly(xml);
  expect(cut).toContain('<row r="1" spans="1:2" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c></row></sheetData>');
  expect(cut).not.toContain('r="2"');
  expect(() => parseXml(cut, 'cut')).not.toThrow();
  // No first row (row 1 empty, a prefixed part): nothing is kept.
  expect(firstRowOnly(xml.replace('r="1"', 'r="3"'))).not.toContain('<row');
  expect(firstRowOnly('<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"/></x:sheetData></x:worksheet>')).not.toContain('row');
});
