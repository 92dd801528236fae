import { anchorCells, appendAnchors, chartAnchorXml, emptyDrawingXml, needsNsDeclarations, nextShapeId, ownChartAnchors, removeAnchors } from '../../../src/file/charts/drawing-xml';
import { checkWellFormed } from './xml-check';

describe('drawing-xml', () => {
  it('anchors from the top-left of `from` to the far edge of `to`, whichever way round they are given', () => {
    expect(anchorCells('B3', 'D10')).toEqual({ from: { col: 1, row: 2 }, to: { col: 4, row: 10 } });
    expect(anchorCells('D10', 'B3')).toEqual({ from: { col: 1, row: 2 }, to: { col: 4, row: 10 } });
    expect(anchorCells('$AA$1', 'AB2')).toEqual({ from: { col: 26, row: 0 }, to: { col: 28, row: 2 } });
    expect(() => anchorCells('A0x', 'B2')).toThrow();
  });

  it('builds a drawing whose anchors it recognises as its own, and removes them again', () => {
    const a1 = chartAnchorXml({ from: 'A1', to: 'C5', shapeId: 2, description: 'Q & A', relId: 'rId1' }, false);
    const a2 = chartAnchorXml({ from: 'E1', to: 'G5', shapeId: 3, description: 'Two', relId: 'rId2' }, false);
    const xml = appendAnchors(emptyDrawingXml(), [a1, a2]);
    expect(checkWellFormed(xml)).toEqual([]);
    expect(xml).toContain('descr="Q &amp; A"');
    const own = ownChartAnchors(xml);
    expect(own.map((o) => o.relId)).toEqual(['rId1', 'rId2']);
    expect(nextShapeId(xml)).toBe(4);
    const cleared = removeAnchors(xml, own);
    expect(cleared).toBe(emptyDrawingXml());
  });

  it("leaves pictures and other people's charts alone", () => {
    const pic = '<xdr:twoCellAnchor editAs="oneCell"><xdr:from/><xdr:to/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="1" name="Picture 1"/></xdr:nvPicPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor>';
    const theirs = chartAnchorXml({ from: 'A1', to: 'B2', shapeId: 5, description: 'x', relId: 'rId3' }, false).replace('SaferPlan chart 5', 'Chart 5');
    const ours = chartAnchorXml({ from: 'A1', to: 'B2', shapeId: 6, description: 'y', relId: 'rId4' }, false);
    const xml = appendAnchors(emptyDrawingXml(), [pic, theirs, ours]);
    expect(ownChartAnchors(xml).map((o) => o.relId)).toEqual(['rId4']);
    expect(nextShapeId(xml)).toBe(7);
    const left = removeAnchors(xml, ownChartAnchors(xml));
    expect(left).toContain('Picture 1');
    expect(left).toContain('name="Chart 5"');
    expect(left).not.toContain('rId4');
  });

  it('declares its prefixes on the anchor when the drawing binds them differently', () => {
    const other = '<?xml version="1.0"?><wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>';
    expect(needsNsDeclarations(other)).toBe(true);
    expect(needsNsDeclarations(emptyDrawingXml())).toBe(false);
    const xml = appendAnchors(other, [chartAnchorXml({ from: 'A1', to: 'B2', shapeId: 2, description: '', relId: 'rId1' }, true)]);
    expect(xml).toMatch(/<wsDr [^>]*><xdr:twoCellAnchor xmlns:xdr=/);
    expect(xml.endsWith('</wsDr>')).toBe(true);
    expect(checkWellFormed(xml)).toEqual([]);
  });
});
