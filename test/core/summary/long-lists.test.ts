import { Action } from '../../../src/core/plan';
import { summaryFigures, summarySheetSpec } from '../../../src/core/summary';
import { LISTED_AT_MOST } from '../../../src/core/summary/action-sections';
import { action as planAction } from '../share/fixtures';

function action(i: number): Action {
  return planAction({
    ref: `1.${i}`,
    priority: 'Burglary',
    action: `Action ${i}`,
    leadAgency: 'Police',
    timescale: 'March 2005',
    due: `2005-03-${String((i % 28) + 1).padStart(2, '0')}`,
    status: 'On track',
    source: { sheet: 'Plan', cell: `B${i + 1}` },
  });
}

test('a long overdue list shows the oldest few and says where the rest are; the heading keeps the full count', () => {
  const actions = Array.from({ length: 120 }, (_, i) => action(i + 1));
  const f = summaryFigures({ partnership: null, title: null, actions, indicators: [], returns: null }, new Date(Date.UTC(2005, 10, 30)));
  expect(f.overdue).toHaveLength(120);
  const spec = summarySheetSpec(f, { name: 'Summary' });
  const texts = spec.rows.map((r) => String(r[0] ?? ''));
  const heading = texts.indexOf('Overdue actions (120)');
  expect(heading).toBeGreaterThan(0);
  const listed = texts.slice(heading + 2).findIndex((t) => !t.startsWith('Action '));
  expect(listed).toBe(LISTED_AT_MOST);
  expect(texts[heading + 2 + LISTED_AT_MOST]).toBe(`The first ${LISTED_AT_MOST} of 120 overdue actions (oldest first) are listed; filter the Actions sheet on Due and Status for the rest.`);
});
