/** Priority from the lines above a table: titles with a place before the subject, labelled titles, report headings. */
import { structurePlan } from '../../../src/core/structure/structure';
import { buildGrid } from '../../fixtures/grid-builder';

const HEADER = ['Ref', 'Action', 'Lead', 'Timescale'];
const ROW = ['1', 'Deliver awareness training', 'Police', 'March 2020'];

function priorityUnder(...above: string[][]): string | null {
  const { plan } = structurePlan([buildGrid('Sheet1', [...above, HEADER, ROW])]);
  expect(plan.actions).toHaveLength(1);
  return plan.actions[0].priority;
}

describe('the priority a title names', () => {
  test('a place before the subject is where the plan is, not what it is about', () => {
    expect(priorityUnder(['Warwickshire Prevent Action Plan'])).toBe('Prevent');
    expect(priorityUnder(['Thames Valley Serious Violence Action Plan'])).toBe('Serious Violence');
  });

  test('the document date after a title is not part of its subject', () => {
    expect(priorityUnder(['Prevent action plan February 2017'])).toBe('Prevent');
    expect(priorityUnder(['Domestic Abuse Action Plan (2019 – 2021)'])).toBe('Domestic Abuse');
  });

  test('a subject that is only a place is kept rather than emptied', () => {
    expect(priorityUnder(['Sheffield Action Plan'])).toBe('Sheffield');
  });

  test('a plan title followed by one of its objectives names the plan; the scope words go', () => {
    expect(priorityUnder(['The Cross-Government Hate Crime Action Plan Objective: Increase victim and community confidence in the criminal justice system.'])).toBe('Hate Crime');
  });

  test('without a label after it, "action plan" in a sentence is no title', () => {
    expect(priorityUnder(['The action plan sets out how partners will work together over the next three years to reduce crime.'])).toBeNull();
  });
});

describe('a report heading above the table', () => {
  test('a document label before a dash is not the subject', () => {
    expect(priorityUnder(['FINAL REPORT - NEIGHBOURHOOD POLICING'])).toBe('NEIGHBOURHOOD POLICING');
    expect(priorityUnder(['Appendix 1 - Progress Report – Neighbourhood Policing, Neighbourhood Watch, and CCTV'])).toBe('Neighbourhood Policing, Neighbourhood Watch, and CCTV');
  });

  test('an appendix that names only furniture is still no heading', () => {
    expect(priorityUnder(['Appendix 2 - Contents'])).toBeNull();
  });
});
