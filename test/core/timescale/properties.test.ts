import fc from 'fast-check';
import { nextPeriod, parsePeriod, periodContaining, periodsBetween } from '../../../src/core/timescale/period';
import { parseTimescale } from '../../../src/core/timescale/timescale';
import { Period, PeriodKind, TermName, calendarYearPeriod, dayPeriod, financialYear, fyQuarter, monthPeriod, termPeriod } from '../../../src/core/timescale/kinds';
import { addDays, daysInMonth, isIsoDate } from '../../../src/core/timescale/calendar';

const year = fc.integer({ min: 1950, max: 2150 });
const termName = fc.constantFrom<TermName>('Autumn', 'Spring', 'Summer');

const periodArb: fc.Arbitrary<Period> = fc.oneof(
  year.map(financialYear),
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => fyQuarter(y, q)),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => monthPeriod(y, m)),
  fc.tuple(year, termName).map(([y, t]) => termPeriod(y, t)),
  year.map(calendarYearPeriod),
  fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => dayPeriod(y, m, Math.min(d, daysInMonth(y, m)))),
);

const kindArb = fc.constantFrom<PeriodKind>('financialYear', 'quarter', 'month', 'term', 'calendarYear', 'day');
const isoArb = fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2150, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('period properties', () => {
  test('parsePeriod(label) gives the same period back', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        expect(parsePeriod(p.label)).toEqual(p);
      }),
      { numRuns: 2000 },
    );
  });

  test('labels still read with words around them', () => {
    fc.assert(
      fc.property(periodArb, fc.constantFrom('Baseline', 'Target', '(Actual)', 'Benchmark'), (p, w) => {
        expect(parsePeriod(`${p.label} ${w}`)).toEqual(p);
        expect(parsePeriod(`${w} ${p.label}`)).toEqual(p);
      }),
    );
  });

  test('nextPeriod starts strictly later, keeps the kind and never overlaps', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        const n = nextPeriod(p);
        expect(n.kind).toBe(p.kind);
        expect(n.start > p.start).toBe(true);
        expect(n.start > p.end).toBe(true);
        if (p.kind !== 'term') expect(n.start).toBe(addDays(p.end, 1));
      }),
      { numRuns: 1000 },
    );
  });

  test('periodContaining holds the date and is a fixed point for its own start', () => {
    fc.assert(
      fc.property(isoArb, kindArb, (date, kind) => {
        const p = periodContaining(date, kind);
        expect(p.kind).toBe(kind);
        if (kind === 'term' && date.slice(5, 7) === '08') {
          expect(p.end < date).toBe(true); // August: the Summer term just ended
        } else {
          expect(p.start <= date && date <= p.end).toBe(true);
        }
        expect(periodContaining(p.start, kind)).toEqual(p);
      }),
      { numRuns: 1000 },
    );
  });

  test('periodsBetween is contiguous, ordered and runs from a to b', () => {
    // pairs of the same kind up to about six years apart (a few weeks apart for days)
    const sameKindPair = fc.tuple(kindArb, isoArb, fc.integer({ min: 0, max: 2200 })).map(([kind, d1, span]) => {
      const d2 = addDays(d1, kind === 'day' ? span % 60 : span);
      return [periodContaining(d1, kind), periodContaining(d2, kind)] as const;
    });
    fc.assert(
      fc.property(sameKindPair, ([a, b]) => {
        const ps = periodsBetween(a, b);
        if (ps === null) return false;
        if (JSON.stringify(ps[0]) !== JSON.stringify(a) || JSON.stringify(ps[ps.length - 1]) !== JSON.stringify(b)) return false;
        for (let i = 1; i < ps.length; i++) {
          const prev = ps[i - 1];
          // terms tile the year except the August holiday after the Summer term
          const expected = a.kind === 'term' && prev.label.startsWith('Summer') ? `${prev.start.slice(0, 4)}-09-01` : addDays(prev.end, 1);
          if (ps[i].start !== expected || ps[i].kind !== a.kind) return false;
        }
        return a.start === b.start || periodsBetween(b, a) === null;
      }),
      { numRuns: 500 },
    );
  });

  test('periodsBetween of mixed kinds covers both ends contiguously', () => {
    fc.assert(
      fc.property(periodArb, periodArb, (p, q) => {
        const [a, b] = p.start <= q.start ? [p, q] : [q, p];
        fc.pre(a.kind !== 'day' && b.kind !== 'day');
        const list = periodsBetween(a, b) as Period[];
        expect(list).not.toBeNull();
        expect(list[0].start <= a.start).toBe(true);
        expect(list[list.length - 1].end >= b.end || list[0].kind === 'term').toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('parseTimescale properties', () => {
  /** True when the result is well formed: a known kind, ISO dates, due the latest date when dated. */
  const wellFormed = (v: Parameters<typeof parseTimescale>[0]): boolean => {
    const r = parseTimescale(v);
    if (!['dated', 'ongoing', 'recurring', 'unparsed', 'blank'].includes(r.kind)) return false;
    if (!(r.due === null || isIsoDate(r.due)) || !(r.start === null || isIsoDate(r.start))) return false;
    if (!r.dates.every(isIsoDate)) return false;
    if (r.kind === 'dated') {
      if (r.due === null || !r.dates.includes(r.due) || r.dates.some((d) => d > (r.due as string))) return false;
    } else if (r.due !== null) return false;
    if (r.kind === 'unparsed' && !(typeof r.reason === 'string' && r.reason.length > 0)) return false;
    if (r.start !== null && r.due !== null && r.start > r.due) return false;
    return true;
  };
  const check = (v: Parameters<typeof parseTimescale>[0]) => wellFormed(v);

  test('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => check(s)),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => check(s)),
      { numRuns: 1000 },
    );
  });

  test('never throws on date-like word soup', () => {
    const word = fc.constantFrom(
      'March',
      'may',
      'Sept',
      '2005',
      '2005/06',
      '07/08',
      '31/03/2006',
      'Q3',
      '-',
      '–',
      'to',
      'between',
      'and',
      ',',
      'by',
      'end',
      'of',
      'early',
      'from',
      'onwards',
      'ongoing',
      'annually',
      'term',
      'Summer',
      'FY',
      'within',
      '6',
      'months',
      'after',
      'TBC',
      '2019-04',
      '1999/00',
      '29',
      'Feb',
      '2004',
      '99',
      '2008-11',
      '31st',
      'quarter',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (ws) => check(ws.join(' '))),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (ws) => check(ws.join(''))),
      { numRuns: 1000 },
    );
  });

  test('never throws on numbers and dates', () => {
    fc.assert(
      fc.property(fc.double(), (n) => check(n)),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), (n) => check(n)),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.date(), (d) => check(d)),
      { numRuns: 1000 },
    );
  });

  test('a canonical period label is dated, due at the period end', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        const r = parseTimescale(p.label);
        expect(r.kind).toBe('dated');
        expect(r.due).toBe(p.end);
      }),
      { numRuns: 1000 },
    );
  });
});
