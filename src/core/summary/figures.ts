/**
 * Every figure the committee's Summary shows, computed once from the plan so the sheet, its charts
 * and any test read the same numbers. "Overdue" is derived here (due date before today and not
 * Complete or Cancelled), never typed by anyone.
 */
import { isoDate } from '../grid';
import { Action, Brag, isClosed } from '../plan';
import { AgencyFigures, agencyFigures, leadAgencies } from './agencies';
import { CompletenessFigures, completenessFigures } from './completeness';
import { addDaysIso, daysBetween, isIso } from './dates';
import { IndicatorSummary, indicatorSummary } from './indicators';
import { SummaryInput } from './input';
import { NO_PRIORITY, StatusKey, bragOf, shortAction, statusKey, zeroByStatus } from './labels';
import { PlanPeriod, planPeriod } from './period';
import { ReturnsFigures, returnsFigures } from './returns';

/** An open action with a due date, as the overdue and due-soon lists show it. */
export interface DatedAction {
  ref: string | null;
  priority: string;
  /** First paragraph, shortened. */
  action: string;
  /** The lead's agencies joined with "; ", or "Not stated". */
  leadAgency: string;
  due: string; // ISO
  /** Days overdue (overdue list) or days to go (due-soon lists). */
  days: number;
  status: StatusKey;
}

export interface PriorityFigures {
  priority: string;
  byStatus: Record<StatusKey, number>;
  total: number;
  overdue: number;
}

export interface SummaryFigures {
  partnership: string | null;
  title: string | null;
  /** The day the summary was made, ISO. */
  generated: string;
  period: PlanPeriod;
  actions: number;
  byStatus: Record<StatusKey, number>;
  byBrag: Record<Brag, number>;
  /** Open actions (not Complete or Cancelled) with no due date: they can never show as overdue. */
  openUndated: number;
  /** Priorities in the order the plan first names them; "No priority stated" last. */
  priorities: PriorityFigures[];
  /** Oldest due date first. */
  overdue: DatedAction[];
  /** Due today up to 30 days ahead, soonest first. */
  dueWithin30: DatedAction[];
  /** Due 31 to 90 days ahead, soonest first. */
  due31To90: DatedAction[];
  /** The two windows, ISO and inclusive, for headings. */
  windows: { within30: { from: string; to: string }; from31To90: { from: string; to: string } };
  agencies: AgencyFigures[];
  indicators: IndicatorSummary;
  returns: ReturnsFigures | null;
  /** Per priority, how many actions have a lead, a measure and a timescale. */
  completeness?: CompletenessFigures[];
}

function priorityName(a: Action): string {
  const p = a.priority?.trim();
  return p ? p : NO_PRIORITY;
}

function priorityFigures(actions: readonly Action[], isOverdue: (a: Action) => boolean): PriorityFigures[] {
  const byName = new Map<string, PriorityFigures>();
  for (const a of actions) {
    const name = priorityName(a);
    let f = byName.get(name);
    if (!f) byName.set(name, (f = { priority: name, byStatus: zeroByStatus(), total: 0, overdue: 0 }));
    f.byStatus[statusKey(a.status)]++;
    f.total++;
    if (isOverdue(a)) f.overdue++;
  }
  const rows = [...byName.values()];
  return [...rows.filter((r) => r.priority !== NO_PRIORITY), ...rows.filter((r) => r.priority === NO_PRIORITY)];
}

function dated(a: Action, days: number): DatedAction {
  const agencies = leadAgencies(a.leadAgency);
  return { ref: a.ref, priority: priorityName(a), action: shortAction(a.action), leadAgency: agencies.join('; '), due: a.due!, days, status: statusKey(a.status) };
}

/** Stable sort by due date, the plan's order breaking ties. */
function byDue(list: { a: Action; i: number }[]): { a: Action; i: number }[] {
  return [...list].sort((x, y) => (x.a.due! < y.a.due! ? -1 : x.a.due! > y.a.due! ? 1 : x.i - y.i));
}

export function summaryFigures(input: SummaryInput, today: Date): SummaryFigures {
  const day = isoDate(today);
  const actions = input.actions;
  const open = actions.map((a, i) => ({ a, i })).filter(({ a }) => !isClosed(a.status));
  const openDated = open.filter(({ a }) => isIso(a.due));
  const overdueSet = new Set(openDated.filter(({ a }) => a.due! < day).map(({ a }) => a));
  const isOverdue = (a: Action) => overdueSet.has(a);
  const ahead = (a: Action) => daysBetween(day, a.due!);

  const byStatus = zeroByStatus();
  for (const a of actions) byStatus[statusKey(a.status)]++;
  const byBrag: Record<Brag, number> = { blue: 0, green: 0, amber: 0, red: 0 };
  for (const [k, n] of Object.entries(byStatus) as [StatusKey, number][]) {
    const b = bragOf(k);
    if (b) byBrag[b] += n;
  }

  const overdue = byDue(openDated.filter(({ a }) => isOverdue(a))).map(({ a }) => dated(a, -ahead(a)));
  const soon = byDue(openDated.filter(({ a }) => !isOverdue(a)));
  const dueWithin30 = soon.filter(({ a }) => ahead(a) <= 30).map(({ a }) => dated(a, ahead(a)));
  const due31To90 = soon.filter(({ a }) => ahead(a) > 30 && ahead(a) <= 90).map(({ a }) => dated(a, ahead(a)));

  return {
    partnership: input.partnership,
    title: input.title,
    generated: day,
    period: planPeriod(actions, input.title),
    actions: actions.length,
    byStatus,
    byBrag,
    openUndated: open.length - openDated.length,
    priorities: priorityFigures(actions, isOverdue),
    overdue,
    dueWithin30,
    due31To90,
    windows: { within30: { from: day, to: addDaysIso(day, 30) }, from31To90: { from: addDaysIso(day, 31), to: addDaysIso(day, 90) } },
    agencies: agencyFigures(actions, isOverdue),
    indicators: indicatorSummary(input.indicators),
    returns: returnsFigures(input.returns),
    completeness: completenessFigures(actions),
  };
}
