import zlib from 'zlib';
import JSZip from 'jszip';
import fc from 'fast-check';
import { zipEntries } from '../../src/file/zip-package';

describe('zipEntries (native-zlib package writer)', () => {
  test('what it writes, jszip reads back byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.record({ name: fc.stringMatching(/^[a-z][a-z0-9_]{0,8}(\/[a-z][a-z0-9_]{0,8}){0,2}\.xml$/), data: fc.uint8Array({ maxLength: 3000 }) }), { selector: (e) => e.name, maxLength: 8 }),
        async (entries) => {
          const buf = zipEntries(entries.map((e) => ({ name: e.name, data: Buffer.from(e.data) })));
          const zip = await JSZip.loadAsync(buf);
          for (const e of entries) expect(Buffer.from(await zip.file(e.name)!.async('uint8array'))).toEqual(Buffer.from(e.data));
          expect(Object.keys(zip.files).sort()).toEqual(entries.map((e) => e.name).sort());
        },
      ),
      { seed: 7, numRuns: 40 },
    );
  });

  test('compresses text and stores what does not shrink; the same input gives the same bytes', () => {
    const xml = Buffer.from('<row><c r="A1"><v>1</v></c></row>'.repeat(500));
    const random = zlib.deflateRawSync(Buffer.from('x'.repeat(10))); // tiny, will not shrink further
    const a = zipEntries([{ name: 'a.xml', data: xml }, { name: 'b.bin', data: random }]);
    expect(a.length).toBeLessThan(xml.length / 5);
    expect(zipEntries([{ name: 'a.xml', data: xml }, { name: 'b.bin', data: random }])).toEqual(a);
  });
});
