import { mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import fc from 'fast-check';
import { countStreetText, FileCounts, STREET_HEADER, StreetLineReader, textLines } from '../../../src/core/police';
import { countStreetFile } from '../../../src/file/police/read-street-csv';

const dir = mkdtempSync(path.join(os.tmpdir(), 'police-same-'));
let n = 0;

/** Counts as plain data, with the skipped lines. */
const plain = (c: FileCounts) => ({ rows: c.rows, skipped: c.skipped, byMonthForce: [...c.byMonthForce].map(([k, v]) => [k, [...v]]) });

/** What the Node streaming counter gives for these bytes, read `chunkBytes` at a time: counts, or its error. */
async function viaNode(text: string, chunkBytes: number) {
  const file = path.join(dir, `f${n++}.csv`);
  writeFileSync(file, text);
  try {
    return { counts: plain(await countStreetFile(file, { chunkBytes })), error: null };
  } catch (e) {
    return { counts: null, error: (e as Error).message.replace(path.basename(file), 'F') };
  }
}

/** The same through the pure counter, on the whole text (as the task pane reads a File). */
function viaText(text: string) {
  try {
    return { counts: plain(countStreetText('F', text)), error: null };
  } catch (e) {
    return { counts: null, error: (e as Error).message };
  }
}

/** The same through the pure row reader, a line at a time, each row counted. */
function viaLines(text: string) {
  const counts = new FileCounts('F');
  const reader = new StreetLineReader('F', { onSkipped: (l) => counts.skipped.push(l) });
  try {
    for (const l of textLines(text)) for (const row of reader.line(l)) counts.add(row);
    for (const row of reader.end()) counts.add(row);
    return { counts: plain(counts), error: null };
  } catch (e) {
    return { counts: null, error: (e as Error).message };
  }
}

describe('the streaming counter is a thin wrapper over the pure one', () => {
  test('property: the same counts, skipped lines and errors for any mix of records, line ends, quotes and blank lines, however the file is cut into reads', async () => {
    const piece = fc.constantFrom(
      STREET_HEADER.join(','),
      '\uFEFF' + STREET_HEADER.join(','),
      'a,2019-01,F,F,,,L,,,Drugs,,',
      'b,2019-02,F,G,-0.1,51.5,"On or near, ""X""",E01,N,Burglary,,',
      'c,2019-03,F,F,,,"two',
      'lines",,,Robbery,,',
      'd,January,F,F,,,L,,,Drugs,,',
      'short,2019-01',
      '',
      '   ',
      'Crime ID,Month,Outcome type',
    );
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(piece, eol), { maxLength: 10 }), fc.boolean(), fc.integer({ min: 1, max: 80 }), async (parts, finalEol, chunkBytes) => {
        let text = parts.map(([p, e]) => p + e).join('');
        if (!finalEol && parts.length) text = text.slice(0, -parts[parts.length - 1][1].length);
        const pure = viaText(text);
        expect(await viaNode(text, chunkBytes)).toEqual(pure);
        // Fed by lines, a line break inside a quoted field is always LF; the whole text keeps CRLF.
        const lf = (r: { error: string | null }) => ({ ...r, error: r.error?.replace(/\r\n?/g, '\n') ?? null });
        expect(lf(viaLines(text))).toEqual(lf(pure));
      }),
      { numRuns: 150 },
    );
  });
});
