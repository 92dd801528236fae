import { parseTimescale, TimescaleResult } from '../../../src/core/timescale/timescale';
import { calendarYearPeriod, financialYear, fyQuarter } from '../../../src/core/timescale/kinds';

type Expect = Partial<TimescaleResult>;

/** Shorthand: a single dated period ending on `due`. */
const due = (d: string, extra: Expect = {}): Expect => ({ kind: 'dated', start: null, due: d, dates: [d], ...extra });
const unparsed = (): Expect => ({ kind: 'unparsed', start: null, due: null, dates: [] });

function check(input: Parameters<typeof parseTimescale>[0], expected: Expect, context?: Parameters<typeof parseTimescale>[1]) {
  const r = parseTimescale(input, context);
  expect(r).toMatchObject(expected);
  if (expected.kind === 'unparsed') expect(typeof r.reason).toBe('string');
  if (expected.kind !== 'unparsed') expect(r.reason).toBeUndefined();
  if (expected.recurrence === undefined && expected.kind !== 'recurring') expect(r.recurrence).toBeUndefined();
}

describe('parseTimescale: every timescale in seed 001 (South Derbyshire TIMESCALE column)', () => {
  const rows: Array<[string, Expect]> = [
    ['August 2005', due('2005-08-31')],
    ['April 2006', due('2006-04-30')],
    ['September 2005', due('2005-09-30')],
    ['March 2006', due('2006-03-31')],
    ['June 2005', due('2005-06-30')],
    ['September 2005 April 2005', { kind: 'dated', due: '2005-09-30', dates: ['2005-09-30', '2005-04-30'] }],
    ['November 2005', due('2005-11-30')],
    ['July 2005 March 2006', { kind: 'dated', start: null, due: '2006-03-31', dates: ['2005-07-31', '2006-03-31'] }],
    ['December 2005', due('2005-12-31')],
    ['July 2005 September 2005', { kind: 'dated', due: '2005-09-30', dates: ['2005-07-31', '2005-09-30'] }],
    ['October 2005', due('2005-10-31')],
    ['May 2005', due('2005-05-31')],
    ['December 2005 March 2006', { kind: 'dated', due: '2006-03-31', dates: ['2005-12-31', '2006-03-31'] }],
    ['February 2006', due('2006-02-28')],
    ['March 2006 March 2006 July 2005 November 2005', { kind: 'dated', start: null, due: '2006-03-31', dates: ['2006-03-31', '2006-03-31', '2005-07-31', '2005-11-30'] }],
    ['March 2006\nMarch 2006\nJuly 2005\nNovember 2005', { kind: 'dated', due: '2006-03-31', dates: ['2006-03-31', '2006-03-31', '2005-07-31', '2005-11-30'] }],
    ['March 2006 March 2006', { kind: 'dated', due: '2006-03-31', dates: ['2006-03-31', '2006-03-31'] }],
    ['June 2005 November 2005', { kind: 'dated', due: '2005-11-30', dates: ['2005-06-30', '2005-11-30'] }],
    ['May 2005 September 2005', { kind: 'dated', due: '2005-09-30', dates: ['2005-05-31', '2005-09-30'] }],
    ['Sept 2005 October 2005', { kind: 'dated', due: '2005-10-31', dates: ['2005-09-30', '2005-10-31'] }],
    ['Dec 2005', due('2005-12-31')],
    ['Sept 2005', due('2005-09-30')],
    ['October 2005 March 2006', { kind: 'dated', due: '2006-03-31', dates: ['2005-10-31', '2006-03-31'] }],
    ['April 2005', due('2005-04-30')],
    ['Review annually, next review 2006', due('2006-12-31', { recurrence: 'annually' })],
    // target-table period headers and plan titles
    ['2003/04 Benchmark', due('2004-03-31')],
    ['2004/05', due('2005-03-31')],
    ['2005/06', due('2006-03-31')],
    ['2006/07', due('2007-03-31')],
    ['2007/08 (Target-16%)', due('2008-03-31')],
    ['2007/08 (Target-5%)', due('2008-03-31')],
    ['2004/05 Benchmark', due('2005-03-31')],
    ['by 2007/08', due('2008-03-31')],
    ['by 2008', due('2008-12-31')],
    ['YEAR 1 – 2005/06', due('2006-03-31')],
    ['Year 1 Action Plan 2005 – 2006', due('2006-03-31')],
    ['2005 – 2008', { kind: 'dated', start: '2005-04-01', due: '2008-03-31', dates: ['2008-03-31'] }],
    ['over 3 years from May 2005', unparsed()],
  ];
  test.each(rows)('%j', (input, expected) => check(input, expected));
});

describe('parseTimescale: every timescale in seed 003 (Derby Timescale column)', () => {
  const rows: Array<[string, Expect]> = [
    ['September 2003, 2004, 2005', { kind: 'dated', start: null, due: '2005-09-30', dates: ['2003-09-30', '2004-09-30', '2005-09-30'] }],
    ['July – October 2003', { kind: 'dated', start: '2003-07-01', due: '2003-10-31', dates: ['2003-10-31'] }],
    ['July - October 2003', { kind: 'dated', start: '2003-07-01', due: '2003-10-31' }],
    ['July to October 2003', { kind: 'dated', start: '2003-07-01', due: '2003-10-31' }],
    ['December 2003', due('2003-12-31')],
    ['September 2003', due('2003-09-30')],
    ['March 2004', due('2004-03-31')],
    ['April 2004', due('2004-04-30')],
    ['June – Oct 2003', { kind: 'dated', start: '2003-06-01', due: '2003-10-31', dates: ['2003-10-31'] }],
    ['December 2004', due('2004-12-31')],
    ['October 2003', due('2003-10-31')],
    ['June 2003 – March 2004', { kind: 'dated', start: '2003-06-01', due: '2004-03-31', dates: ['2004-03-31'] }],
    ['March 2003', due('2003-03-31')],
    ['Current and ongoing through tenure of strategy', { kind: 'ongoing', start: null, due: null, dates: [] }],
    ['Summer term 2003', due('2003-07-31')],
  ];
  test.each(rows)('%j', (input, expected) => check(input, expected));
});

describe('parseTimescale: dates and periods in seeds 000, 002 and 004', () => {
  const rows: Array<[string, Expect]> = [
    // 000 Basingstoke partnership plan
    ['PARTNERSHIP PLAN – 2009/10', due('2010-03-31')],
    ['(2007/2008)', due('2008-03-31')],
    ['2008/2009', due('2009-03-31')],
    ['February 2009', due('2009-02-28')],
    ['National Community Safety Plan 2008-11', unparsed()], // November 2008, or 2008 to 2011?
    ['Alcohol Strategy 07-09', unparsed()],
    // 002 scrutiny report and partner proformas
    ['Monday, 21st September, 2020', due('2020-09-21')],
    ['16 December 2019', due('2019-12-16')],
    ['11 October 2018', due('2018-10-11')],
    ['2020/21', due('2021-03-31')],
    ['2019-20', due('2020-03-31')],
    ['2018-19', due('2019-03-31')],
    ['2017/18', due('2018-03-31')],
    ['19/20', due('2020-03-31')],
    ['18/19', due('2019-03-31')],
    ['September 2020', due('2020-09-30')],
    ['Council Plan 2020 - 24', { kind: 'dated', start: '2020-04-01', due: '2024-03-31', dates: ['2024-03-31'] }],
    ['Corporate Plan 2017 - 22', { kind: 'dated', start: '2017-04-01', due: '2022-03-31' }],
    ['Business Plan 2020 - 23', { kind: 'dated', start: '2020-04-01', due: '2023-03-31' }],
    ['Police and Crime Plan 2016-21', { kind: 'dated', start: '2016-04-01', due: '2021-03-31' }],
    ['March 2015', due('2015-03-31')],
    ['21.09.2020', due('2020-09-21')],
    ['June 2020', due('2020-06-30')],
    ['Jan 2020', due('2020-01-31')],
    ['January 2020', due('2020-01-31')],
    ['April 2019', due('2019-04-30')],
    ['June to August 2019', { kind: 'dated', start: '2019-06-01', due: '2019-08-31', dates: ['2019-08-31'] }],
    ['05/06/20', due('2020-06-05')],
    ['23/05/20', due('2020-05-23')],
    ['11.06.20', due('2020-06-11')],
    ['18 June 2020', due('2020-06-18')],
    ['20th June 2020', due('2020-06-20')],
    ['20 th June 2020', due('2020-06-20')],
    ['10 June 2020', due('2020-06-10')],
    ['Bi-monthly meetings', { kind: 'recurring', due: null }],
    ['quarterly meetings', { kind: 'recurring', due: null, recurrence: 'quarterly' }],
    ['monthly updates', { kind: 'recurring', due: null, recurrence: 'monthly' }],
    ['ongoing', { kind: 'ongoing', due: null }],
    // 004 Carlisle and Eden
    ['Partnership Plan 2012 /2013', due('2013-03-31')],
    ['2012/13', due('2013-03-31')],
    ['by March 2013', due('2013-03-31')],
  ];
  test.each(rows)('%j', (input, expected) => check(input, expected));
});

describe('parseTimescale: the forms the brief names', () => {
  const rows: Array<[string, Expect]> = [
    ['December 2005', due('2005-12-31')],
    ['by end of March 2006', due('2006-03-31')],
    ['By March 2006', due('2006-03-31')],
    ['by the end of March 2006', due('2006-03-31')],
    ['31/03/2006', due('2006-03-31')],
    ['1/4/2019', due('2019-04-01')],
    ['2006-03-31', due('2006-03-31')],
    ['Ongoing', { kind: 'ongoing', due: null, dates: [] }],
    ['On-going', { kind: 'ongoing', due: null }],
    ['On going', { kind: 'ongoing', due: null }],
    ['Continuous', { kind: 'ongoing', due: null }],
    ['Annually', { kind: 'recurring', due: null, dates: [], recurrence: 'annually' }],
    ['Quarterly', { kind: 'recurring', recurrence: 'quarterly' }],
    ['Monthly', { kind: 'recurring', recurrence: 'monthly' }],
    ['Weekly', { kind: 'recurring', recurrence: 'weekly' }],
    ['Every 3 months', { kind: 'recurring', recurrence: 'quarterly' }],
    ['2007/08', due('2008-03-31')],
    ['Q3 2019/20', due('2019-12-31')],
    ['2019/20 Q3', due('2019-12-31')],
    ['Q3 19/20', due('2019-12-31')],
    ['Q4 2019/20', due('2020-03-31')],
    ['2005', due('2005-12-31')],
    ['2019-04', due('2019-04-30')],
    ['Apr-19', due('2019-04-30')],
    ['Sept 05', due('2005-09-30')],
    ['1999/00', due('2000-03-31')],
    ['FY07/08', due('2008-03-31')],
    ['Autumn term 2003', due('2003-12-31')],
    ['Spring term 2004', due('2004-03-31')],
    ['Sept/Oct 2005', { kind: 'dated', due: '2005-10-31', dates: ['2005-09-30', '2005-10-31'] }],
    ['May, June and July 2005', { kind: 'dated', due: '2005-07-31', dates: ['2005-05-31', '2005-06-30', '2005-07-31'] }],
    ['November – February 2004', { kind: 'dated', start: '2003-11-01', due: '2004-02-29' }],
    ['Q1 - Q3 2019/20', { kind: 'dated', start: '2019-04-01', due: '2019-12-31' }],
    ['2003/04 - 2007/08', { kind: 'dated', start: '2003-04-01', due: '2008-03-31' }],
    ['between May and July 2005', { kind: 'dated', start: '2005-05-01', due: '2005-07-31' }],
    ['before April 2006', due('2006-03-31')],
    ['start of April 2006', due('2006-04-01')],
    ['March 31, 2006', due('2006-03-31')],
    ['31 March 2004, 2005', { kind: 'dated', due: '2005-03-31', dates: ['2004-03-31', '2005-03-31'] }],
    ['Quarterly reports to March 2006', due('2006-03-31', { recurrence: 'quarterly' })],
    ['March 2006 (TBC)', due('2006-03-31')],
    ['From April 2005', { kind: 'ongoing', start: '2005-04-01', due: null, dates: [] }],
    ['April 2005 onwards', { kind: 'ongoing', start: '2005-04-01', due: null }],
    ['Dec 2005 - ongoing', { kind: 'ongoing', start: '2005-12-01', due: null }],
    ['Ongoing – March 2006', due('2006-03-31')],
  ];
  test.each(rows)('%j', (input, expected) => check(input, expected));
});

describe('parseTimescale: never guesses', () => {
  const rows: Array<[string, RegExp]> = [
    ['TBC', /TBC.*not been set|no date has been set/],
    ['To be confirmed', /no date has been set/],
    ['within 6 months', /within 6 months.*not stated/],
    ['6 months after launch', /6 months after.*not stated/],
    ['As soon as possible', /As soon as possible.*relative/],
    ['Immediately', /relative/],
    ['Year 2', /Year 2/],
    ['Q1', /“Q1” does not say which financial year/],
    ['March', /“March” does not say which year/],
    ['Summer term', /which year/],
    ['07/08', /could be the financial year 2007\/08 or a date/],
    ['2007/09', /not a financial year/],
    ['Q1 2019', /which financial year/],
    ['FY 2007', /which financial year: 2006\/07 or 2007\/08/],
    ['31/13/2006', /not a real date/],
    ['03/31/2006', /day first/],
    ['30/02/2006', /not a real date/],
    ['Summer 2005', /season/],
    ['early 2006', /early 2006.*exactly when/],
    ['mid-March 2006', /mid-March 2006/],
    ['after March 2006', /after March 2006/],
    ['March 2006 – June 2005', /ends before it starts/],
    ['September 2003 – 2004', /which month/],
    ['Recommendations implemented', /is not a date, a period/],
    ['-', /is not a date/],
    ['2008-11', /Nov 2008 or the years 2008 to 2011/],
    ['This may slip', /not a date/],
    ['From April 2006, complete by March 2006', /starts after it is due/],
    ['29 Feb – March 2005', /not a real date in 2005/],
  ];
  test.each(rows)('%j is unparsed with a reason', (input, reason) => {
    const r = parseTimescale(input);
    expect(r).toMatchObject(unparsed());
    expect(r.reason).toMatch(reason);
  });
});

describe('parseTimescale: dates without a year, resolved in the plan period', () => {
  const fy0506 = financialYear(2005);
  test.each<[string, Expect]>([
    ['Q1', due('2005-06-30')],
    ['Q4', due('2006-03-31')],
    ['March', due('2006-03-31')],
    ['April', due('2005-04-30')],
    ['By May', due('2005-05-31')],
    ['31 March', due('2006-03-31')],
    ['Summer term', due('2005-07-31')],
    ['Spring term', due('2006-03-31')],
    ['March – June', { kind: 'dated', start: '2006-03-01', due: '2006-06-30' }],
    ['March 2004', due('2004-03-31')], // a stated year wins over the plan
  ])('%j in 2005/06', (input, expected) => check(input, expected, { planPeriod: fy0506 }));

  test('a quarter of the plan financial year when the plan period is a quarter', () => {
    check('Q2', due('2005-09-30'), { planPeriod: fyQuarter(2005, 4) });
  });

  test('no quarter is guessed in a calendar-year plan, but months are', () => {
    const r = parseTimescale('Q1', { planPeriod: calendarYearPeriod(2005) });
    expect(r.kind).toBe('unparsed');
    expect(r.reason).toMatch(/plan period 2005 is not a financial year/);
    check('March', due('2005-03-31'), { planPeriod: calendarYearPeriod(2005) });
  });

  test('a month outside a short plan period is not resolved', () => {
    const r = parseTimescale('March', { planPeriod: fyQuarter(2005, 1) });
    expect(r.kind).toBe('unparsed');
    expect(r.reason).toMatch(/does not fall within the plan period Q1 2005\/06/);
  });

  test('"Annually in March" is recurring even without a year', () => {
    check('Annually in March', { kind: 'recurring', due: null, recurrence: 'annually' });
  });
});

describe('parseTimescale: cells that are not text', () => {
  test('blanks', () => {
    check(null, { kind: 'blank', start: null, due: null, dates: [] });
    check('', { kind: 'blank' });
    check('  \n ', { kind: 'blank' });
  });
  test('a real Date cell', () => {
    check(new Date(Date.UTC(2006, 2, 31)), due('2006-03-31'));
    check(new Date(Date.UTC(2006, 2, 31, 17, 30)), due('2006-03-31'));
  });
  test('Excel serial numbers in a plausible range', () => {
    check(38807, due('2006-03-31'));
    check(38807.5, due('2006-03-31'));
    check(43556, due('2019-04-01'));
  });
  test('a number that is a year', () => {
    check(2005, due('2005-12-31'));
  });
  test('numbers that are neither', () => {
    for (const n of [0, 12, -1, 1140, 123456789, Number.NaN, Number.POSITIVE_INFINITY]) {
      const r = parseTimescale(n);
      expect(r.kind).toBe('unparsed');
      expect(r.reason).toMatch(/not a date or a year/);
    }
  });
  test('error cells, booleans, invalid and time-only dates', () => {
    expect(parseTimescale({ error: '#REF!' })).toMatchObject({ kind: 'unparsed', reason: expect.stringMatching(/#REF!/) });
    expect(parseTimescale(true)).toMatchObject({ kind: 'unparsed', reason: 'TRUE is not a date' });
    expect(parseTimescale(new Date(Number.NaN)).kind).toBe('unparsed');
    expect(parseTimescale(new Date(Date.UTC(1899, 11, 30, 10))).kind).toBe('unparsed');
  });
  test('reasons quote the words as typed', () => {
    expect(parseTimescale('Within Six Months').reason).toContain('“Within Six Months”');
  });
});
