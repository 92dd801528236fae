import fc from 'fast-check';
import { attr, escapeAttr, escapeText, localName, parseAttrs, prefixFor, stripInvalidXmlChars, unescapeXml } from '../../../src/file/charts/xml-text';
import { checkWellFormed } from './xml-check';

describe('xml-text', () => {
  it('escapes text so a formula keeps its apostrophes readable', () => {
    expect(escapeText("'Data sharing'!$A$1 & <b>")).toBe("'Data sharing'!$A$1 &amp; &lt;b&gt;");
    expect(escapeAttr(`a"b'c&`)).toBe('a&quot;b&apos;c&amp;');
  });

  it('drops characters XML 1.0 cannot hold (vertical tab from Alt+Enter in old files, lone surrogates)', () => {
    expect(stripInvalidXmlChars('a\u000Bb\u0000c\tD\nE\uD800F\u{1F600}')).toBe('abc\tD\nEF\u{1F600}');
  });

  it('round-trips any string through escape and unescape, minus invalid characters, as well-formed XML', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const clean = stripInvalidXmlChars(s);
        expect(unescapeXml(escapeText(s))).toBe(clean);
        expect(unescapeXml(escapeAttr(s))).toBe(clean);
        expect(checkWellFormed(`<r a="${escapeAttr(s)}" b='${escapeAttr(s)}'>${escapeText(s)}</r>`)).toEqual([]);
      }),
    );
  });

  it('reads attributes in either quote style and decodes them', () => {
    const tag = `<sheet name="Partners&apos; returns" sheetId='3' r:id="rId5"/>`;
    expect(parseAttrs(tag)).toEqual([
      { name: 'name', value: "Partners' returns" },
      { name: 'sheetId', value: '3' },
      { name: 'r:id', value: 'rId5' },
    ]);
    expect(attr(tag, 'r:id')).toBe('rId5');
    expect(attr(tag, 'id')).toBeUndefined();
    expect(unescapeXml('&#x41;&#66;&lt;')).toBe('AB<');
  });

  it('finds namespace prefixes and local names', () => {
    const root = '<x:worksheet xmlns:x="main" xmlns:rel="R" xmlns="D">';
    expect(prefixFor(root, 'R')).toBe('rel:');
    expect(prefixFor(root, 'D')).toBe('');
    expect(prefixFor(root, 'nope')).toBeUndefined();
    expect(localName('x:drawing')).toBe('drawing');
    expect(localName('drawing')).toBe('drawing');
  });
});
