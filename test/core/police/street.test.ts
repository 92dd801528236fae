import { checkStreetHeader, STREET_HEADER, streetCrimeOf } from '../../../src/core/police';

describe('street-level records', () => {
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
