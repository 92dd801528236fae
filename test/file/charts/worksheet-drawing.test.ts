import { drawingRelId, insertDrawing } from '../../../src/file/charts/worksheet-drawing';
import { rootChildren } from '../../../src/file/charts/xml-children';
import { checkWellFormed } from './xml-check';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const sheet = (inner: string, ns = NS): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${ns}>${inner}</worksheet>`;
const names = (xml: string): string[] => rootChildren(xml).children.map((c) => c.name);

describe('insertDrawing', () => {
  it('goes at the end when nothing that follows <drawing> is present', () => {
    const xml = insertDrawing(sheet('<sheetData/><pageMargins left="1"/><pageSetup/><headerFooter><oddFooter>&amp;P</oddFooter></headerFooter>'), 'rId3');
    expect(names(xml)).toEqual(['sheetData', 'pageMargins', 'pageSetup', 'headerFooter', 'drawing']);
    expect(xml).toContain('<drawing r:id="rId3"/></worksheet>');
    expect(checkWellFormed(xml)).toEqual([]);
  });

  it('goes after rowBreaks, colBreaks and ignoredErrors and before legacyDrawing, tableParts and extLst', () => {
    const xml = insertDrawing(
      sheet(
        '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><rowBreaks/><colBreaks/><ignoredErrors/><legacyDrawing r:id="rId1"/><tableParts count="0"/><extLst><ext><x/></ext></extLst>',
      ),
      'rId9',
    );
    expect(names(xml)).toEqual(['sheetData', 'rowBreaks', 'colBreaks', 'ignoredErrors', 'drawing', 'legacyDrawing', 'tableParts', 'extLst']);
  });

  it('keeps ExcelJS order quirks untouched and lands before the first later element (tableParts before legacyDrawing)', () => {
    const xml = insertDrawing(sheet('<sheetData/><headerFooter/><tableParts count="1"><tablePart r:id="rId3"/></tableParts><legacyDrawing r:id="rId2"/>'), 'rId4');
    expect(names(xml)).toEqual(['sheetData', 'headerFooter', 'drawing', 'tableParts', 'legacyDrawing']);
  });

  it('counts mc:AlternateContent as following <drawing> only after sheetData', () => {
    const xml = insertDrawing(
      sheet(
        '<mc:AlternateContent><mc:Choice Requires="x"><sheetPr/></mc:Choice></mc:AlternateContent><sheetData/><pageMargins/><mc:AlternateContent><mc:Choice Requires="x14"><controls/></mc:Choice></mc:AlternateContent>',
        `${NS} xmlns:mc="m"`,
      ),
      'rId2',
    );
    expect(names(xml)).toEqual(['mc:AlternateContent', 'sheetData', 'pageMargins', 'drawing', 'mc:AlternateContent']);
  });

  it('is not fooled by element names inside cell data, strings with ">" in attributes, or comments', () => {
    const xml = insertDrawing(
      sheet(
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lt;tableParts&gt;</t></is></c></row></sheetData><!-- <tableParts/> --><conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="0" priority="1"><formula>A1&gt;2</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation prompt="a > b" sqref="A1"/></dataValidations><tableParts count="0"/>',
      ),
      'rId1',
    );
    expect(names(xml)).toEqual(['sheetData', 'conditionalFormatting', 'dataValidations', 'drawing', 'tableParts']);
  });

  it('uses the root element prefix, and declares r: when the root does not bind it', () => {
    const prefixed = insertDrawing(
      sheet('<x:sheetData/>', 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
        .replace('<worksheet', '<x:worksheet')
        .replace('</worksheet>', '</x:worksheet>'),
      'rId1',
    );
    expect(prefixed).toContain('<x:drawing rel:id="rId1"/></x:worksheet>');
    expect(checkWellFormed(prefixed)).toEqual([]);
    const unbound = insertDrawing(sheet('<sheetData/>', 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'), 'rId1');
    expect(unbound).toContain('<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>');
    expect(checkWellFormed(unbound)).toEqual([]);
  });

  it('finds an existing drawing and refuses to add a second', () => {
    const xml = sheet('<sheetData/><drawing r:id="rId7"/>');
    expect(drawingRelId(xml)).toBe('rId7');
    expect(drawingRelId(sheet('<sheetData/>'))).toBeUndefined();
    expect(() => insertDrawing(xml, 'rId8')).toThrow(/already has/);
  });
});
