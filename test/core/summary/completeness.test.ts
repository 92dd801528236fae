/**
 * Summary figures for a narrative plan: activities by priority, and how many have a lead, a measure
 * and a timescale; the Summary shows the table only while some action still lacks one.
 */
import { completenessFigures, summaryFigures, summarySheetSpec } from '../../../src/core/summary';
import { structurePlan } from '../../../src/core/structure/structure';
import { Action } from '../../../src/core/plan';
import { seed004Grid } from '../../fixtures/seed004';

const TODAY = new Date(Date.UTC(2012, 5, 1));
const texts = (rows: unknown[][]) => rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))).join(' | '));

test("counts each priority's activities and how many have a lead, a measure and a timescale", () => {
  const actions = structurePlan([seed004Grid()]).plan.actions;
  const typed: Action[] = actions.map((a, i) =>
    i === 0
      ? { ...a, leadAgency: 'Cumbria Constabulary', timescale: 'March 2013', due: '2013-03-31' }
      : i === 1
        ? { ...a, leadAgency: 'Eden District Council', measure: 'Cases reviewed monthly', timescale: 'Ongoing' }
        : a,
  );
  const c = completenessFigures(typed);
  expect(c.map((r) => r.priority)).toEqual(['Anti social behaviour', 'Violent crime', 'Domestic violence', 'Reducing re-offending']);
  expect(c[0]).toEqual({ priority: 'Anti social behaviour', actions: 11, withLead: 2, withMeasure: 1, withTimescale: 2, complete: 1 });
  expect(c[1]).toEqual({ priority: 'Violent crime', actions: 10, withLead: 0, withMeasure: 0, withTimescale: 0, complete: 0 });

  const sheet = texts(summarySheetSpec(summaryFigures({ partnership: null, title: null, actions: typed, indicators: [], returns: null }, TODAY), { name: 'Summary' }).rows as unknown[][]);
  const at = sheet.findIndex((r) => r.startsWith('Actions still to complete, by priority'));
  expect(at).toBeGreaterThan(0);
  expect(sheet).toContain('Anti social behaviour | 11 | 2 | 1 | 2 | 1');
});

test('a plan whose actions all have a lead, a measure and a timescale shows no such table', () => {
  const actions = structurePlan([seed004Grid()]).plan.actions.map((a) => ({ ...a, leadAgency: 'Police', measure: 'Done', timescale: 'Ongoing' }));
  const sheet = texts(summarySheetSpec(summaryFigures({ partnership: null, title: null, actions, indicators: [], returns: null }, TODAY), { name: 'Summary' }).rows as unknown[][]);
  expect(sheet.some((r) => r.startsWith('Actions still to complete'))).toBe(false);
});
