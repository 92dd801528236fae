import { Grid } from '../grid';
import { Plan } from '../plan';
import { ReturnPlan, returnPlanOf } from './priorities';
import { readReturns } from './read';

/**
 * The priorities a return asks about: the plan's, or, for a workbook that holds last year's
 * returns rather than the plan, the priorities those returns answered.
 */
export function returnPlanFor(plan: Pick<Plan, 'partnership' | 'title' | 'actions' | 'targets'>, grids: Grid[]): ReturnPlan {
  const fromPlan = returnPlanOf(plan);
  if (fromPlan.priorities.length > 0) return fromPlan;
  const seen = new Set<string>();
  const priorities: string[] = [];
  for (const r of readReturns(grids).returns) {
    for (const p of r.priorities) {
      const k = p.priority.toLowerCase();
      if (!seen.has(k) && !p.priority.startsWith('(')) {
        seen.add(k);
        priorities.push(p.priority);
      }
    }
  }
  return { ...fromPlan, priorities };
}
