import { percentageAgrees, relativeChange, targetValueOf, formatPercent } from '../../../src/core/trajectory/change';
import { unitStep } from '../../../src/core/trajectory/precision';
import { Target } from '../../../src/core/plan';
import { SEED_001_TABLES } from './seed001';

function target(partial: Partial<Target>): Target {
  return { id: 't', priority: null, indicator: 'x', unit: 'count', direction: 'reduce', baseline: null, target: null, stated: [], source: { sheet: 'S', cell: 'A1' }, ...partial };
}

describe('target value', () => {
  it('a stated value wins over the percentage', () => {
    expect(targetValueOf(target({ baseline: { period: '2003/04', value: 1140 }, target: { period: '2007/08', value: 960, change: -0.16 } }))).toBe(960);
  });
  it('a percentage alone is applied to the baseline, unrounded', () => {
    expect(targetValueOf(target({ baseline: { period: '2003/04', value: 1140 }, target: { period: '2007/08', change: -0.16 } }))).toBe(957.6);
  });
  it('nothing to go on gives null', () => {
    expect(targetValueOf(target({ target: { period: '2007/08', change: -0.16 } }))).toBeNull();
    expect(targetValueOf(target({}))).toBeNull();
  });
});

describe('stated percentage against the values', () => {
  it("all of seed 001's stated percentages agree with their values", () => {
    const withChange = SEED_001_TABLES.filter((t) => t.change !== undefined);
    expect(withChange).toHaveLength(11);
    for (const t of withChange) {
      const b = t.values[0];
      const v = t.values[t.values.length - 1];
      expect([t.indicator, percentageAgrees(b, v, t.change!, unitStep([b, v]), t.unit)]).toEqual([t.indicator, true]);
    }
  });

  it('"16%" is fine for 15.8%, "20%" is not', () => {
    expect(percentageAgrees(1140, 960, -0.16, 1, 'count')).toBe(true);
    expect(percentageAgrees(1140, 960, -0.2, 1, 'count')).toBe(false);
  });

  it('a stated decimal percentage is held to its own precision', () => {
    expect(percentageAgrees(1140, 960, -0.158, 1, 'count')).toBe(true);
    expect(percentageAgrees(10000, 8420, -0.155, 1, 'count')).toBe(false);
  });

  it('percentage points for percentage indicators', () => {
    expect(percentageAgrees(0.11, 0.08, -0.03, 0.01, 'percent')).toBe(true);
    expect(percentageAgrees(11, 8, -0.03, 1, 'percent')).toBe(true);
    expect(percentageAgrees(11, 8, -0.03, 1, 'count')).toBe(false);
  });

  it('helpers', () => {
    expect(relativeChange(0, 5)).toBeNull();
    expect(formatPercent(-0.15789)).toBe('-15.8%');
    expect(formatPercent(-0.16)).toBe('-16%');
  });
});
