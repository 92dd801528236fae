import { Direction, Target, Unit } from '../plan';
import { Forecast, forecastOutturn } from './forecast';
import { bestRounding, roundingScores } from './infer';
import { Period, periodWithin, readPeriod } from './periods';
import { ProgressEntry, entriesFor, indexProgress } from './progress';
import { DEFAULT_TOLERANCE, Rag, percentOfTargetAchieved, rag, variance } from './rag';
import { ROUNDINGS, Rounding } from './rounding';
import { LimitsMethod, Significance, significanceOfChange } from './significance';
import { Method } from './milestones';
import { MilestoneRole, Trajectory, placeStatements, trajectoryFor } from './trajectory';

/** One row of the Trajectories sheet: an indicator in one period. */
export interface TrajectoryRow {
  targetId: string;
  priority: string | null;
  indicator: string;
  unit: Unit;
  direction: Direction;
  period: string;
  periodStart: string;
  periodEnd: string;
  role: MilestoneRole;
  /** The trajectory's two ends, as given. */
  baseline: number;
  target: number;
  milestone: number;
  /** The milestone the plan states for the period, if any. */
  stated: number | null;
  actual: number | null;
  /** 'entered' when typed for the period; 'months' when summed from a complete set of monthly counts. */
  actualFrom: 'entered' | 'months' | null;
  forecast: Forecast | null;
  /** Actual (else forecast) minus milestone. */
  variance: number | null;
  /** Share of the intended change delivered (0.5 = half way from baseline to target). */
  percentOfTarget: number | null;
  /** Green / amber / red against the milestone; judged on the forecast when there is no actual yet. */
  rag: Rag | null;
  ragFrom: 'actual' | 'forecast' | null;
  /** The target period's actual meets the target: shown Blue (BRAG: complete) on the sheet. */
  achieved: boolean;
  /** Counts only: is the change from the baseline more than chance? */
  significance: Significance | null;
  tolerance: number;
  method: Method;
  rounding: Rounding;
}

/** Choices made per target on the Targets sheet (src/core/targets' TargetSettings fits). */
export interface TargetTrajectorySettings {
  method?: Method;
  rounding?: Rounding;
  tolerance?: number;
}

export interface TrajectoryRowsOptions {
  /** Per target id: these win over the options below. */
  settings?: Readonly<Record<string, TargetTrajectorySettings | undefined>>;
  method?: Method | 'auto';
  /** 'auto' (default): each target's own stated milestones decide, else the plan's as a whole, else nearest. */
  rounding?: Rounding | 'auto';
  /** RAG tolerance for every indicator (default 0.05). */
  tolerance?: number;
  /** Tolerance per indicator, keyed by target id or indicator text. */
  tolerances?: Readonly<Record<string, number>>;
  confidence?: number;
  significanceMethod?: LimitsMethod | 'auto';
}

/** The rounding the plan's stated milestones point to, pooled over all its targets. */
export function planRounding(targets: ReadonlyArray<Target>, method: Method | 'auto' = 'auto'): Rounding | null {
  const pooled: Record<Rounding, number> = { none: 0, nearest: 0, floor: 0, ceil: 0 };
  for (const t of targets) {
    const tr = trajectoryFor(t, { method, rounding: 'none' });
    if (!tr) continue;
    const n = tr.points.length - 1;
    const scores = roundingScores(
      tr.baseline,
      tr.target,
      n,
      placeStatements(
        t,
        tr.points.map((p) => p.when),
      ),
      tr.method,
      tr.step,
    );
    for (const r of ROUNDINGS) pooled[r] += scores[r];
  }
  return bestRounding(pooled);
}

function toleranceFor(target: Target, options: TrajectoryRowsOptions): number {
  const per = options.tolerances;
  return options.settings?.[target.id]?.tolerance ?? per?.[target.id] ?? per?.[target.indicator] ?? options.tolerance ?? DEFAULT_TOLERANCE;
}

interface DatedEntry {
  entry: ProgressEntry;
  when: Period;
}

/**
 * Monthly values of a year in order from its first month, null where missing. The first figure
 * for a month wins (byPeriod puts a partnership's own table before our Progress sheet).
 */
function monthsOf(year: Period, months: ReadonlyArray<DatedEntry>): (number | null)[] {
  const out: (number | null)[] = Array(12).fill(null);
  const y0 = Number(year.start.slice(0, 4));
  const m0 = Number(year.start.slice(5, 7));
  for (const d of months) {
    if (!periodWithin(d.when, year) || typeof d.entry.actual !== 'number') continue;
    const idx = (Number(d.when.start.slice(0, 4)) - y0) * 12 + Number(d.when.start.slice(5, 7)) - m0;
    if (idx >= 0 && idx < 12 && out[idx] === null) out[idx] = d.entry.actual;
  }
  return out;
}

/**
 * A target's entries by period label, each period's list with the partnership's own rows first
 * (their table is the source; our Progress sheet holds copies), then in the order given.
 */
function byPeriod(entries: ReadonlyArray<ProgressEntry>): { periods: Map<string, DatedEntry[]>; months: DatedEntry[] } {
  const periods = new Map<string, DatedEntry[]>();
  const months: DatedEntry[] = [];
  const ordered = entries.some((e) => e.generated) ? [...entries.filter((e) => !e.generated), ...entries.filter((e) => e.generated)] : entries;
  for (const entry of ordered) {
    const when = readPeriod(entry.period);
    if (!when) continue;
    const d = { entry, when };
    const list = periods.get(when.label);
    if (list) list.push(d);
    else periods.set(when.label, [d]);
    if (when.kind === 'month') months.push(d);
  }
  return { periods, months };
}

/** The first number among a period's entries for a field (people may leave one row blank and fill another). */
function firstNumber(list: ReadonlyArray<DatedEntry> | undefined, field: 'actual' | 'stated'): number | null {
  for (const d of list ?? []) {
    const v = d.entry[field];
    if (typeof v === 'number') return v;
  }
  return null;
}

function isYear(p: Period): boolean {
  return p.kind === 'financialYear' || p.kind === 'calendarYear';
}

/**
 * Rows for the Trajectories sheet: every target that can be drawn, every period from its baseline
 * to its target, with the computed milestone, the plan's stated one, the actual, variance, % of
 * target achieved, RAG (tolerance per indicator), a forecast outturn for a year still in progress,
 * and for counts whether the change from the baseline is significant.
 */
export function trajectoryRows(targets: ReadonlyArray<Target>, progress: ReadonlyArray<ProgressEntry>, options: TrajectoryRowsOptions = {}): TrajectoryRow[] {
  const fallback = options.rounding && options.rounding !== 'auto' ? options.rounding : (planRounding(targets, options.method) ?? 'nearest');
  const rows: TrajectoryRow[] = [];
  const index = indexProgress(progress);
  for (const target of targets) {
    const own = options.settings?.[target.id];
    const tr: Trajectory | null = trajectoryFor(target, { method: own?.method ?? options.method, rounding: own?.rounding ?? options.rounding ?? 'auto', fallbackRounding: fallback });
    if (!tr || !target.baseline) continue;
    const tolerance = toleranceFor(target, options);
    const { periods, months } = byPeriod(entriesFor(target, index));
    const baselinePeriod = tr.points[0].when;
    const baselineMonths = isYear(baselinePeriod) ? monthsOf(baselinePeriod, months) : undefined;
    const statedByPeriod = new Map(
      placeStatements(
        target,
        tr.points.map((p) => p.when),
      ).map((s) => [s.period, s.value]),
    );
    const isCount = target.unit === 'count';
    for (const point of tr.points) {
      const entered = periods.get(point.period);
      let actual: number | null = firstNumber(entered, 'actual');
      let actualFrom: TrajectoryRow['actualFrom'] = actual === null ? null : 'entered';
      let forecast: Forecast | null = null;
      if (actual === null && isCount && isYear(point.when) && point.role !== 'baseline') {
        const f = forecastOutturn(monthsOf(point.when, months), baselineMonths);
        if (f && f.method === 'full-year') {
          actual = f.value;
          actualFrom = 'months';
        } else forecast = f;
      }
      const statedEntry = firstNumber(entered, 'stated');
      const stated = statedByPeriod.get(point.period) ?? statedEntry;
      const judged = actual ?? forecast?.value ?? null;
      const ragFrom: TrajectoryRow['ragFrom'] = point.role === 'baseline' || judged === null ? null : actual !== null ? 'actual' : 'forecast';
      const r: Rag | null = ragFrom ? rag(judged as number, point.value, target.direction, tolerance) : null;
      const achieved = point.role === 'target' && ragFrom === 'actual' && r === 'green';
      let significance: Significance | null = null;
      if (isCount && point.role !== 'baseline' && actual !== null && Number.isInteger(actual) && actual >= 0 && Number.isInteger(tr.baseline) && tr.baseline >= 0) {
        // Every point is the same kind of period as the baseline (a year against a year), so no scaling.
        significance = significanceOfChange(actual, tr.baseline, { confidence: options.confidence, method: options.significanceMethod });
      }
      rows.push({
        targetId: target.id,
        priority: target.priority,
        indicator: target.indicator,
        unit: target.unit,
        direction: target.direction,
        period: point.period,
        periodStart: point.when.start,
        periodEnd: point.when.end,
        role: point.role,
        baseline: tr.baseline,
        target: tr.target,
        milestone: point.value,
        stated: stated ?? null,
        actual,
        actualFrom,
        forecast,
        variance: judged === null || point.role === 'baseline' ? null : variance(judged, point.value),
        percentOfTarget: actual === null || point.role === 'baseline' ? null : percentOfTargetAchieved(actual, tr.baseline, tr.target),
        rag: r,
        ragFrom,
        achieved,
        significance,
        tolerance,
        method: tr.method,
        rounding: tr.rounding,
      });
    }
  }
  return rows;
}
