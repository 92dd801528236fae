import { Finding, Target } from '../plan';
import { ProgressRow, RecognisedTargets, TargetSettings, checkProgress, readProgress, recogniseTargets } from '../targets';
import { TrajectoryRow, checkTargets, planRounding, trajectoryRows } from '../trajectory';
import { MeasurementRow } from '../share';
import { Grid } from '../grid';

/** Targets, what people entered against them, and the trajectories computed from both. */
export interface IndicatorData {
  targets: Target[];
  /** Per target: the settings people chose on the Targets sheet, completed with what the plan implies. */
  settings: Record<string, Partial<TargetSettings>>;
  progress: ProgressRow[];
  rows: TrajectoryRow[];
  findings: Finding[];
}

export function indicatorData(grids: readonly Grid[]): IndicatorData {
  const recognised: RecognisedTargets = recogniseTargets([...grids]);
  const targets = recognised.targets;
  const progress = readProgress([...grids]);
  // Rounding nobody chose is the one the plan's own stated milestones imply (seed 001: floor), so
  // the Targets sheet shows it and a rebuild reads the same choice back.
  const implied = planRounding(targets) ?? 'nearest';
  const settings: Record<string, Partial<TargetSettings>> = {};
  for (const t of targets) settings[t.id] = { rounding: implied, ...(recognised.settings[t.id] ?? {}) };
  const rows = trajectoryRows(targets, progress, { settings: recognised.settings });
  const findings = [...recognised.findings, ...checkTargets(targets), ...checkProgress(progress, targets)];
  return { targets, settings, progress, rows, findings };
}

/** Trajectory rows as uniform-format measurements: one per indicator and period. */
export function measurementsOf(rows: readonly TrajectoryRow[], targets: readonly Target[]): MeasurementRow[] {
  const byId = new Map(targets.map((t) => [t.id, t]));
  return rows.map((r) => ({
    targetId: r.targetId,
    indicator: r.indicator,
    priority: r.priority,
    period: r.period,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    value: r.actual,
    milestone: r.milestone,
    target: r.target,
    variance: r.actual !== null ? r.variance : null,
    rag: r.ragFrom === 'actual' ? r.rag : null,
    unit: r.unit,
    direction: r.direction,
    source: byId.get(r.targetId)?.source ?? null,
  }));
}
