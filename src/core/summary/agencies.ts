/**
 * Actions by lead agency. A lead written "Probation; BDBC Licensing Team" is two agencies sharing
 * the action, so it counts once for each (and the per-agency counts may sum to more than the
 * number of actions). Names are grouped ignoring case and spacing; the first spelling is shown.
 */
import { Action } from '../plan';
import { NOT_STATED, StatusKey, statusKey, zeroByStatus } from './labels';

export interface AgencyFigures {
  agency: string;
  actions: number;
  overdue: number;
  byStatus: Record<StatusKey, number>;
}

/** The distinct agencies an action's lead names; "Not stated" when it names none. */
export function leadAgencies(leadAgency: string | null): string[] {
  const seen = new Map<string, string>();
  for (const part of (leadAgency ?? '').split(';')) {
    const name = part.replace(/\s+/g, ' ').trim();
    if (name && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  return seen.size ? [...seen.values()] : [NOT_STATED];
}

/** Busiest first (actions, then overdue), then by name; "Not stated" last. */
export function agencyFigures(actions: readonly Action[], isOverdue: (a: Action) => boolean): AgencyFigures[] {
  const byKey = new Map<string, AgencyFigures>();
  for (const a of actions) {
    for (const name of leadAgencies(a.leadAgency)) {
      const key = name.toLowerCase();
      let f = byKey.get(key);
      if (!f) byKey.set(key, (f = { agency: name, actions: 0, overdue: 0, byStatus: zeroByStatus() }));
      f.actions++;
      f.byStatus[statusKey(a.status)]++;
      if (isOverdue(a)) f.overdue++;
    }
  }
  const last = (f: AgencyFigures) => (f.agency === NOT_STATED ? 1 : 0);
  return [...byKey.values()].sort((x, y) => last(x) - last(y) || y.actions - x.actions || y.overdue - x.overdue || x.agency.localeCompare(y.agency, 'en-GB'));
}
