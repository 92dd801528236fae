import fc from 'fast-check';
import { checkStreetHeader, parseCsvRecord, quoteOpen, STREET_HEADER, streetCrimeOf } from '../../../src/core/police';

/** RFC 4180 writer, written independently of the reader. */
const quote = (f: string) => (/[",\n\r]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);

describe('CSV records', () => {
  test('quoted commas, doubled quotes, empty fields', () => {
    expect(parseCsvRecord(',2019-01,"On or near Smith, Jones & Co ""Yard""",,x')).toEqual(['', '2019-01', 'On or near Smith, Jones & Co "Yard"', '', 'x']);
  });

  test('a record is open while a quoted field is', () => {
    expect(quoteOpen('a,"b, c')).toBe(true);
    expect(quoteOpen('a,"b, c\nd"')).toBe(false);
    expect(quoteOpen('a,"b ""x"" c"')).toBe(false);
  });

  test('any fields written by RFC 4180 read back the same', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', ',', '"', ' ', '\n', 'é') }), { minLength: 1, maxLength: 8 }), (fields) => {
        const line = fields.map(quote).join(',');
        expect(quoteOpen(line)).toBe(false);
        expect(parseCsvRecord(line)).toEqual(fields);
      }),
    );
  });

  test('the published header is accepted, anything else named', () => {
    expect(checkStreetHeader([...STREET_HEADER])).toBeNull();
    expect(checkStreetHeader(['\uFEFFCrime ID', ...STREET_HEADER.slice(1)])).toBeNull();
    expect(checkStreetHeader(['Crime ID', 'Month', 'Outcome type'])).toContain('"Crime ID,Month,Outcome type"');
  });

  test('a row becomes a street crime; anti-social behaviour has no id, No Location no coordinates', () => {
    const r = streetCrimeOf(['', '2019-01', 'City of London Police', 'City of London Police', '', '', 'No Location', '', '', 'Anti-social behaviour', '', '']);
    expect(r).toMatchObject({ crimeId: '', month: '2019-01', longitude: null, latitude: null, crimeType: 'Anti-social behaviour' });
    expect(streetCrimeOf(['x', 'Jan 2019', '', '', '', '', '', '', '', 'Drugs', '', ''])).toBeNull();
  });
});
