/**
 * The plan's period for the Summary's title rows. The actions' own dates come first (earliest
 * start or due to latest due or start: an action due before any other starts still lies inside
 * the plan); a plan with no dates at all (seed 000) falls back to the period its title names,
 * "PARTNERSHIP PLAN – 2009/10".
 */
import { Action } from '../plan';
import { parsePeriod } from '../timescale';
import { isIso } from './dates';

export interface PlanPeriod {
  /** ISO dates, inclusive; null when nothing dates the plan. */
  from: string | null;
  to: string | null;
  /** Where the period came from. */
  source: 'actions' | 'title' | null;
  /** The period's own name when the title gave it ("2009/10"). */
  label: string | null;
}

export function planPeriod(actions: readonly Pick<Action, 'start' | 'due'>[], title: string | null): PlanPeriod {
  const dates = actions
    .flatMap((a) => [a.start, a.due])
    .filter(isIso)
    .sort();
  if (dates.length > 0) return { from: dates[0], to: dates[dates.length - 1], source: 'actions', label: null };
  const named = title ? parsePeriod(title) : null;
  if (named) return { from: named.start, to: named.end, source: 'title', label: named.label };
  return { from: null, to: null, source: null, label: null };
}
