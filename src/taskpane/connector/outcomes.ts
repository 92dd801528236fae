import { Grid, isEmptyWorkbook } from '../../core/grid';
import type { CommandResult } from '../../core/app/commands';
import type { Plan } from '../../core/plan';
import { NothingDone } from './nothing-done';
import type { CommandName } from './connector';

const NOTHING: Record<Exclude<CommandName, 'validate'>, string> = {
  structure: 'Nothing structured',
  trajectories: 'No trajectories worked out',
  build: 'Nothing built',
};

const TARGETS_ADVICE =
  'Add a Targets table (Indicator, Baseline period, Baseline, Target period, Target), or a caption such as \u201cStrategic target to reduce criminal damage by 16% from 1140 to 960 by 2007/08\u201d above a row of years and a row of values.';

/**
 * Why a job that writes sheets must write nothing, or null when it has something to write. The
 * same judgement as the command line's: an empty workbook, or no plan and no targets, is not a
 * plan; trajectories need targets. Validate writes nothing anyway and is never a no-op.
 */
export function nothingToWrite(name: CommandName, result: Pick<CommandResult, 'plan' | 'findings'>, grids: readonly Grid[]): NothingDone | null {
  if (name === 'validate') return null;
  const head = NOTHING[name];
  const user = grids.filter((g) => !g.generated);
  if (isEmptyWorkbook(user)) {
    return new NothingDone(`${head}: the workbook is empty.`, 'Paste or type your action plan into a sheet, then try again. No sheets were written.');
  }
  const { actions, targets } = result.plan;
  if (name === 'trajectories' && targets.length === 0) {
    return new NothingDone(`${head}: no targets found in this workbook.`, `${TARGETS_ADVICE} No sheets were written.`);
  }
  if (actions.length === 0 && targets.length === 0) {
    const noHeader = result.findings.find((f) => f.code === 'no-plan-header');
    return new NothingDone(
      `${head}: no actions or targets found in this workbook.`,
      `${noHeader ? noHeader.message : 'Type or paste the actions below the plan\u2019s header row.'} No sheets were written.`,
    );
  }
  return null;
}

/** "2019-04" -> "Apr 2019". */
export function monthLabel(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return new Date(Date.UTC(+m[1], +m[2] - 1, 1)).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** The span of the targets' own periods: earliest baseline to latest target period. */
export function targetSpan(plan: Pick<Plan, 'targets'>): [string, string] | null {
  const periods = plan.targets.flatMap((t) => [t.baseline?.period, t.target?.period]).filter((p): p is string => !!p);
  if (!periods.length) return null;
  const sorted = [...periods].sort();
  return [sorted[0], sorted[sorted.length - 1]];
}

/**
 * Progress rows a police import wrote: the result's own count when it gives one, else read from
 * its first line ("...; 3 Progress rows written.").
 */
export function progressRowsWritten(result: { lines?: readonly string[]; updated?: number }): number | null {
  if (typeof result.updated === 'number') return result.updated;
  const m = /([\d,]+) Progress rows? written/.exec(result.lines?.[0] ?? '');
  return m ? Number(m[1].replace(/,/g, '')) : null;
}

/**
 * Why a police import put no count into Progress, said with the targets' years and the files'
 * months; null when some count went in. The counts themselves are on the Police data sheet either way.
 */
export function noProgressReason(result: { plan: Pick<Plan, 'targets'>; lines?: readonly string[]; updated?: number }, months: readonly string[]): { title: string; advice: string } | null {
  if (progressRowsWritten(result) !== 0) return null;
  if (result.plan.targets.length === 0) {
    return {
      title: 'Counts written; none went into Progress: this workbook has no targets.',
      advice: 'To track a target against them, add a Targets table (Indicator, Baseline period, Baseline, Target period, Target) and import again.',
    };
  }
  const span = targetSpan(result.plan);
  const files = months.length ? (months.length === 1 ? monthLabel(months[0]) : `${monthLabel(months[0])} to ${monthLabel(months[months.length - 1])}`) : 'no months';
  const targets = span ? `your targets run ${span[0]} to ${span[1]}` : 'your targets have no periods';
  return {
    title: `Counts written; none went into Progress: ${targets}; the files cover ${files}.`,
    advice: 'For Progress, choose data.police.uk files for months inside your targets\u2019 years, or check the targets\u2019 baseline and target periods.',
  };
}
