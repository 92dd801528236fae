import { checkWellFormed } from './xml-check';

describe('checkWellFormed (the test helper that vouches for the parts we write)', () => {
  it('accepts well-formed documents with namespaces, entities and declarations', () => {
    expect(checkWellFormed('<?xml version="1.0"?>\n<a:r xmlns:a="u"><a:b x="1" y=\'&amp;&#39;\'>t &lt; &#x41;</a:b><!-- c --><a:c/></a:r>')).toEqual([]);
  });

  it.each([
    ['<r><a></r>', /closes/],
    ['<r><a/>', /unclosed/],
    ['<r/><r/>', /second root/],
    ['<r>a & b</r>', /stray '&'/],
    ['<r>&nbsp;</r>', /stray '&'/],
    ['<r a="1" a="2"/>', /duplicate attribute/],
    ['<r a=1/>', /malformed tag/],
    ['<x:r/>', /unbound prefix/],
    ['<r xmlns:x="u"><y:a/></r>', /unbound prefix/],
    ['<r><a r:id="1"/></r>', /unbound prefix on attribute/],
    ['<r>\u0001</r>', /control character/],
    ['text<r/>', /outside the root/],
    ['', /no complete root/],
  ])('rejects %s', (xml, why) => {
    const errors = checkWellFormed(xml);
    expect(errors.join('; ')).toMatch(why);
  });
});
