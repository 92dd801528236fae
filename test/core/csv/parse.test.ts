import fc from 'fast-check';
import { CsvParser, CsvRecord, csvQuote, csvText, parseCsv, parseCsvRecords } from '../../../src/core/csv';

/** A text fed in the given chunks, as a stream would. */
function streamed(chunks: string[], options = {}): CsvRecord[] {
  const p = new CsvParser(options);
  return [...chunks.flatMap((c) => p.push(c)), ...p.end()];
}

/** A text cut at the given points. */
function cut(text: string, points: number[]): string[] {
  const at = [...new Set(points.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of at) {
    out.push(text.slice(from, p));
    from = p;
  }
  out.push(text.slice(from));
  return out;
}

const anyText = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', '\r\n', 'é', '1'), maxLength: 10 });
/** Text that the writer leaves unquoted. */
const plainText = fc.string({ unit: fc.constantFrom('a', 'Z', 'é', '1', '-'), minLength: 1, maxLength: 8 });
const eol = fc.constantFrom('\n', '\r\n', '\r');

describe('the RFC 4180 reader', () => {
  test('quoted commas, doubled quotes, line breaks in a field, empty fields, a BOM, no final line end', () => {
    expect(parseCsv('\uFEFF,2019-01,"On or near Smith, Jones & Co ""Yard""",,x\r\n"two\r\nlines",b')).toEqual([
      ['', '2019-01', 'On or near Smith, Jones & Co "Yard"', '', 'x'],
      ['two\r\nlines', 'b'],
    ]);
    expect(parseCsv('a\rb\r')).toEqual([['a'], ['b']]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\r\n')).toEqual([['']]);
    expect(parseCsv('a,\r\n')).toEqual([['a', '']]);
    expect(parseCsv('"ab"c,d')).toEqual([['abc', 'd']]);
  });

  test('a quote inside an unquoted field is text, and the rest of the file is kept', () => {
    const text = 'id,location\n1,On or near 5" Street\n2,"Smith, ""Yard"""\n3,O"Brien\'s "Lane"\n4,x\n';
    expect(parseCsvRecords(text)).toEqual([
      { line: 1, fields: ['id', 'location'] },
      { line: 2, fields: ['1', 'On or near 5" Street'] },
      { line: 3, fields: ['2', 'Smith, "Yard"'] },
      { line: 4, fields: ['3', 'O"Brien\'s "Lane"'] },
      { line: 5, fields: ['4', 'x'] },
    ]);
  });

  test('a quoted field that never closes costs its own record alone, reported by its line', () => {
    const text = 'a,b\nc,"open\nd,e\n\nf,"g, h"\n';
    expect(parseCsvRecords(text)).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: null },
      { line: 3, fields: ['d', 'e'] },
      { line: 4, fields: [''] },
      { line: 5, fields: ['f', 'g, h'] },
    ]);
    // With a limit, the open record is given up as soon as it outgrows it, not at the end.
    const p = new CsvParser({ maxQuotedChars: 12 });
    const seen = ['a,b\n', 'c,"open\n', 'd,e\n', 'f,g\n', 'h,i\n'].map((l) => p.push(l));
    expect(seen).toEqual([
      [{ line: 1, fields: ['a', 'b'] }],
      [],
      [],
      [
        { line: 2, fields: null },
        { line: 3, fields: ['d', 'e'] },
        { line: 4, fields: ['f', 'g'] },
      ],
      [{ line: 5, fields: ['h', 'i'] }],
    ]);
    expect(p.end()).toEqual([]);
  });

  test('the writer quotes only what must be quoted', () => {
    expect(['a', 'a b', ' a', 'a,b', 'say "hi"', 'x\ny', ''].map(csvQuote)).toEqual(['a', 'a b', '" a"', '"a,b"', '"say ""hi"""', '"x\ny"', '']);
    expect(csvText([['a', 'b,c'], ['']])).toBe('a,"b,c"\r\n\r\n');
  });

  test('property: records written by the writer read back exactly, with their lines, however the text is cut into chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyText, { minLength: 1, maxLength: 5 }), { maxLength: 8 }), eol, fc.array(fc.nat(), { maxLength: 6 }), (records, end, points) => {
        const text = csvText(records, end);
        const expected: CsvRecord[] = [];
        let line = 1;
        for (const r of records) {
          expected.push({ line, fields: r });
          line += 1 + (csvText([r], '').match(/\r\n|\r|\n/g) ?? []).length;
        }
        expect(parseCsvRecords(text)).toEqual(expected);
        expect(streamed(cut(text, points))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  test('property: stray quotes inside unquoted fields are read as text, and every record is kept', () => {
    // Records of any text, some of whose unquoted fields get a quote somewhere after their first character.
    const record = fc.array(fc.tuple(fc.oneof(anyText, plainText), fc.option(fc.nat(), { nil: undefined })), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 8 }), eol, fc.array(fc.nat(), { maxLength: 4 }), (records, end, points) => {
        const expected: string[][] = [];
        const lines: string[] = [];
        for (const r of records) {
          const fields: string[] = [];
          const written: string[] = [];
          for (const [value, stray] of r) {
            const w = csvQuote(value);
            if (stray !== undefined && w === value && value.length > 0) {
              const at = 1 + (stray % value.length);
              const damaged = `${value.slice(0, at)}"${value.slice(at)}`;
              fields.push(damaged);
              written.push(damaged);
            } else {
              fields.push(value);
              written.push(w);
            }
          }
          expected.push(fields);
          lines.push(written.join(',') + end);
        }
        const text = lines.join('');
        expect(parseCsv(text)).toEqual(expected);
        expect(streamed(cut(text, points)).map((r) => r.fields)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  test('property: one stray quote anywhere in a file loses at most its own record', () => {
    fc.assert(
      fc.property(fc.array(fc.array(plainText, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), eol, (records, which, where, end) => {
        const i = which % records.length;
        const line = records[i].join(',');
        const at = where % (line.length + 1);
        const lines = records.map((r, k) => (k === i ? `${line.slice(0, at)}"${line.slice(at)}` : r.join(',')) + end);
        const got = parseCsvRecords(lines.join(''));
        // Every record but the damaged one, on its own line, unchanged.
        expect(got.filter((r) => r.line !== i + 1)).toEqual(records.flatMap((r, k) => (k === i ? [] : [{ line: k + 1, fields: r }])));
        // The damaged one is read (the quote as text) or reported as unclosed, never merged with others.
        const damaged = got.filter((r) => r.line === i + 1);
        expect(damaged).toHaveLength(1);
        if (damaged[0].fields) expect(damaged[0].fields.join(',').replace('"', '')).toBe(line);
      }),
      { numRuns: 300 },
    );
  });
  test('property: a whole line read in one step gives what the character loop gives, for any text and any cuts', () => {
    // Fed one character at a time, no chunk ever holds a whole line, so every record goes through
    // the character loop: the reference for the whole-line path taken on larger chunks.
    const unit = fc.constantFrom('a', ' ', ',', '"', '""', '\n', '\r', '\r\n', '\uFEFF', 'é', '😀');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), fc.array(fc.nat(), { maxLength: 5 }), (text, points) => {
        const byCharacter = streamed([...text].flatMap((ch) => (ch.length === 2 ? [ch] : ch.split(''))));
        expect(parseCsvRecords(text)).toEqual(byCharacter);
        expect(streamed(cut(text, points))).toEqual(byCharacter);
      }),
      { numRuns: 1000 },
    );
  });
  test('property: keepOnly gives every record with only the kept fields read, the rest empty, however the text is cut', () => {
    const unit = fc.constantFrom('a', 'bc', ',', ',', '"', '""', '\n', '\r\n', 'é');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), fc.uniqueArray(fc.nat(5), { maxLength: 4 }), fc.array(fc.nat(), { maxLength: 5 }), (text, kept, points) => {
        const p = new CsvParser();
        p.keepOnly(kept);
        const got = [...cut(text, points).flatMap((c) => p.push(c)), ...p.end()];
        const blanked = parseCsvRecords(text).map((r) => ({ ...r, fields: r.fields && r.fields.map((f, k) => (kept.includes(k) ? f : '')) }));
        expect(got).toEqual(blanked);
      }),
      { numRuns: 500 },
    );
  });
});
