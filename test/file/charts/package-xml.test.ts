import { addOverride, CONTENT_TYPE, CT_NS, hasOverride, removeOverride } from '../../../src/file/charts/content-types';
import { addRelationship, parseRelationships, REL_NS, REL_TYPE, removeRelationship } from '../../../src/file/charts/relationships';
import { checkWellFormed } from './xml-check';

describe('relationships', () => {
  it('creates a rels part when there is none, and picks ids not taken', () => {
    const first = addRelationship(undefined, REL_TYPE.drawing, '../drawings/drawing1.xml');
    expect(first.id).toBe('rId1');
    expect(checkWellFormed(first.xml)).toEqual([]);
    const gappy = `<Relationships xmlns="${REL_NS}"><Relationship Id="rId2" Type="t" Target="a"/><Relationship Id="rId3" Type="t" Target="b"/></Relationships>`;
    const next = addRelationship(gappy, REL_TYPE.chart, '../charts/chart1.xml');
    expect(next.id).toBe('rId4');
    expect(parseRelationships(next.xml).map((r) => [r.id, r.target])).toEqual([
      ['rId2', 'a'],
      ['rId3', 'b'],
      ['rId4', '../charts/chart1.xml'],
    ]);
    expect(parseRelationships(removeRelationship(next.xml, 'rId3')).map((r) => r.id)).toEqual(['rId2', 'rId4']);
  });

  it('opens a self-closed Relationships element', () => {
    const { xml, id } = addRelationship(`<?xml version="1.0"?><Relationships xmlns="${REL_NS}"/>`, 't', 'a&b.xml');
    expect(id).toBe('rId1');
    expect(xml).toBe(`<?xml version="1.0"?><Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="t" Target="a&amp;b.xml"/></Relationships>`);
    expect(parseRelationships(xml)[0].target).toBe('a&b.xml');
  });

  it('refuses a part whose root is not a Relationships element of the package namespace', () => {
    expect(() => addRelationship('<Relationships xmlns="x"/>', 't', 'a.xml')).toThrow(/another root element/);
  });
});

describe('content types', () => {
  const ct = `<Types xmlns="${CT_NS}"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/charts/Chart1.xml" ContentType="c"/></Types>`;

  it('adds an override once, matching part names regardless of case', () => {
    expect(addOverride(ct, 'xl/charts/chart1.xml', CONTENT_TYPE.chart)).toBe(ct);
    const added = addOverride(ct, 'xl/charts/chart2.xml', CONTENT_TYPE.chart);
    expect(hasOverride(added, 'xl/charts/chart2.xml')).toBe(true);
    expect(added.endsWith(`<Override PartName="/xl/charts/chart2.xml" ContentType="${CONTENT_TYPE.chart}"/></Types>`)).toBe(true);
    expect(checkWellFormed(added)).toEqual([]);
  });

  it('removes an override', () => {
    expect(hasOverride(removeOverride(ct, 'xl/charts/chart1.xml'), 'xl/charts/chart1.xml')).toBe(false);
    expect(removeOverride(ct, 'xl/charts/chart9.xml')).toBe(ct);
  });
});
