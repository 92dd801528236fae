import fc from 'fast-check';
import { STATUSES, Status } from '../../../src/core/plan';
import { STATUS_KEYS, summaryFigures, summarySheetSpec } from '../../../src/core/summary';
import { act, refValues } from './helpers';

const isoArb = fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const actionArb = fc
  .record({
    priority: fc.option(fc.constantFrom('Burglary', 'ASB', 'Violence', ' ', 'Drugs'), { nil: null }),
    status: fc.option(fc.constantFrom<Status>(...STATUSES), { nil: null }),
    leadAgency: fc.option(fc.constantFrom('Police', 'Council; Police', 'council', 'Fire;', 'Probation; Health; Police'), { nil: null }),
    due: fc.option(isoArb, { nil: null }),
    start: fc.option(isoArb, { nil: null }),
  })
  .map((r) => act(r));
const todayArb = fc
  .date({ min: new Date(Date.UTC(2001, 0, 1)), max: new Date(Date.UTC(2029, 11, 31)), noInvalidDate: true })
  .map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())));

describe('summary figures, for any action list', () => {
  test('status counts sum to the actions; priority x status sums match; overdue and due soon never hold closed actions', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 60 }), todayArb, (actions, today) => {
        const f = summaryFigures({ partnership: null, title: null, actions, indicators: [], returns: null }, today);
        const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
        expect(sum(f.byStatus)).toBe(actions.length);
        expect(f.priorities.reduce((t, p) => t + p.total, 0)).toBe(actions.length);
        for (const p of f.priorities) expect(sum(p.byStatus)).toBe(p.total);
        for (const k of STATUS_KEYS) expect(f.priorities.reduce((t, p) => t + p.byStatus[k], 0)).toBe(f.byStatus[k]);
        expect(f.priorities.reduce((t, p) => t + p.overdue, 0)).toBe(f.overdue.length);
        const day = today.toISOString().slice(0, 10);
        for (const d of [...f.overdue, ...f.dueWithin30, ...f.due31To90]) expect(['Complete', 'Cancelled']).not.toContain(d.status);
        for (const d of f.overdue) expect(d.due < day).toBe(true);
        for (const d of [...f.dueWithin30, ...f.due31To90]) expect(d.due >= day).toBe(true);
        const expectedOverdue = actions.filter((a) => a.due && a.due < day && a.status !== 'Complete' && a.status !== 'Cancelled').length;
        expect(f.overdue.length).toBe(expectedOverdue);
        // Every action with an agency counts at least once; no agency counts an action twice.
        for (const a of f.agencies) expect(a.actions).toBeLessThanOrEqual(actions.length);
        expect(f.agencies.reduce((t, a) => t + a.actions, 0)).toBeGreaterThanOrEqual(actions.length);
      }),
      { numRuns: 300 },
    );
  });

  test('chart caches always equal the cells their references name', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { minLength: 1, maxLength: 40 }), todayArb, (actions, today) => {
        const spec = summarySheetSpec(summaryFigures({ partnership: 'P', title: 'T', actions, indicators: [], returns: null }, today), { name: 'Summary' });
        for (const c of spec.charts ?? []) {
          expect(refValues(spec, c.categories.ref).values).toEqual(c.categories.values);
          for (const s of c.series) expect(refValues(spec, s.ref).values).toEqual(s.values);
        }
      }),
      { numRuns: 100 },
    );
  });
});
