import { mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import fc from 'fast-check';
import { utf8Chunks } from '../../src/file/utf8-chunks';

const dir = mkdtempSync(path.join(os.tmpdir(), 'utf8-chunks-'));
let n = 0;

async function chunksOf(bytes: Uint8Array, chunkBytes: number): Promise<string[]> {
  const file = path.join(dir, `f${n++}`);
  writeFileSync(file, bytes);
  const out: string[] = [];
  for await (const c of utf8Chunks(file, chunkBytes)) out.push(c);
  return out;
}

describe('a file read as UTF-8 text a chunk at a time', () => {
  test('property: the chunks join to the whole file decoded at once, for any bytes (invalid UTF-8 too) and any read size', async () => {
    // Pieces of text (ASCII, two-, three- and four-byte characters, a BOM) and stray bytes that are not UTF-8.
    const piece = fc.oneof(
      fc.constantFrom('a', ',', '\n', '\r\n', 'é', '€', '😀', '\uFEFF', 'Crime type').map((s) => [...Buffer.from(s, 'utf8')]),
      fc.constantFrom([0x80], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xff]),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 1, max: 12 }), async (pieces, chunkBytes) => {
        const bytes = Uint8Array.from(pieces.flat());
        const chunks = await chunksOf(bytes, chunkBytes);
        expect(chunks.join('')).toBe(Buffer.from(bytes).toString('utf8'));
      }),
      { numRuns: 300 },
    );
  });

  test('a character is never cut between chunks, and an empty file gives nothing', async () => {
    const chunks = await chunksOf(Buffer.from('ab€cd😀e', 'utf8'), 1);
    expect(chunks.join('')).toBe('ab€cd😀e');
    for (const c of chunks) expect(c).not.toContain('\uFFFD');
    expect(await chunksOf(new Uint8Array(0), 4)).toEqual([]);
  });
});
