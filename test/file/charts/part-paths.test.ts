import fc from 'fast-check';
import { nextNumberedPart, partName, relativeTarget, relsPathFor, resolveTarget } from '../../../src/file/charts/part-paths';

describe('part-paths', () => {
  it('names the rels part beside its source', () => {
    expect(relsPathFor('xl/worksheets/sheet1.xml')).toBe('xl/worksheets/_rels/sheet1.xml.rels');
    expect(relsPathFor('xl/workbook.xml')).toBe('xl/_rels/workbook.xml.rels');
    expect(relsPathFor('')).toBe('_rels/.rels');
  });

  it('resolves relative, absolute and package-level targets', () => {
    expect(resolveTarget('xl/worksheets/sheet1.xml', '../drawings/drawing1.xml')).toBe('xl/drawings/drawing1.xml');
    expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet2.xml')).toBe('xl/worksheets/sheet2.xml');
    expect(resolveTarget('xl/workbook.xml', '/xl/worksheets/sheet2.xml')).toBe('xl/worksheets/sheet2.xml');
    expect(resolveTarget('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
    expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet%201.xml')).toBe('xl/worksheets/sheet 1.xml');
  });

  it('writes relative targets that resolve back to the part', () => {
    expect(relativeTarget('xl/worksheets/sheet1.xml', 'xl/drawings/drawing2.xml')).toBe('../drawings/drawing2.xml');
    expect(relativeTarget('xl/drawings/drawing2.xml', 'xl/charts/chart3.xml')).toBe('../charts/chart3.xml');
    expect(relativeTarget('xl/workbook.xml', 'xl/worksheets/sheet1.xml')).toBe('worksheets/sheet1.xml');
    const seg = fc.constantFrom('xl', 'worksheets', 'drawings', 'charts', 'a');
    const part = fc.tuple(fc.array(seg, { maxLength: 3 }), fc.constantFrom('x.xml', 'y.xml')).map(([d, f]) => [...d, f].join('/'));
    fc.assert(fc.property(part, part, (from, to) => resolveTarget(from, relativeTarget(from, to)) === to));
  });

  it('picks the next free number after the highest taken', () => {
    expect(nextNumberedPart([], 'xl/charts', 'chart')).toBe('xl/charts/chart1.xml');
    expect(nextNumberedPart(['xl/charts/chart1.xml', 'xl/charts/chart7.xml', 'xl/charts/_rels/chart9.xml.rels', 'xl/drawings/drawing3.xml'], 'xl/charts', 'chart')).toBe('xl/charts/chart8.xml');
    expect(partName('xl/charts/chart1.xml')).toBe('/xl/charts/chart1.xml');
  });
});
