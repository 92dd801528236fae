import { Target } from '../../../src/core/plan';
import { SEED_001_TABLES, SeedTable } from './seed001';

/**
 * Seed 001's target tables as structure would hand them over: one Target per table, the header
 * texts as the plan writes them ("2003/04 Benchmark", "2007/08 (Target-16%)"), the milestones in
 * between as stated milestones with their own cells. Each table takes three rows of the sheet.
 */
export const SEED_SHEET = 'Targets 2005-06';

export function seedTarget(t: SeedTable, index: number): Target {
  const headerRow = 2 + index * 3;
  const valueRow = headerRow + 1;
  const n = t.values.length - 1;
  const cols = 'BCDEFG';
  const pct = t.change === undefined ? '' : ` (Target${Math.round(t.change * 100)}%)`;
  return {
    id: `T${index + 1}`,
    priority: null,
    indicator: t.indicator,
    unit: t.unit,
    direction: 'reduce',
    baseline: { period: `${t.periods[0]} Benchmark`, value: t.values[0] },
    target: t.change === undefined ? { period: t.periods[n], value: t.values[n] } : { period: `${t.periods[n]}${pct}`, value: t.values[n], change: t.change },
    stated: t.values.slice(1, n).map((value, i) => ({ period: t.periods[i + 1], value, cell: `${cols[i + 1]}${valueRow}` })),
    source: { sheet: SEED_SHEET, cell: `A${headerRow}` },
  };
}

export const SEED_TARGETS: Target[] = SEED_001_TABLES.map(seedTarget);
