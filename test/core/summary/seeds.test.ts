/**
 * Seeds 000, 001 and 003 structured as the build does, statuses typed in as people would, then
 * every Summary figure recomputed independently from the Actions table (the Actions sheet spec's
 * rows) and compared with both the figures and the Summary sheet's own cells.
 */
import { Grid, cellText } from '../../../src/core/grid';
import { Action, STATUSES, Status } from '../../../src/core/plan';
import { actionsSheetSpec, ACTION_COLUMNS } from '../../../src/core/sheets/actions-sheet';
import { SheetSpec, SpecValue, readBackValue } from '../../../src/core/sheets/spec';
import { structurePlan } from '../../../src/core/structure/structure';
import { summaryFigures, summarySheetSpec, SummaryFigures } from '../../../src/core/summary';
import { seed000Grid } from '../../fixtures/seed000';
import { seed001AsbGrid } from '../../fixtures/seed001';
import { seed003Grid } from '../../fixtures/seed003';
import { tableAfter, utc } from './helpers';

const CYCLE: (Status | null)[] = ['Complete', 'On track', null, 'At risk', 'Off track', 'Not started', 'On track', 'Cancelled', 'At risk'];

function build(grid: Grid, today: Date) {
  const plan = structurePlan([grid]).plan;
  const actions: Action[] = plan.actions.map((a, i) => ({ ...a, status: CYCLE[(i * 7) % CYCLE.length] }));
  const figures = summaryFigures({ partnership: plan.partnership, title: plan.title, actions, indicators: [], returns: null }, today);
  const summary = summarySheetSpec(figures, { name: 'Summary' });
  return { plan, actions, figures, summary, table: actionsSheetSpec('Actions', actions) };
}

/** The Actions table read back as records, by column name. */
function records(table: SheetSpec): Record<string, SpecValue>[] {
  const header = table.rows[0] as string[];
  return table.rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? null])));
}

const COL = (name: (typeof ACTION_COLUMNS)[number]) => name;
const text = (v: SpecValue) => (v === null ? '' : cellText(readBackValue(v)));
const closed = (s: string) => s === 'Complete' || s === 'Cancelled';
const dayMs = 86400000;

/** Independent recomputation: plain filters over the Actions table, no code shared with src/core/summary. */
function recompute(table: SheetSpec, today: Date) {
  const rows = records(table);
  const status = (r: Record<string, SpecValue>) => text(r[COL('Status')]) || 'No status';
  const priority = (r: Record<string, SpecValue>) => text(r[COL('Priority')]).trim() || 'No priority stated';
  const due = (r: Record<string, SpecValue>) => r[COL('Due')] as Date | null;
  const t0 = today.getTime();
  const isOverdue = (r: Record<string, SpecValue>) => !closed(status(r)) && due(r) !== null && due(r)!.getTime() < t0;
  const daysAhead = (r: Record<string, SpecValue>) => (due(r)!.getTime() - t0) / dayMs;
  const priorities: string[] = [];
  for (const r of rows) if (!priorities.includes(priority(r))) priorities.push(priority(r));
  priorities.sort((a, b) => Number(a === 'No priority stated') - Number(b === 'No priority stated'));
  const agenciesOf = (r: Record<string, SpecValue>) => {
    const parts = text(r[COL('Lead agency')])
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    return parts.length ? [...new Set(parts.map((p) => p.toLowerCase()))] : ['not stated'];
  };
  const allAgencies = [...new Set(rows.flatMap(agenciesOf))];
  const open = rows.filter((r) => !closed(status(r)));
  return {
    total: rows.length,
    byStatus: Object.fromEntries([...STATUSES, 'No status'].map((s) => [s, rows.filter((r) => status(r) === s).length])),
    matrix: priorities.map((p) => ({
      p,
      cells: [...STATUSES, 'No status'].map((s) => rows.filter((r) => priority(r) === p && status(r) === s).length),
      overdue: rows.filter((r) => priority(r) === p && isOverdue(r)).length,
    })),
    overdue: rows
      .filter(isOverdue)
      .map((r) => ({ ref: r[COL('Ref')], due: due(r)!.getTime() }))
      .sort((a, b) => a.due - b.due),
    within30: open.filter((r) => due(r) && daysAhead(r) >= 0 && daysAhead(r) <= 30).map((r) => r[COL('Ref')]),
    from31: open.filter((r) => due(r) && daysAhead(r) > 30 && daysAhead(r) <= 90).map((r) => r[COL('Ref')]),
    agencies: Object.fromEntries(
      allAgencies.map((a) => [a, { n: rows.filter((r) => agenciesOf(r).includes(a)).length, overdue: rows.filter((r) => isOverdue(r) && agenciesOf(r).includes(a)).length }]),
    ),
    openUndated: open.filter((r) => !due(r)).length,
  };
}

function checkAgainst(f: SummaryFigures, summary: SheetSpec, x: ReturnType<typeof recompute>) {
  // Figures.
  expect(f.actions).toBe(x.total);
  expect(f.byStatus).toEqual(x.byStatus);
  expect(f.priorities.map((p) => p.priority)).toEqual(x.matrix.map((m) => m.p));
  f.priorities.forEach((p, i) => {
    expect([...STATUSES, 'No status'].map((s) => p.byStatus[s as Status])).toEqual(x.matrix[i].cells);
    expect(p.overdue).toBe(x.matrix[i].overdue);
  });
  expect(f.overdue.map((o) => o.ref)).toEqual(x.overdue.map((o) => o.ref));
  expect(f.dueWithin30.map((o) => o.ref).sort()).toEqual([...x.within30].sort());
  expect(f.due31To90.map((o) => o.ref).sort()).toEqual([...x.from31].sort());
  expect(f.openUndated).toBe(x.openUndated);
  expect(Object.fromEntries(f.agencies.map((a) => [a.agency.toLowerCase(), { n: a.actions, overdue: a.overdue }]))).toEqual(x.agencies);

  // The sheet's cells say the same.
  const glance = tableAfter(summary, 'Actions at a glance', '')!;
  expect(glance.body[0].slice(1, 9)).toEqual([x.total, ...[...STATUSES, 'No status'].map((s) => x.byStatus[s])]);
  expect(glance.body[0][9]).toBe(x.overdue.length);
  const matrix = tableAfter(summary, 'Actions by priority and status', 'Priority')!;
  x.matrix.forEach((m, i) => expect(matrix.body[i]).toEqual([m.p, ...m.cells, m.cells.reduce((a, b) => a + b, 0), m.overdue]));
  expect(matrix.body[x.matrix.length][0]).toBe('All priorities');
  const overdue = tableAfter(summary, /^Overdue actions/, 'Action');
  if (x.overdue.length === 0) expect(overdue).toBeNull();
  else expect(overdue!.body.map((r) => [r[1], (r[4] as Date).getTime()])).toEqual(x.overdue.map((o) => [o.ref, o.due]));
  const agencies = tableAfter(summary, 'Actions by lead agency', 'Lead agency')!;
  expect(Object.fromEntries(agencies.body.map((r) => [String(r[0]).toLowerCase(), { n: r[1], overdue: r[2] }]))).toEqual(x.agencies);
}

describe('Summary of seed 000 (50 actions, 5 priorities, 3 strands, no dates)', () => {
  const today = utc(2026, 11, 23);
  const b = build(seed000Grid(), today);

  test('figures recomputed independently from the Actions table', () => {
    expect(b.figures.actions).toBe(50);
    expect(b.figures.priorities).toHaveLength(5);
    checkAgainst(b.figures, b.summary, recompute(b.table, today));
  });

  test('no dates: nothing overdue, said in words, and the period comes from the title', () => {
    expect(b.figures.overdue).toEqual([]);
    expect(b.summary.rows.some((r) => r[0] === 'No actions are overdue.')).toBe(true);
    expect(b.summary.rows.some((r) => typeof r[0] === 'string' && /open actions have no due date/.test(r[0]))).toBe(true);
    expect(b.figures.period).toEqual({ from: '2009-04-01', to: '2010-03-31', source: 'title', label: '2009/10' });
    expect(b.summary.rows[1][0]).toBe("Plan period: 01/04/2009 to 31/03/2010 (2009/10, from the plan's title) · Generated 23/11/2026");
    expect(b.summary.rows[0][0]).toBe('Summary: Basingstoke and Deane Crime and Disorder Reduction Partnership – PARTNERSHIP PLAN – 2009/10');
  });

  test('joint leads count for each agency named', () => {
    const ea2 = b.actions.find((a) => a.ref === 'EA2' && a.priority?.startsWith('Substance'))!;
    expect(ea2.leadAgency).toContain(';');
    const names = ea2.leadAgency!.split(';').map((s) => s.trim());
    for (const n of names) expect(b.figures.agencies.some((a) => a.agency === n)).toBe(true);
    const sum = b.figures.agencies.reduce((t, a) => t + a.actions, 0);
    expect(sum).toBeGreaterThan(50);
  });
});

describe('Summary of seed 001 (19 actions due in 2005-06)', () => {
  const today = utc(2005, 10, 15);
  const b = build(seed001AsbGrid(), today);

  test('figures recomputed independently from the Actions table', () => {
    expect(b.figures.actions).toBe(19);
    const x = recompute(b.table, today);
    expect(x.overdue.length).toBeGreaterThan(0);
    expect(x.within30.length + x.from31.length).toBeGreaterThan(0);
    checkAgainst(b.figures, b.summary, x);
  });

  test('overdue oldest first, with days overdue, lead agency and due date', () => {
    const o = b.figures.overdue;
    for (let i = 1; i < o.length; i++) expect(o[i - 1].due <= o[i].due).toBe(true);
    const first = o[0];
    const a = b.actions.find((x) => x.ref === first.ref)!;
    expect(first.due).toBe(a.due);
    expect(first.days).toBe(Math.round((today.getTime() - Date.parse(a.due!)) / 86400000));
    expect(first.leadAgency).toBe(a.leadAgency ?? 'Not stated');
    expect(['Complete', 'Cancelled']).not.toContain(first.status);
  });

  test("period from the actions' dates, day-first", () => {
    const dues = b.actions
      .map((a) => a.due)
      .filter((d): d is string => !!d)
      .sort();
    expect(b.figures.period.from).toBe(dues[0]);
    expect(b.figures.period.to).toBe(dues[dues.length - 1]);
    expect(b.summary.rows[1][0]).toMatch(/^Plan period: \d\d\/\d\d\/2005 to \d\d\/\d\d\/2006 \(from the actions' dates\) · Generated 15\/10\/2005$/);
  });
});

describe('Summary of seed 003 (objective sections, one action with no lead)', () => {
  const today = utc(2003, 10, 1);
  const b = build(seed003Grid(), today);

  test('figures recomputed independently from the Actions table', () => {
    checkAgainst(b.figures, b.summary, recompute(b.table, today));
  });

  test('an action with no lead agency is listed under "Not stated", last', () => {
    const none = b.actions.filter((a) => !a.leadAgency);
    expect(none.length).toBeGreaterThan(0);
    const last = b.figures.agencies[b.figures.agencies.length - 1];
    expect(last.agency).toBe('Not stated');
    expect(last.actions).toBe(none.length);
  });

  test('the partnership is not repeated when the title already names it', () => {
    expect(b.summary.rows[0][0]).toBe('Summary: Derby Crime and Disorder Reduction Partnership Action Plan Persistent Offending');
  });
});
