import { mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import fc from 'fast-check';
import { StreetCrime, STREET_HEADER, StreetLineReader, textLines } from '../../../src/core/police';
import { readStreetCsv } from '../../../src/file/police/read-street-csv';

const dir = mkdtempSync(path.join(os.tmpdir(), 'police-same-'));
let n = 0;

/** What the Node streaming reader gives for these bytes: rows, skipped lines, or its error. */
async function viaNode(text: string) {
  const file = path.join(dir, `f${n++}.csv`);
  writeFileSync(file, text);
  const rows: StreetCrime[] = [];
  const skipped: number[] = [];
  try {
    for await (const r of readStreetCsv(file, { onSkipped: (l) => skipped.push(l) })) rows.push(r);
    return { rows, skipped, error: null };
  } catch (e) {
    return { rows, skipped, error: (e as Error).message.replace(path.basename(file), 'F') };
  }
}

/** The same through the pure reader, on the whole text. */
function viaText(text: string) {
  const rows: StreetCrime[] = [];
  const skipped: number[] = [];
  const reader = new StreetLineReader('F', { onSkipped: (l) => skipped.push(l) });
  try {
    for (const l of textLines(text)) rows.push(...reader.line(l));
    rows.push(...reader.end());
    return { rows, skipped, error: null };
  } catch (e) {
    return { rows, skipped, error: (e as Error).message };
  }
}

describe('the streaming reader is a thin wrapper over the pure one', () => {
  test('property: the same rows, skipped lines and errors for any mix of records, line ends, quotes and blank lines', async () => {
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
      fc.asyncProperty(fc.array(fc.tuple(piece, eol), { maxLength: 10 }), fc.boolean(), async (parts, finalEol) => {
        let text = parts.map(([p, e]) => p + e).join('');
        if (!finalEol && parts.length) text = text.slice(0, -parts[parts.length - 1][1].length);
        const node = await viaNode(text);
        const pure = viaText(text);
        expect(pure).toEqual(node);
      }),
      { numRuns: 150 },
    );
  });
});
