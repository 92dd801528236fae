import { nextPeriod, parsePeriod, periodContaining, periodsBetween } from '../../../src/core/timescale/period';
import { Period, financialYear, fyQuarter, monthPeriod, termPeriod } from '../../../src/core/timescale/kinds';

const P = (kind: Period['kind'], label: string, start: string, end: string): Period => ({ kind, label, start, end });

describe('parsePeriod', () => {
  test.each<[string, Period]>([
    ['2007/08', P('financialYear', '2007/08', '2007-04-01', '2008-03-31')],
    ['2007-08', P('financialYear', '2007/08', '2007-04-01', '2008-03-31')],
    ['2007/2008', P('financialYear', '2007/08', '2007-04-01', '2008-03-31')],
    ['2007-2008', P('financialYear', '2007/08', '2007-04-01', '2008-03-31')],
    ['2005 – 2006', P('financialYear', '2005/06', '2005-04-01', '2006-03-31')],
    ['2012 /2013', P('financialYear', '2012/13', '2012-04-01', '2013-03-31')],
    ['FY 2007/08', P('financialYear', '2007/08', '2007-04-01', '2008-03-31')],
    ['FY07/08', P('financialYear', '2007/08', '2007-04-01', '2008-03-31')],
    ['Financial year 2007-08', P('financialYear', '2007/08', '2007-04-01', '2008-03-31')],
    ['19/20', P('financialYear', '2019/20', '2019-04-01', '2020-03-31')],
    ['1999/00', P('financialYear', '1999/00', '1999-04-01', '2000-03-31')],
    ['1999/2000', P('financialYear', '1999/00', '1999-04-01', '2000-03-31')],
    ['2003/04 Benchmark', P('financialYear', '2003/04', '2003-04-01', '2004-03-31')],
    ['2007/08 (Target-16%)', P('financialYear', '2007/08', '2007-04-01', '2008-03-31')],
    ['Baseline 2003/04', P('financialYear', '2003/04', '2003-04-01', '2004-03-31')],
    ['YEAR 1 – 2005/06', P('financialYear', '2005/06', '2005-04-01', '2006-03-31')],
    ['Q1 2019/20', P('quarter', 'Q1 2019/20', '2019-04-01', '2019-06-30')],
    ['Q3 2019/20', P('quarter', 'Q3 2019/20', '2019-10-01', '2019-12-31')],
    ['Q4 2019/20', P('quarter', 'Q4 2019/20', '2020-01-01', '2020-03-31')],
    ['2019/20 Q3', P('quarter', 'Q3 2019/20', '2019-10-01', '2019-12-31')],
    ['Q3 19/20', P('quarter', 'Q3 2019/20', '2019-10-01', '2019-12-31')],
    ['Quarter 2 2005/06', P('quarter', 'Q2 2005/06', '2005-07-01', '2005-09-30')],
    ['Apr 2019', P('month', 'Apr 2019', '2019-04-01', '2019-04-30')],
    ['April 2019', P('month', 'Apr 2019', '2019-04-01', '2019-04-30')],
    ['2019-04', P('month', 'Apr 2019', '2019-04-01', '2019-04-30')],
    ['04/2019', P('month', 'Apr 2019', '2019-04-01', '2019-04-30')],
    ['Sept 2005', P('month', 'Sep 2005', '2005-09-01', '2005-09-30')],
    ['Dec 2005', P('month', 'Dec 2005', '2005-12-01', '2005-12-31')],
    ['Feb 2004', P('month', 'Feb 2004', '2004-02-01', '2004-02-29')],
    ['Summer term 2003', P('term', 'Summer term 2003', '2003-04-01', '2003-07-31')],
    ['Autumn term 2003', P('term', 'Autumn term 2003', '2003-09-01', '2003-12-31')],
    ['Spring term 2004', P('term', 'Spring term 2004', '2004-01-01', '2004-03-31')],
    ['2005', P('calendarYear', '2005', '2005-01-01', '2005-12-31')],
    ['31/03/2006', P('day', '31/03/2006', '2006-03-31', '2006-03-31')],
    ['1/4/2019', P('day', '01/04/2019', '2019-04-01', '2019-04-01')],
  ])('%j', (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });

  test.each([
    '2007/09', // years do not follow on
    '2007/2009',
    '07/08', // financial year or 7 August?
    '12/13',
    '2008-11', // November 2008 or 2008 to 2011?
    'Q1', // which financial year?
    'Q1 2019', // calendar or financial?
    'March',
    'July – October 2003', // a range is not one period
    '2005 – 2008',
    'September 2003, 2004, 2005',
    'Total Number of Crimes',
    '(Target-16%)',
    '',
    'Summer 2005',
    '31/02/2006',
  ])('%j is null', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});

describe('nextPeriod', () => {
  test('each kind steps to the one after', () => {
    expect(nextPeriod(financialYear(2007)).label).toBe('2008/09');
    expect(nextPeriod(financialYear(1999)).label).toBe('2000/01');
    expect(nextPeriod(fyQuarter(2019, 3)).label).toBe('Q4 2019/20');
    expect(nextPeriod(fyQuarter(2019, 4)).label).toBe('Q1 2020/21');
    expect(nextPeriod(monthPeriod(2005, 12)).label).toBe('Jan 2006');
    expect(nextPeriod(termPeriod(2003, 'Summer')).label).toBe('Autumn term 2003');
    expect(nextPeriod(termPeriod(2003, 'Autumn')).label).toBe('Spring term 2004');
    expect(nextPeriod(termPeriod(2004, 'Spring')).label).toBe('Summer term 2004');
    expect(nextPeriod(parsePeriod('2005')!).label).toBe('2006');
    expect(nextPeriod(parsePeriod('28/02/2004')!).label).toBe('29/02/2004');
    expect(nextPeriod(parsePeriod('31/12/2005')!).label).toBe('01/01/2006');
  });
});

describe('periodContaining', () => {
  test.each<[string, Period['kind'], string]>([
    ['2006-03-31', 'financialYear', '2005/06'],
    ['2006-04-01', 'financialYear', '2006/07'],
    ['2019-11-15', 'quarter', 'Q3 2019/20'],
    ['2020-02-29', 'quarter', 'Q4 2019/20'],
    ['2019-04-01', 'quarter', 'Q1 2019/20'],
    ['2005-09-17', 'month', 'Sep 2005'],
    ['2003-05-01', 'term', 'Summer term 2003'],
    ['2003-08-20', 'term', 'Summer term 2003'], // the summer holiday counts with the term just ended
    ['2003-10-01', 'term', 'Autumn term 2003'],
    ['2004-02-01', 'term', 'Spring term 2004'],
    ['2005-06-30', 'calendarYear', '2005'],
    ['2005-06-30', 'day', '30/06/2005'],
  ])('%s in a %s is %s', (date, kind, label) => {
    expect(periodContaining(date, kind).label).toBe(label);
  });

  test('rejects a date that is not ISO', () => {
    expect(() => periodContaining('31/03/2006', 'month')).toThrow(RangeError);
    expect(() => periodContaining('2006-02-30', 'month')).toThrow(RangeError);
  });
});

describe('periodsBetween', () => {
  test('financial years, inclusive', () => {
    expect(periodsBetween('2003/04 Benchmark', '2007/08 (Target-16%)')?.map((p) => p.label)).toEqual(['2003/04', '2004/05', '2005/06', '2006/07', '2007/08']);
  });
  test('a single period', () => {
    expect(periodsBetween('Apr 2019', 'April 2019')?.map((p) => p.label)).toEqual(['Apr 2019']);
  });
  test('quarters across a year end', () => {
    expect(periodsBetween('Q3 2019/20', 'Q2 2020/21')?.map((p) => p.label)).toEqual(['Q3 2019/20', 'Q4 2019/20', 'Q1 2020/21', 'Q2 2020/21']);
  });
  test('different kinds are listed in the finer kind', () => {
    expect(periodsBetween('2019/20', 'Q2 2020/21')?.map((p) => p.label)).toEqual(['Q1 2019/20', 'Q2 2019/20', 'Q3 2019/20', 'Q4 2019/20', 'Q1 2020/21', 'Q2 2020/21']);
    expect(periodsBetween('Jan 2006', '2005/06')?.map((p) => p.label)).toEqual(['Jan 2006', 'Feb 2006', 'Mar 2006']);
    expect(periodsBetween(financialYear(2005), '2006')?.map((p) => p.label)).toEqual(['Q1 2005/06', 'Q2 2005/06', 'Q3 2005/06', 'Q4 2005/06', 'Q1 2006/07', 'Q2 2006/07', 'Q3 2006/07']);
  });
  test('terms skip the summer holiday', () => {
    expect(periodsBetween('Summer term 2003', 'Spring term 2004')?.map((p) => p.label)).toEqual(['Summer term 2003', 'Autumn term 2003', 'Spring term 2004']);
  });
  test('null when backwards or unreadable', () => {
    expect(periodsBetween('2007/08', '2003/04')).toBeNull();
    expect(periodsBetween('2007/09', '2008/09')).toBeNull();
    expect(periodsBetween('2003/04', 'Total')).toBeNull();
  });
});
