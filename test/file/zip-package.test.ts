import zlib from 'zlib';
import JSZip from 'jszip';
import fc from 'fast-check';
import { zipEntries } from '../../src/file/zip-package';
import { OpcPackage, readZipDirectory } from '../../src/file/opc-package';

describe('zipEntries (native-zlib package writer)', () => {
  test('what it writes, jszip reads back byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.record({ name: fc.stringMatching(/^[a-z][a-z0-9_]{0,8}(\/[a-z][a-z0-9_]{0,8}){0,2}\.xml$/), data: fc.uint8Array({ maxLength: 3000 }) }), {
          selector: (e) => e.name,
          maxLength: 8,
        }),
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
    const a = zipEntries([
      { name: 'a.xml', data: xml },
      { name: 'b.bin', data: random },
    ]);
    expect(a.length).toBeLessThan(xml.length / 5);
    expect(
      zipEntries([
        { name: 'a.xml', data: xml },
        { name: 'b.bin', data: random },
      ]),
    ).toEqual(a);
  });
});

describe('OpcPackage (parts in memory, zip in and out)', () => {
  async function jszipPackage(streamFiles: boolean): Promise<Buffer> {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/worksheets/sheet1.xml', '<worksheet>' + '<row/>'.repeat(2000) + '</worksheet>', { compression: 'DEFLATE' });
    zip.file('xl/media/image1.png', Buffer.from([1, 2, 3, 4]), { compression: 'STORE' });
    zip.file('xl/ünïcode name.xml', 'é');
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', streamFiles });
  }

  test.each([false, true])('reads what jszip writes (data descriptors: %s), and its zip reads back in jszip with changes applied', async (streamFiles) => {
    const pkg = OpcPackage.fromZip(await jszipPackage(streamFiles));
    expect(pkg.names().sort()).toEqual(['[Content_Types].xml', 'xl/media/image1.png', 'xl/worksheets/sheet1.xml', 'xl/ünïcode name.xml']);
    expect(pkg.readText('xl/ünïcode name.xml')).toBe('é');
    expect(pkg.readBytes('xl/media/image1.png')).toEqual(Buffer.from([1, 2, 3, 4]));
    pkg.write('xl/new.xml', '<new/>');
    pkg.write('[Content_Types].xml', '<Types changed="1"/>');
    pkg.remove('xl/media/image1.png');
    const back = await JSZip.loadAsync(await pkg.toZip());
    expect(Object.keys(back.files).sort()).toEqual(['[Content_Types].xml', 'xl/new.xml', 'xl/worksheets/sheet1.xml', 'xl/ünïcode name.xml']);
    expect(await back.file('[Content_Types].xml')!.async('string')).toBe('<Types changed="1"/>');
    expect(await back.file('xl/worksheets/sheet1.xml')!.async('string')).toBe('<worksheet>' + '<row/>'.repeat(2000) + '</worksheet>');
    expect(await back.file('xl/new.xml')!.async('string')).toBe('<new/>');
  });

  test('a compressed part nobody changed is copied into the new zip without being inflated', async () => {
    const original = await jszipPackage(false);
    const sheet = readZipDirectory(original).find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    const pkg = OpcPackage.fromZip(original);
    const copied = readZipDirectory(await pkg.toZip()).find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    expect(copied.method).toBe(8);
    expect(copied.body.equals(sheet.body)).toBe(true);
  });

  test('a truncated or foreign file gives a one-line error, not a RangeError', async () => {
    const whole = await jszipPackage(false);
    for (const cut of [whole.subarray(0, whole.length - 30), whole.subarray(0, 100), Buffer.from('not a zip at all')]) {
      expect(() => readZipDirectory(cut)).toThrow(/^(Damaged zip package|Not a zip package)/);
    }
  });
});
