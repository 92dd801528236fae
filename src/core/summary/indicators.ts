/**
 * Targets on and off trajectory for the committee: RAG of each indicator's latest actual against
 * its milestone. Green is on trajectory; amber is off it but within the tolerance; red is off it.
 * Listed red first, so what needs attention leads.
 */
import { SummaryIndicatorInput } from './input';

export type Standing = 'on' | 'tolerance' | 'off' | 'not assessed';

export interface IndicatorFigures extends SummaryIndicatorInput {
  /** Latest actual minus milestone, in the indicator's unit; null when either is missing. */
  variance: number | null;
  standing: Standing;
}

export interface IndicatorSummary {
  rows: IndicatorFigures[];
  on: number;
  tolerance: number;
  off: number;
  notAssessed: number;
}

const STANDING: Readonly<Record<'green' | 'amber' | 'red', Standing>> = { green: 'on', amber: 'tolerance', red: 'off' };
const ORDER: Readonly<Record<Standing, number>> = { off: 0, tolerance: 1, on: 2, 'not assessed': 3 };

/** Avoids 0.30000000000000004 in a cell. */
function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

export function indicatorSummary(indicators: readonly SummaryIndicatorInput[]): IndicatorSummary {
  const rows = indicators
    .map((i): IndicatorFigures => ({
      ...i,
      variance: typeof i.latestActual === 'number' && typeof i.milestone === 'number' ? tidy(i.latestActual - i.milestone) : null,
      standing: i.rag ? STANDING[i.rag] : 'not assessed',
    }))
    .map((r, k) => ({ r, k }))
    .sort((a, b) => ORDER[a.r.standing] - ORDER[b.r.standing] || a.k - b.k)
    .map(({ r }) => r);
  const count = (s: Standing) => rows.filter((r) => r.standing === s).length;
  return { rows, on: count('on'), tolerance: count('tolerance'), off: count('off'), notAssessed: count('not assessed') };
}
