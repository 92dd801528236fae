/** A checklist plan: "Action required" over a numbered list, with no lead or date columns. */
import { structurePlan } from '../../../src/core/structure/structure';
import { buildGrid } from '../../fixtures/grid-builder';

const GUIDANCE = ['Guidance- summary of activity required', null, 'Work to date', 'Action required'];

function checklist(numbers: (number | string | null)[], merges = ['A2:B2']) {
  const rows = numbers.map((n, i) => [n, `Guidance paragraph ${i + 1}`, `Work done ${i + 1}`, `Board to review item ${i + 1}`]);
  return structurePlan([buildGrid('Sheet1', [['Prevent action plan February 2017'], GUIDANCE, ...rows], merges)]).plan;
}

describe('a numbered checklist with an action column', () => {
  test('is a plan: the numbers are references, the work to date is progress, the title (less its date) the priority', () => {
    const plan = checklist([1, 2, 3]);
    expect(plan.actions.map((a) => [a.ref, a.action, a.priority, a.leadAgency, a.due])).toEqual([
      ['1', 'Board to review item 1', 'Prevent', null, null],
      ['2', 'Board to review item 2', 'Prevent', null, null],
      ['3', 'Board to review item 3', 'Prevent', null, null],
    ]);
    expect(plan.actions.map((a) => a.source.cell)).toEqual(['D3', 'D4', 'D5']);
  });

  test('an unheaded number column counts as well as one under a merged header cell', () => {
    const rows = [1, 2, 3].map((n) => [n, `Deliver item ${n}`, `Done ${n}`]);
    const plan = structurePlan([buildGrid('Sheet1', [[null, 'Action required', 'Work to date'], ...rows])]).plan;
    expect(plan.actions.map((a) => a.ref)).toEqual(['1', '2', '3']);
  });

  test('fewer than three numbered rows, or numbers out of sequence, leave an "Action" table unread', () => {
    expect(checklist([1, 2]).actions).toEqual([]);
    expect(checklist([4, 7, 9]).actions).toEqual([]);
    expect(checklist(['x', 'y', 'z']).actions).toEqual([]);
  });

  test('a headed column of numbers that is no field (Cost) is not taken for references', () => {
    const rows = [1, 2, 3].map((n) => [n, `Deliver item ${n}`]);
    expect(structurePlan([buildGrid('Sheet1', [['Cost', 'Action'], ...rows])]).plan.actions).toEqual([]);
  });
});
