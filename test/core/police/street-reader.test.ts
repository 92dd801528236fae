import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import fc from 'fast-check';
import { combineFileCounts, countStreetText, STREET_HEADER, StreetCrime, StreetFileError, StreetLineReader, textLines } from '../../../src/core/police';
import { countStreetFiles } from '../../../src/file/police/count-files';
import { POLICE_UK } from '../../support/shared';

const FILES = readdirSync(POLICE_UK)
  .filter((f) => /^2019-\d{2}-.*-street\.csv$/.test(f))
  .sort()
  .map((f) => path.join(POLICE_UK, f));

/** Counts as plain data, for comparing. */
const plain = (m: Map<string, Map<string, number>>) => [...m.entries()].map(([k, v]) => [k, Object.fromEntries(v)]);

/** Feeds lines to a reader and collects what it gives back, line by line. */
function feed(lines: string[], name = 'test.csv') {
  const skipped: [number, string][] = [];
  const reader = new StreetLineReader(name, { onSkipped: (line, reason) => skipped.push([line, reason]) });
  const out: StreetCrime[][] = lines.map((l) => reader.line(l));
  const last = reader.end();
  return { out, rows: [...out.flat(), ...last], last, skipped };
}

const HEADER = STREET_HEADER.join(',');

describe('StreetLineReader and countStreetText (pure, for the task pane)', () => {
  test('the twelve 2019 City of London files: the same counts as the Node streaming reader, file by file and together', async () => {
    expect(FILES).toHaveLength(12);
    const node = await countStreetFiles(FILES);
    const texts = FILES.map((f) => countStreetText(path.basename(f), readFileSync(f, 'utf8')));
    const pure = combineFileCounts(texts);
    expect(plain(pure.counts)).toEqual(plain(node.counts));
    expect(pure.forces).toEqual(node.forces);
    expect([...pure.files]).toEqual([...node.files]);
    expect(pure.findings).toEqual(node.findings);
    // Every line after the header is one record in these files (no quoted line breaks).
    for (const [i, f] of FILES.entries()) {
      const lines = readFileSync(f, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '');
      expect(texts[i].rows).toBe(lines.length - 1);
      expect(texts[i].skipped).toEqual([]);
    }
    expect(pure.counts.get('2019-01')!.get('Criminal damage and arson')).toBe(18);
  });

  test('a record is given back on the line that completes it; quoted commas, quotes and line breaks', () => {
    const { out, rows } = feed([
      '\uFEFF' + HEADER,
      'abc,2019-03,F,F,-0.1,51.5,"On or near Smith, Jones ""Yard""",E01,City 001A,Burglary,Under investigation,',
      ',2019-03,F,F,,,"On or near',
      'Two Lines",,,Anti-social behaviour,,',
      '',
      'def,2019-04,F,F,-0.1,51.5,On or near X,E01,City 001A,Drugs,,',
    ]);
    expect(out.map((rs) => rs.map((r) => r.crimeType))).toEqual([[], ['Burglary'], [], ['Anti-social behaviour'], [], ['Drugs']]);
    expect(rows.map((r) => r.location)).toEqual(['On or near Smith, Jones "Yard"', 'On or near\nTwo Lines', 'On or near X']);
    expect(rows[0]).toMatchObject({ crimeId: 'abc', month: '2019-03', longitude: -0.1, latitude: 51.5, lsoaCode: 'E01', lastOutcome: 'Under investigation' });
  });

  test('CRLF, a lone CR and a missing final line break split as Node readline does', () => {
    expect(textLines('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
    expect(textLines('a\r\n')).toEqual(['a']);
    expect(textLines('a\n\nb\n')).toEqual(['a', '', 'b']);
    expect(textLines('')).toEqual([]);
    const text = [HEADER, 'a,2019-01,F,F,,,L,,,Drugs,,', 'b,2019-02,F,F,,,"L\r\nM",,,Drugs,,'].join('\r\n') + '\r\n';
    const counts = countStreetText('x.csv', text);
    expect(counts.rows).toBe(2);
    expect([...counts.byMonthForce.keys()]).toEqual(['2019-01|F', '2019-02|F']);
  });

  test('another header is refused, naming the file and what it found', () => {
    const text = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type\nx,2019-01,a,b,,,c,,,d\n';
    let err: unknown;
    try {
      countStreetText('2019-01-outcomes.csv', text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StreetFileError);
    expect((err as StreetFileError).file).toBe('2019-01-outcomes.csv');
    expect((err as StreetFileError).header).toEqual(['Crime ID', 'Month', 'Reported by', 'Falls within', 'Longitude', 'Latitude', 'Location', 'LSOA code', 'LSOA name', 'Outcome type']);
    expect((err as Error).message).toMatch(/^2019-01-outcomes\.csv is not a data\.police\.uk street-level crime file: its header is "Crime ID,.*,Outcome type" but should be "Crime ID,.*,Context"\.$/);
  });

  test('an empty file, or only blank lines, is refused at the end', () => {
    expect(() => countStreetText('empty.csv', '')).toThrow(new StreetFileError('empty.csv', 'empty.csv is empty: expected the data.police.uk street-level header.'));
    expect(() => countStreetText('empty.csv', '')).toThrow(expect.objectContaining({ file: 'empty.csv', header: null }));
    expect(() => countStreetText('blank.csv', '\n\r\n  \n')).toThrow('blank.csv is empty');
    // A header alone is a file with no records, not an error.
    expect(countStreetText('h.csv', HEADER + '\n').rows).toBe(0);
  });

  test('records that are not street-level are skipped and reported by their first line; so is a quote never closed, and only its record', () => {
    const { rows, last, skipped } = feed([HEADER, 'a,January,F,F,,,L,,,Drugs,,', 'b,2019-01,F,F,,,L,,,Drugs,,', 'short,2019-01', 'c,2019-02,F,F,,,"open,,,Drugs,,', 'd,2019-02,F,F,,,L,,,Drugs,,']);
    expect(rows.map((r) => r.crimeId)).toEqual(['b', 'd']);
    // d is held until the end shows the quote on line 5 never closes.
    expect(last.map((r) => r.crimeId)).toEqual(['d']);
    expect(skipped).toEqual([
      [2, 'not a street-level record (month must be YYYY-MM)'],
      [4, 'not a street-level record (month must be YYYY-MM)'],
      [5, 'a quoted field is never closed'],
    ]);
    const counts = countStreetText('x.csv', [HEADER, 'a,January,F,F,,,L,,,Drugs,,', 'b,2019-01,F,F,,,L,,,Drugs,,'].join('\n'));
    expect(counts.skipped).toEqual([2]);
    expect(combineFileCounts([counts]).findings.map((f) => [f.code, f.sheet, f.message])).toEqual([
      ['police-rows-skipped', 'x.csv', '1 record(s) were not street-level rows and were skipped (first at line 2).'],
    ]);
  });

  test('a quote inside an unquoted field is text: the rest of the file is kept, through both readers', async () => {
    const body = Array.from({ length: 200 }, (_, i) => `id${i},2019-0${1 + (i % 9)},F,F,,,On or near ${i === 3 ? '5" Street' : 'Mill Lane'},,,Drugs,,`);
    const text = [HEADER, ...body].join('\n') + '\n';
    const counts = countStreetText('stray.csv', text);
    expect(counts.rows).toBe(200);
    expect(counts.skipped).toEqual([]);
    const { rows, last } = feed([HEADER, ...body]);
    expect(rows).toHaveLength(200);
    expect(last).toEqual([]);
    expect(rows[3].location).toBe('On or near 5" Street');
    // A stray quote at the start of a field opens a quoted field that never closes: that record alone is lost.
    const opened = countStreetText('opened.csv', [HEADER, ...body.map((l, i) => (i === 7 ? l.replace('On or near', '"On or near') : l))].join('\n'));
    expect(opened.rows).toBe(199);
    expect(opened.skipped).toEqual([9]);
  });

  test('property: any records written the RFC 4180 way are read back field for field', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r\n', 'é', '1') as fc.Arbitrary<string>, maxLength: 12 });
    const month = fc.tuple(fc.integer({ min: 2010, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
    const record = fc.record({ crimeId: text, month, fallsWithin: text, location: text, crimeType: text, context: text });
    const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    fc.assert(
      fc.property(fc.array(record, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (records, eol) => {
        const lines = records.map((r) => [r.crimeId, r.month, 'R', r.fallsWithin, '', '', r.location, '', '', r.crimeType, '', r.context].map(quote).join(','));
        const counts = countStreetText('p.csv', [HEADER, ...lines].join(eol) + eol);
        expect(counts.rows).toBe(records.length);
        expect(counts.skipped).toEqual([]);
        const rows: StreetCrime[] = [];
        const reader = new StreetLineReader('p.csv');
        for (const l of textLines([HEADER, ...lines].join(eol))) rows.push(...reader.line(l));
        rows.push(...reader.end());
        // A line break inside a field reaches the reader as a line ending; it is joined back with \n.
        const norm = (s: string) => s.replace(/\r\n/g, '\n').trim();
        expect(rows.map((r) => [r.crimeId, r.month, r.fallsWithin, r.location, r.crimeType, r.context])).toEqual(
          records.map((r) => [norm(r.crimeId), r.month, norm(r.fallsWithin), norm(r.location), norm(r.crimeType), norm(r.context)]),
        );
      }),
      { numRuns: 200 },
    );
  });
});
