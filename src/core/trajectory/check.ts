import { Finding, Target, finding } from '../plan';
import { formatPercent, percentageAgrees, relativeChange, targetValueOf } from './change';
import { inferMethod, offLine } from './infer';
import { Method, compoundPossible, exactMilestone } from './milestones';
import { periodRange, readPeriod } from './periods';
import { clean } from './rounding';
import { placeStatements, stepFor } from './trajectory';

export interface CheckOptions {
  /** Line the stated milestones are held to; 'auto' (default) as trajectoryFor decides. */
  method?: Method | 'auto';
}

/** 1,140 / 0.11 as people read them: percentages held as fractions shown as "11%". */
function show(v: number, target: Target): string {
  if (target.unit === 'percent' && Math.abs(v) <= 1 && !Number.isInteger(v)) return `${clean(Math.round(v * 10000) / 100)}%`;
  const c = clean(Math.round(v * 100) / 100);
  return c.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

/** The values a stated milestone could take and still be on the line: within one unit of it. */
function acceptable(exact: number, step: number, target: Target): string {
  const q = exact / step;
  const lo = Math.floor(q + 1e-9);
  const hi = Math.ceil(q - 1e-9);
  if (lo === hi) return show(clean(lo * step), target);
  return `${show(clean(lo * step), target)} or ${show(clean(hi * step), target)}`;
}

function name(target: Target): string {
  return target.indicator || target.id;
}

/**
 * Targets whose numbers disagree with their own words, or cannot be drawn at all. Each finding
 * names the sheet and cell (the target's, or the stated milestone's own cell), what is wrong and
 * how to fix it. A stated milestone is "on the line" when it is within one whole unit of the exact
 * value, so any rounding of the line passes and 58 for a line value of 59 does not.
 */
export function checkTarget(target: Target, options: CheckOptions = {}): Finding[] {
  const sheet = target.source.sheet;
  const cell = target.source.cell;
  const out: Finding[] = [];
  const b = target.baseline;
  if (!b || !Number.isFinite(b.value)) {
    out.push(finding('error', 'missing-baseline', sheet, cell, `${name(target)}: no baseline. Give the baseline period and value (for example 2003/04 and 1140) so milestones can be drawn.`));
  }
  const t = target.target;
  const hasValue = typeof t?.value === 'number' && Number.isFinite(t.value);
  const hasChange = typeof t?.change === 'number' && Number.isFinite(t.change);
  if (!t || (!hasValue && !hasChange)) {
    out.push(finding('error', 'missing-target', sheet, cell, `${name(target)}: no target. Give the target period and a value or a percentage change (for example 2007/08 and 960, or -16%).`));
  }
  if (!b || !t) return out;
  const range = periodRange(b.period, t.period);
  if (!range.ok) {
    const code =
      range.reason === 'not-after'
        ? 'target-before-baseline'
        : range.reason === 'from-unreadable'
          ? 'baseline-period-unreadable'
          : range.reason === 'to-unreadable'
            ? 'target-period-unreadable'
            : 'target-periods-mismatch';
    const fix =
      range.reason === 'not-after'
        ? 'Put the target in a period after the baseline, or swap them if they were entered the wrong way round.'
        : range.reason === 'different-kinds'
          ? 'Give the baseline and the target in the same kind of period (both financial years, say).'
          : 'Correct the period.';
    out.push(finding('error', code, sheet, cell, `${name(target)}: ${range.message}. ${fix}`));
    return out;
  }
  const tv = targetValueOf(target);
  if (tv === null || !Number.isFinite(b.value)) return out;
  const step = stepFor(target);
  const periods = range.periods;
  const n = periods.length - 1;

  if (hasValue && hasChange) {
    const real = relativeChange(b.value, tv);
    if (!percentageAgrees(b.value, tv, t.change!, step, target.unit)) {
      const realText = real === null ? 'not a percentage of a zero baseline' : `a change of ${formatPercent(real)}`;
      out.push(
        finding(
          'warning',
          'target-percentage-mismatch',
          sheet,
          cell,
          `${name(target)}: the plan states ${formatPercent(t.change!)} but ${show(b.value, target)} to ${show(tv, target)} is ${realText}. Correct the percentage${real === null ? '' : ` to ${formatPercent(real)}`}, or the target value (${show(clean(b.value * (1 + t.change!)), target)} for ${formatPercent(t.change!)}).`,
        ),
      );
    }
  }

  if (tv !== b.value && ((target.direction === 'reduce' && tv > b.value) || (target.direction === 'increase' && tv < b.value))) {
    out.push(
      finding(
        'warning',
        'target-wrong-direction',
        sheet,
        cell,
        `${name(target)}: the target is to ${target.direction}, but ${show(tv, target)} in ${t.period} is ${tv > b.value ? 'above' : 'below'} the baseline ${show(b.value, target)}. Check the direction or the figures.`,
      ),
    );
  }

  for (const s of target.stated) {
    const p = readPeriod(s.period);
    if (!p) {
      out.push(finding('warning', 'milestone-period-unreadable', sheet, s.cell, `${name(target)}: the milestone period "${s.period}" cannot be read. Write it as a period such as 2005/06.`));
    } else if (!periods.some((q) => q.label === p.label)) {
      out.push(
        finding(
          'warning',
          'milestone-period-outside',
          sheet,
          s.cell,
          `${name(target)}: the milestone for ${p.label} is outside the trajectory ${periods[0].label} to ${periods[n].label}. Move it into that range or correct the baseline or target period.`,
        ),
      );
    }
  }

  const stated = placeStatements(target, periods);
  const method: Method =
    !options.method || options.method === 'auto' ? inferMethod(b.value, tv, n, stated, step) : options.method === 'compound' && !compoundPossible(b.value, tv) ? 'linear' : options.method;
  const line = method === 'compound' ? 'compound (constant percentage) line' : 'straight line';
  for (const s of offLine(b.value, tv, n, stated, method, step)) {
    const exact = clean(exactMilestone(b.value, tv, s.k, n, method));
    const where =
      s.k === 0 ? 'but the baseline is' : s.k === n ? 'but the target is' : `but the ${line} from ${show(b.value, target)} in ${periods[0].label} to ${show(tv, target)} in ${periods[n].label} gives`;
    const fix = s.k === 0 || s.k === n ? 'Make the two agree.' : `Change the stated milestone to ${acceptable(exact, step, target)}, or correct the baseline or target.`;
    out.push(finding('warning', 'milestone-off-trajectory', sheet, s.cell, `${name(target)}: the plan states ${show(s.value, target)} for ${s.period}, ${where} ${show(exact, target)}. ${fix}`));
  }
  return out;
}

/** checkTarget over every target of a plan. */
export function checkTargets(targets: ReadonlyArray<Target>, options: CheckOptions = {}): Finding[] {
  return targets.flatMap((t) => checkTarget(t, options));
}
