import { aggregateMonths, combineFileCounts, countByTypeAndMonth, FileCounts, monthTotals } from '../../../src/core/police';

const row = (month: string, crimeType: string, fallsWithin = 'City of London Police') => ({ month, crimeType, fallsWithin });

describe('counting and aggregating', () => {
  test('counts by crime type and month', () => {
    const c = countByTypeAndMonth([row('2019-01', 'Drugs'), row('2019-01', 'Drugs'), row('2019-02', 'Burglary')]);
    expect([...c.entries()].map(([m, t]) => [m, Object.fromEntries(t)])).toEqual([
      ['2019-01', { Drugs: 2 }],
      ['2019-02', { Burglary: 1 }],
    ]);
  });

  test('the same month and force in two files is counted once; two forces add up', () => {
    const a = new FileCounts('2019-01-city-of-london-street.csv');
    a.add(row('2019-01', 'Drugs'));
    a.add(row('2019-01', 'Drugs'));
    const again = new FileCounts('copy/2019-01-city-of-london-street.csv');
    again.add(row('2019-01', 'Drugs'));
    again.add(row('2019-01', 'Drugs'));
    const met = new FileCounts('2019-01-metropolitan-street.csv');
    met.add(row('2019-01', 'Drugs', 'Metropolitan Police Service'));
    const combined = combineFileCounts([a, again, met]);
    expect(combined.counts.get('2019-01')!.get('Drugs')).toBe(3);
    expect(combined.forces).toEqual(['City of London Police', 'Metropolitan Police Service']);
    expect(combined.findings.map((f) => f.code)).toEqual(['police-month-twice']);
    expect(combined.files.get('2019-01')).toEqual(['copy/2019-01-city-of-london-street.csv', '2019-01-metropolitan-street.csv']);
  });

  test('months to financial years and quarters; complete only with every month', () => {
    const monthly = new Map<string, number>();
    for (let m = 1; m <= 12; m++) monthly.set(`2019-${String(m).padStart(2, '0')}`, m);
    const years = aggregateMonths(monthly, 'financialYear');
    expect(years.map((y) => [y.period.label, y.total, y.months.length, y.complete])).toEqual([
      ['2018/19', 1 + 2 + 3, 3, false],
      ['2019/20', 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12, 9, false],
    ]);
    const quarters = aggregateMonths(monthly, 'quarter');
    expect(quarters.map((q) => [q.period.label, q.total, q.complete])).toEqual([
      ['Q4 2018/19', 6, true],
      ['Q1 2019/20', 15, true],
      ['Q2 2019/20', 24, true],
      ['Q3 2019/20', 33, true],
    ]);
    // Yearly totals are the sum of the months.
    expect(years.reduce((s, y) => s + y.total, 0)).toBe(78);
  });

  test('month totals of chosen crime types; a month with none of them is zero', () => {
    const c = countByTypeAndMonth([row('2019-01', 'Drugs'), row('2019-01', 'Robbery'), row('2019-02', 'Burglary')]);
    expect(Object.fromEntries(monthTotals(c, ['drugs', 'Robbery']))).toEqual({ '2019-01': 2, '2019-02': 0 });
  });
});
