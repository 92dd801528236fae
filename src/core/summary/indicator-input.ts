/**
 * The Summary's indicator figures from the Trajectories rows: for each indicator, its latest
 * period with an actual (typed or summed from months), that period's milestone and RAG. An
 * indicator with no actual yet is listed as not assessed rather than judged on a forecast.
 * Typed structurally, so any row shaped like src/core/trajectory's TrajectoryRow fits.
 */
import { SummaryIndicatorInput } from './input';

export interface TrajectoryRowLike {
  targetId: string;
  priority: string | null;
  indicator: string;
  unit: string;
  period: string;
  periodEnd: string;
  milestone: number;
  actual: number | null;
  rag: 'green' | 'amber' | 'red' | null;
  significance: { summary: string } | null;
}

export function indicatorsFromTrajectoryRows(rows: readonly TrajectoryRowLike[]): SummaryIndicatorInput[] {
  const byTarget = new Map<string, TrajectoryRowLike[]>();
  for (const r of rows) {
    const list = byTarget.get(r.targetId);
    if (list) list.push(r);
    else byTarget.set(r.targetId, [r]);
  }
  return [...byTarget.entries()].map(([id, list]) => {
    const withActual = list.filter((r) => typeof r.actual === 'number');
    const latest = withActual.reduce<TrajectoryRowLike | null>((best, r) => (best === null || r.periodEnd > best.periodEnd ? r : best), null);
    return {
      id,
      indicator: list[0].indicator,
      priority: list[0].priority,
      unit: list[0].unit,
      latestPeriod: latest?.period ?? null,
      latestActual: latest?.actual ?? null,
      milestone: latest?.milestone ?? null,
      rag: latest?.rag ?? null,
      significance: latest?.significance?.summary ?? null,
    };
  });
}
