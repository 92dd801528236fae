import { structurePlan } from '../../../src/core/structure/structure';
import { validateActions } from '../../../src/core/validate/actions';
import { analyse } from '../../../src/core/app/analyse';
import { buildGrid } from '../../fixtures/grid-builder';

const d = (y: number, m: number, dd: number) => new Date(Date.UTC(y, m - 1, dd));

/** A tidy modern delivery plan, not from the seeds: separate lead officer / agency columns, RAG, dates. */
const tidy = () =>
  buildGrid('Delivery plan 2019-20', [
    ['Safer Somewhere Community Safety Partnership'],
    ['Partnership Delivery Plan 2019/20'],
    [],
    ['Ref', 'Priority', 'Action Required', 'Lead Officer', 'Lead Agency', 'Measure of success', 'Target Date', 'RAG', 'Progress update', 'Date raised'],
    ['VAW1', 'Violence against women and girls', 'Commission IDVA service', 'Jo Bloggs', 'County Council', 'Service live', d(2019, 9, 30), 'Green', 'Contract signed', d(2019, 4, 1)],
    ['VAW2', null, 'Run White Ribbon campaign', '', 'Police', 'Campaign delivered', 'Q3 2019/20', 'Amber', '', d(2019, 4, 1)],
    ['ASB1', 'Anti-social behaviour', 'Deliver PSPO review', 'Priya Shah', 'District Council', 'Review published', 'March 2020', 'Red', 'Delayed by consultation', null],
    ['ASB2', null, 'Youth diversion in hotspots', null, 'Youth Service', '300 young people engaged', 'Ongoing', 'Complete', null, null],
  ]);

describe('layouts beyond the seeds', () => {
  test('separate lead officer and agency columns, RAG words, date cells, priorities carried down', () => {
    const { plan, recognised } = structurePlan([tidy()]);
    expect(plan.actions.map((a) => [a.ref, a.priority, a.leadOfficer, a.leadAgency, a.due, a.status])).toEqual([
      ['VAW1', 'Violence against women and girls', 'Jo Bloggs', 'County Council', '2019-09-30', 'On track'],
      ['VAW2', 'Violence against women and girls', null, 'Police', '2019-12-31', 'At risk'],
      ['ASB1', 'Anti-social behaviour', 'Priya Shah', 'District Council', '2020-03-31', 'Off track'],
      ['ASB2', 'Anti-social behaviour', null, 'Youth Service', null, 'Complete'],
    ]);
    expect(plan.partnership).toBe('Safer Somewhere Community Safety Partnership');
    expect(validateActions(recognised, { today: d(2019, 11, 1) }).map((f) => `${f.code}@${f.cell}`)).toEqual(['overdue@G5']);
  });

  test("the plan's own progress column becomes the Actions sheet's progress note", () => {
    const a = analyse([tidy()], {}, { today: d(2019, 11, 1) });
    expect(a.progressNotes.get(a.plan.actions[2])).toBe('Delayed by consultation');
  });

  test('"Date raised" is not taken for the due date, and an "Action lead" column is a lead, not a second action', () => {
    const g = buildGrid('Sheet1', [
      ['Date raised', 'Action', 'Action lead', 'Deadline'],
      [d(2020, 1, 1), 'Refresh the ASB policy', 'ASB Officer', '31/03/2020'],
    ]);
    const { plan } = structurePlan([g]);
    expect(plan.actions).toHaveLength(1);
    expect(plan.actions[0]).toMatchObject({ action: 'Refresh the ASB policy', leadAgency: 'ASB Officer', due: '2020-03-31', strand: null });
  });
});

test('"Priority N: ..." rows inside the table set the priority of the actions under them', () => {
  const g = buildGrid('Sheet1', [
    ['Ref', 'Action', 'Lead', 'Deadline'],
    ['Priority 1: Reducing violent crime'],
    ['1.1', 'Street pastors in the night-time economy', 'Police', 'March 2020'],
    ['Priority 2 – Anti-social behaviour'],
    ['2.1', 'Youth outreach in hotspots', 'Youth Service', 'June 2020'],
    ['Objective 2.1 – Early help'],
    ['2.2', 'ASB case reviews', 'Community Safety Team', 'July 2020'],
  ]);
  const { plan } = structurePlan([g]);
  expect(plan.actions.map((a) => [a.ref, a.priority, a.theme])).toEqual([
    ['1.1', 'Reducing violent crime', null],
    ['2.1', 'Anti-social behaviour', null],
    ['2.2', 'Anti-social behaviour', 'Objective 2.1 – Early help'],
  ]);
});
