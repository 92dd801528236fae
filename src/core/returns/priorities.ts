import { Plan } from '../plan';
import { normalise } from './text';

/** What a return template needs from the plan. */
export interface ReturnPlan {
  partnership: string | null;
  priorities: string[];
  /** The year the return reports on, e.g. "2019/20". */
  period?: string;
}

/**
 * The plan's priorities, in the order the plan first names them (actions, then targets), and the
 * financial year its title names. Priorities that differ only in case or punctuation are one.
 */
export function returnPlanOf(plan: Pick<Plan, 'partnership' | 'title' | 'actions' | 'targets'>): ReturnPlan {
  const priorities: string[] = [];
  const keys = new Set<string>();
  for (const p of [...plan.actions.map((a) => a.priority), ...plan.targets.map((t) => t.priority)]) {
    if (!p || p.trim() === '') continue;
    const k = normalise(p);
    if (keys.has(k)) continue;
    keys.add(k);
    priorities.push(p.replace(/\s+/g, ' ').trim());
  }
  const period = plan.title ? financialYearIn(plan.title) : null;
  return { partnership: plan.partnership, priorities, ...(period ? { period } : {}) };
}

/** "PARTNERSHIP PLAN – 2009/10" -> "2009/10"; "2019-2020" -> "2019/20". */
export function financialYearIn(text: string): string | null {
  const m = /\b(19|20)(\d{2})\s*[/-]\s*((?:19|20)?\d{2})\b/.exec(text);
  if (!m) return null;
  const start = Number(m[1] + m[2]);
  const end = m[3].length === 4 ? Number(m[3]) : Number(String(start).slice(0, 2) + m[3]);
  if (end !== start + 1) return null;
  return `${start}/${String(end).slice(2)}`;
}

/**
 * The plan priority a return's priority heading means: same words, one the start of the other
 * ("Anti-social behaviour" / "Anti-social behaviour with a focus on youth related nuisance"),
 * or most words shared. Null when none is close.
 */
export function matchPriority(name: string, plan: readonly string[]): string | null {
  const n = normalise(name);
  if (n === '') return null;
  let best: { p: string; score: number } | null = null;
  for (const p of plan) {
    const q = normalise(p);
    if (q === '') continue;
    let score: number;
    if (q === n) score = 3;
    else if (n.startsWith(q + ' ') || q.startsWith(n + ' ')) score = 2;
    else score = overlap(n, q);
    if (score >= 0.6 && (!best || score > best.score)) best = { p, score };
  }
  return best ? best.p : null;
}

const STOP = new Set(['a', 'an', 'the', 'and', 'of', 'with', 'on', 'in', 'to', 'for', 'focus', 'related']);

/** Share of the shorter name's words found in the other. */
function overlap(a: string, b: string): number {
  const wa = a.split(' ').filter((w) => !STOP.has(w));
  const wb = new Set(b.split(' ').filter((w) => !STOP.has(w)));
  const short = wa.length <= wb.size ? wa : [...wb];
  const other = wa.length <= wb.size ? wb : new Set(wa);
  if (short.length === 0) return 0;
  return short.filter((w) => other.has(w)).length / short.length;
}
