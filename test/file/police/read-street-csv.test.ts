import { POLICE_UK } from '../../support/shared';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { UnusableInputError } from '../../../src/cli/io';
import { aggregateMonths, monthTotals, STREET_HEADER } from '../../../src/core/police';
import { countStreetFiles } from '../../../src/file/police/count-files';
import { countStreetFile } from '../../../src/file/police/read-street-csv';

const DATA = POLICE_UK;
const FILES = readdirSync(DATA)
  .filter((f) => /^2019-\d{2}-.*-street\.csv$/.test(f))
  .sort()
  .map((f) => path.join(DATA, f));

/**
 * An independent count: the whole file read at once, records split on line ends outside quotes,
 * fields taken by a regular expression (not the reader's character loop).
 */
function independentCount(file: string): Map<string, number> {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const records = text.split(/\r?\n(?=(?:[^"]*"[^"]*")*[^"]*$)/).filter((l) => l.trim() !== '');
  const out = new Map<string, number>();
  for (const rec of records.slice(1)) {
    const fields = [...`,${rec}`.matchAll(/,("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"'));
    const key = `${fields[1]}|${fields[9]}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** A file's counts as plain data: "month|force" -> crime type -> n. */
async function countsOf(file: string, chunkBytes?: number) {
  const counts = await countStreetFile(file, { chunkBytes });
  return { rows: counts.rows, skipped: counts.skipped, byMonthForce: Object.fromEntries([...counts.byMonthForce].map(([k, v]) => [k, Object.fromEntries(v)])) };
}

function tmpFile(name: string, text: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'police-'));
  const f = path.join(dir, name);
  writeFileSync(f, text);
  return f;
}

describe('data.police.uk street-level files', () => {
  test('the twelve 2019 City of London files: counts by crime type and month equal an independent count', async () => {
    expect(FILES).toHaveLength(12);
    const combined = await countStreetFiles(FILES);
    expect(combined.findings).toEqual([]);
    const expected = new Map<string, number>();
    for (const f of FILES) for (const [k, n] of independentCount(f)) expected.set(k, (expected.get(k) ?? 0) + n);
    const got = new Map<string, number>();
    for (const [month, byType] of combined.counts) for (const [type, n] of byType) got.set(`${month}|${type}`, n);
    expect(got).toEqual(expected);
    expect([...combined.counts.keys()]).toEqual(Array.from({ length: 12 }, (_, i) => `2019-${String(i + 1).padStart(2, '0')}`));
    // Known figure from the file itself (January 2019: 18 criminal damage and arson records).
    expect(combined.counts.get('2019-01')!.get('Criminal damage and arson')).toBe(18);

    // Yearly totals equal the sum of the months, for every crime type.
    const types = new Set([...expected.keys()].map((k) => k.split('|')[1]));
    for (const type of types) {
      const monthly = monthTotals(combined.counts, [type]);
      const sum = [...monthly.values()].reduce((a, b) => a + b, 0);
      const years = aggregateMonths(monthly, 'financialYear');
      expect(years.map((y) => y.period.label)).toEqual(['2018/19', '2019/20']);
      expect(years.reduce((a, y) => a + y.total, 0)).toBe(sum);
      const calendar = aggregateMonths(monthly, 'calendarYear');
      expect(calendar).toHaveLength(1);
      expect(calendar[0]).toMatchObject({ total: sum, complete: true });
    }
  });

  test('quoted fields with commas, quotes and a line break; CRLF; a BOM', async () => {
    const lines = [
      '\uFEFF' + STREET_HEADER.join(','),
      'abc,2019-03,Force,Force,-0.1,51.5,"On or near Smith, Jones ""Yard""",E01,City 001A,Burglary,Under investigation,',
      ',2019-03,Force,Force,,,"On or near\nTwo Lines",,,Anti-social behaviour,,',
      'def,2019-04,Force,Force,-0.1,51.5,On or near X,E01,City 001A,Drugs,,',
    ];
    const f = tmpFile('2019-03-test-street.csv', lines.join('\r\n') + '\r\n');
    const expected = { rows: 3, skipped: [], byMonthForce: { '2019-03|Force': { Burglary: 1, 'Anti-social behaviour': 1 }, '2019-04|Force': { Drugs: 1 } } };
    expect(await countsOf(f)).toEqual(expected);
    // Read a few bytes at a time, so records, quoted fields and CRLFs are cut across reads.
    for (const chunkBytes of [1, 2, 3, 7, 64]) expect(await countsOf(f, chunkBytes)).toEqual(expected);
  });

  test('a file with another header is refused, naming the file and what it found', async () => {
    const f = tmpFile('2019-01-outcomes.csv', 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type\nx,2019-01,a,b,,,c,,,d\n');
    await expect(countStreetFile(f)).rejects.toThrow(UnusableInputError);
    await expect(countStreetFile(f)).rejects.toThrow(
      /^2019-01-outcomes\.csv is not a data\.police\.uk street-level crime file: its header is "Crime ID,.*,Outcome type" but should be "Crime ID,.*,Context"\.$/,
    );
  });

  test('a missing file and an empty file are clear errors', async () => {
    await expect(countStreetFile('/no/such/2019-01-street.csv')).rejects.toThrow('/no/such/2019-01-street.csv: no such file.');
    await expect(countStreetFile(tmpFile('empty.csv', ''))).rejects.toThrow('empty.csv is empty');
  });

  test('a record that is not street-level is skipped and reported', async () => {
    const f = tmpFile('x.csv', [STREET_HEADER.join(','), 'a,January,F,F,,,L,,,Drugs,,', 'b,2019-01,F,F,,,L,,,Drugs,,'].join('\n'));
    const combined = await countStreetFiles([f]);
    expect(combined.counts.get('2019-01')!.get('Drugs')).toBe(1);
    expect(combined.findings.map((f) => [f.code, f.message])).toEqual([['police-rows-skipped', '1 record(s) were not street-level rows and were skipped (first at line 2).']]);
  });
});
