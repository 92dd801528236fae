import { Action } from '../plan';
import { Blocks } from './layout';
import { NO_PRIORITY } from './labels';

/**
 * How far each priority's actions are from a working action plan: how many have a lead, a measure
 * and a timescale. A narrative plan starts with none of the three; its task groups add them in the
 * Actions sheet, and this shows how far they have got.
 */
export interface CompletenessFigures {
  priority: string;
  actions: number;
  withLead: number;
  withMeasure: number;
  withTimescale: number;
  /** Actions with all three. */
  complete: number;
}

const hasLead = (a: Action) => !!(a.leadOfficer || a.leadAgency);
const hasMeasure = (a: Action) => !!a.measure?.trim();
const hasTimescale = (a: Action) => !!(a.due || a.timescale?.trim());

/** Per priority, in the order the plan first names them; actions with no priority last. */
export function completenessFigures(actions: readonly Action[]): CompletenessFigures[] {
  const by = new Map<string, CompletenessFigures>();
  for (const a of actions) {
    const name = a.priority?.trim() || NO_PRIORITY;
    let f = by.get(name);
    if (!f) by.set(name, (f = { priority: name, actions: 0, withLead: 0, withMeasure: 0, withTimescale: 0, complete: 0 }));
    f.actions++;
    if (hasLead(a)) f.withLead++;
    if (hasMeasure(a)) f.withMeasure++;
    if (hasTimescale(a)) f.withTimescale++;
    if (hasLead(a) && hasMeasure(a) && hasTimescale(a)) f.complete++;
  }
  const rows = [...by.values()];
  return [...rows.filter((r) => r.priority !== NO_PRIORITY), ...rows.filter((r) => r.priority === NO_PRIORITY)];
}

/**
 * The Summary's "Actions still to complete" table, written only when some action lacks a lead, a
 * measure or a timescale (a plan whose actions all have them has nothing to show here).
 */
export function completenessSection(out: Blocks, rows: readonly CompletenessFigures[] | undefined): boolean {
  if (!rows || rows.every((r) => r.complete === r.actions)) return false;
  out.heading('Actions still to complete, by priority');
  out.note('How many actions have a lead, a measure and a timescale. Add what is missing in the Actions sheet; the Issues sheet lists each cell to fill in.');
  out.table(
    ['Priority', 'Actions', 'With a lead', 'With a measure', 'With a timescale', 'All three'],
    rows.map((r) => [r.priority, r.actions, r.withLead, r.withMeasure, r.withTimescale, r.complete]),
    { centred: [2, 3, 4, 5, 6] },
  );
  return true;
}
