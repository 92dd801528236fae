import fc from 'fast-check';
import { Target } from '../../../src/core/plan';
import { ProgressEntry, entriesFor, indexProgress, indicatorKey } from '../../../src/core/trajectory/progress';
import { periodRange, readPeriod } from '../../../src/core/trajectory/periods';
import { trajectoryRows } from '../../../src/core/trajectory/rows';
import { SEED_TARGETS } from './seedTargets';

const target = (id: string, indicator: string): Target => ({ ...SEED_TARGETS[0], id, indicator });

describe('entriesFor', () => {
  test('matches id or indicator text, case and spacing ignored, in the order given', () => {
    const t = target('T1', 'Criminal damage incidents');
    const entries: ProgressEntry[] = [
      { indicator: 't1', period: '2004/05', actual: 1 },
      { indicator: 'Burglary', period: '2004/05', actual: 2 },
      { indicator: ' criminal  damage INCIDENTS', period: '2005/06', actual: 3 },
      { indicator: 'T1', period: '2006/07', actual: 4 },
    ];
    expect(entriesFor(t, entries).map((e) => e.actual)).toEqual([1, 3, 4]);
    expect(entriesFor(t, indexProgress(entries)).map((e) => e.actual)).toEqual([1, 3, 4]);
  });

  test('property: through the index, the same entries as a pass over them all', () => {
    const name = fc.constantFrom('T1', 't1 ', 'T2', 'Burglary', 'burglary', 'Shop  lifting', 'shop lifting', 'X');
    const entry = fc.record({ indicator: name, period: fc.constantFrom('2019/20', '2020/21'), actual: fc.integer() });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), name, name, (entries, id, indicator) => {
        const t = target(id.trim() || 'T1', indicator);
        const naive = entries.filter((e) => [indicatorKey(t.id), indicatorKey(t.indicator)].includes(indicatorKey(e.indicator)));
        expect(entriesFor(t, indexProgress(entries))).toEqual(naive);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('a partnership table and our Progress sheet both give a figure', () => {
  const t = { ...SEED_TARGETS[0], stated: [] };
  test('theirs is used, wherever it sits in the workbook; ours fills a period they leave blank', () => {
    const progress: ProgressEntry[] = [
      { indicator: 'T1', period: '2004/05', actual: 1200, generated: true },
      { indicator: 'T1', period: '2005/06', actual: 1010, generated: true },
      { indicator: 'Criminal damage incidents', period: '2004/05', actual: 1090 },
      { indicator: 'Criminal damage incidents', period: '2005/06', actual: null },
    ];
    const rows = trajectoryRows([t], progress);
    expect(rows.find((r) => r.period === '2004/05')!.actual).toBe(1090);
    expect(rows.find((r) => r.period === '2005/06')!.actual).toBe(1010);
  });
  test('monthly figures: theirs first, so a year summed from months is theirs', () => {
    const y: Target = { ...t, baseline: { period: '2018/19', value: 1200 }, target: { period: '2020/21', value: 1000 } };
    const months = ['Apr 2019', 'May 2019', 'Jun 2019', 'Jul 2019', 'Aug 2019', 'Sep 2019', 'Oct 2019', 'Nov 2019', 'Dec 2019', 'Jan 2020', 'Feb 2020', 'Mar 2020'];
    const progress: ProgressEntry[] = [...months.map((p) => ({ indicator: y.indicator, period: p, actual: 90 })), ...months.map((p) => ({ indicator: y.id, period: p, actual: 100, generated: true }))];
    const rows = trajectoryRows([y], progress, { rounding: 'none' });
    expect(rows.find((r) => r.period === '2019/20')).toMatchObject({ actual: 1080, actualFrom: 'months' });
  });
});

describe('period reading is remembered, safely', () => {
  test('a range handed out twice is two lists', () => {
    const a = periodRange('2003/04', '2007/08');
    const b = periodRange('2003/04', '2007/08');
    if (!a.ok || !b.ok) throw new Error('range expected');
    a.periods.pop();
    expect(b.periods.map((p) => p.label)).toEqual(['2003/04', '2004/05', '2005/06', '2006/07', '2007/08']);
    expect(periodRange('2003/04', '2007/08')).toEqual(b);
    expect(readPeriod('Apr 2019')).toEqual(readPeriod('Apr 2019'));
    expect(readPeriod('Apr 2019')!.label).toBe('Apr 2019');
    expect(periodRange('2007/08', '2003/04')).toMatchObject({ ok: false, reason: 'not-after' });
  });
});
