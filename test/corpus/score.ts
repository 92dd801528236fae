/**
 * Scoring for the recognition table (recognition.test.ts): each corpus plan is structured as a
 * paste would leave it, and what SaferPlan finds is scored against the plan's hand-written truth.
 *
 * Each plan is structured with its workbook name (types.ts), as a host gives the workbook's own name.
 *
 * Matching, in the truth's order, each truth action takes the first found action not yet taken
 * that (1) has the same ref (both non-null) and starts with the truth's opening words, else
 * (2) has the same ref, else (3) starts with the truth's opening words (whatever its ref).
 * Found actions left untaken are spurious.
 *
 * Normalisation (fold): Unicode NFKC; curly quotes to straight, en/em dashes to "-"; lower case;
 * runs of white space to one space; trimmed; spaces around ";" (the list separator of several
 * leads) removed; trailing ":", ";", "." and "," removed (a heading "Goal 1:" is "goal 1").
 * Then per field:
 * - ref, leadOfficer, leadAgency, priority, theme: folded values equal (null only equals null);
 *   so agencies compare case-insensitively, several leads in their order joined by "; ";
 * - action: the found text, folded, starts with the truth's opening words, folded;
 * - due: ISO dates equal (null only equals null).
 * A truth action with no found match counts as wrong on every field.
 *
 * Figures: found % = matched / truth actions (recall); spurious = found actions matched to
 * nothing; each field % = truth actions whose field is right / truth actions. The Total row pools
 * every truth action of the corpus. Narrative plans are scored the same way (their activities are
 * the actions, usually with no ref, lead or due).
 */
import { structurePlan } from '../../src/core/structure/structure';
import { Action } from '../../src/core/plan';
import { buildGrid } from '../fixtures/grid-builder';
import { CorpusPlan, TruthAction } from './types';

export const FIELDS = ['ref', 'action', 'leadOfficer', 'leadAgency', 'due', 'priority', 'theme'] as const;
export type FieldName = (typeof FIELDS)[number];

export function fold(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  return s
    .normalize('NFKC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ ?; ?/g, ';')
    .replace(/[\s:;.,]+$/, '');
}

function startsWithTruth(found: Action, truth: TruthAction): boolean {
  const f = fold(found.action) ?? '';
  const t = fold(truth.action) ?? '';
  return t.length > 0 && f.startsWith(t);
}

function sameRef(found: Action, truth: TruthAction): boolean {
  return truth.ref !== null && found.ref !== null && fold(found.ref) === fold(truth.ref);
}

/** Pairs each truth action with a found action (or null), in the truth's order. */
export function matchActions(truth: readonly TruthAction[], found: readonly Action[]): { pairs: (Action | null)[]; spurious: Action[] } {
  const taken = new Set<number>();
  const pick = (ok: (a: Action) => boolean): Action | null => {
    const i = found.findIndex((a, k) => !taken.has(k) && ok(a));
    if (i < 0) return null;
    taken.add(i);
    return found[i];
  };
  const pairs = truth.map((t) => pick((a) => sameRef(a, t) && startsWithTruth(a, t)) ?? pick((a) => sameRef(a, t)) ?? pick((a) => startsWithTruth(a, t)));
  return { pairs, spurious: found.filter((_, k) => !taken.has(k)) };
}

export function fieldRight(field: FieldName, found: Action, truth: TruthAction): boolean {
  switch (field) {
    case 'action':
      return startsWithTruth(found, truth);
    case 'due':
      return found.due === truth.due;
    default:
      return fold(found[field]) === fold(truth[field]);
  }
}

/** RECOGNITION_DETAIL=1 prints every miss, for whoever works on the rules. */
export const details: string[] = [];
function detail(s: string): void {
  if (process.env.RECOGNITION_DETAIL === '1') details.push(s);
}

export interface Score {
  name: string;
  truth: number;
  found: number;
  spurious: number;
  right: Record<FieldName, number>;
}

export function scorePlan(name: string, plan: CorpusPlan): Score {
  const grids = plan.sheets.map((s) => buildGrid(s.name, s.rows, s.merges ?? []));
  const found = structurePlan(grids, { workbookName: plan.workbook }).plan.actions;
  const { pairs, spurious } = matchActions(plan.truth.actions, found);
  const right = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<FieldName, number>;
  pairs.forEach((a, i) => {
    const t = plan.truth.actions[i];
    if (!a) return detail(`${name}: not found ${t.ref ?? ''} "${t.action}"`);
    for (const f of FIELDS) {
      if (fieldRight(f, a, t)) right[f]++;
      else detail(`${name} ${t.ref ?? `"${t.action}"`}: ${f} ${JSON.stringify(a[f])}, truth ${JSON.stringify(t[f])}`);
    }
  });
  for (const a of spurious) detail(`${name}: spurious ${a.source.cell} ${a.ref ?? ''} "${a.action.slice(0, 60)}"`);
  return { name, truth: plan.truth.actions.length, found: pairs.filter(Boolean).length, spurious: spurious.length, right };
}

const pct = (n: number, d: number): string => (d === 0 ? '100.0' : ((100 * n) / d).toFixed(1));

export const HEAD = ['plan', 'kind', 'truth', 'found %', 'spurious', ...FIELDS.map((f) => `${f} %`)];

function rowOf(s: Score, kind: string): string[] {
  return [s.name, kind, String(s.truth), pct(s.found, s.truth), String(s.spurious), ...FIELDS.map((f) => pct(s.right[f], s.truth))];
}

function table(rows: string[][]): string {
  const line = (r: string[]) => `| ${r.map((c) => c.replace(/\|/g, '/')).join(' | ')} |`;
  return [line(HEAD), line(HEAD.map((h, i) => (i < 2 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

export function render(scores: { slug: string; kind: string; score: Score }[], total: Score): string {
  return [
    '# Recognition of the corpus',
    '',
    'Written by `test/corpus/recognition.test.ts` (`UPDATE_RECOGNITION=1 npx jest test/corpus` rewrites it).',
    'Each plan under `test/corpus/plans/` is structured as pasted and scored against its hand-written truth.',
    '"found %" is truth actions matched; "spurious" counts found actions matched to none; each field % is',
    'truth actions whose field is right. The test fails if any figure is worse than recorded here.',
    '',
    table([...scores.map((s) => rowOf(s.score, s.kind).map((c, i) => (i === 0 ? s.slug : c))), rowOf(total, 'all')]),
    '',
  ].join('\n');
}

/** The figures of a rendered table, by its first cell: numbers from the third column on. */
export function parseTable(md: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const l of md.split('\n')) {
    if (!l.startsWith('| ') || l.startsWith('| plan ') || l.startsWith('| ---')) continue;
    const cells = l.slice(2, -2).split(' | ');
    out.set(cells[0], cells.slice(2).map(Number));
  }
  return out;
}

/** The Total row: every truth action of the corpus pooled. */
export function totalOf(scores: readonly Score[]): Score {
  const total: Score = { name: 'Total', truth: 0, found: 0, spurious: 0, right: Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<FieldName, number> };
  for (const score of scores) {
    total.truth += score.truth;
    total.found += score.found;
    total.spurious += score.spurious;
    for (const f of FIELDS) total.right[f] += score.right[f];
  }
  return total;
}
