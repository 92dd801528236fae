import { forecastOutturn } from '../../../src/core/trajectory/forecast';

describe('forecast outturn from year-to-date monthly actuals', () => {
  it('is a straight line without a baseline profile, and says so', () => {
    expect(forecastOutturn([10, 12, 8])).toEqual({ value: 120, method: 'straight-line', monthsUsed: 3 });
  });

  it("follows the baseline year's monthly profile when it is given", () => {
    // Baseline: a summer peak; the first three months held 30 of 120.
    const base = [12, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 18];
    const f = forecastOutturn([9, 6, 6], base);
    expect(f).toEqual({ value: 84, method: 'profile', monthsUsed: 3 });
  });

  it('falls back to the straight line when the profile is incomplete or empty so far', () => {
    expect(forecastOutturn([10, 10], [5, 5, null, 5, 5, 5, 5, 5, 5, 5, 5, 5])!.method).toBe('straight-line');
    expect(forecastOutturn([10, 10], [0, 0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5])!.method).toBe('straight-line');
  });

  it('stops the year to date at the first missing month', () => {
    expect(forecastOutturn([10, null, 30])).toEqual({ value: 120, method: 'straight-line', monthsUsed: 1 });
  });

  it('a complete year is its own outturn; no months is no forecast', () => {
    expect(forecastOutturn(Array(12).fill(5))).toEqual({ value: 60, method: 'full-year', monthsUsed: 12 });
    expect(forecastOutturn([])).toBeNull();
    expect(forecastOutturn([null, 4])).toBeNull();
  });
});
