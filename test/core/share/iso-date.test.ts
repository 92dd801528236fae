import fc from 'fast-check';
import { isIsoDate, tidyNumber } from '../../../src/core/share/uniform-format';

/** The arithmetic checks agree with the calendar as JavaScript's Date knows it. */
test('isIsoDate accepts exactly the real calendar dates', () => {
  const byDate = (s: string) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  };
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
      const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      expect(isIsoDate(s)).toBe(byDate(s));
    }),
    { seed: 11, numRuns: 20000 },
  );
  expect(isIsoDate('2024-02-29')).toBe(true);
  expect(isIsoDate('1900-02-29')).toBe(false);
});

test('tidyNumber keeps whole numbers as they are and rounds away float noise', () => {
  fc.assert(
    fc.property(fc.integer(), (n) => expect(tidyNumber(n)).toBe(n === 0 ? 0 : n)),
    { seed: 3 },
  );
  expect(tidyNumber(0.1 + 0.2)).toBe(0.3);
  expect(tidyNumber(-0)).toBe(0);
  expect(Object.is(tidyNumber(-0), -0)).toBe(false);
});
