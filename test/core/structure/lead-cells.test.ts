/** Lead cells as Word tables write them: agency lists, notes after a dash, e-mail addresses, initials, an unheaded lead column. */
import { splitLead, readsAsLead } from '../../../src/core/people/split';
import { structurePlan } from '../../../src/core/structure/structure';
import { buildGrid } from '../../fixtures/grid-builder';

describe('splitLead on the cells real plans hold', () => {
  test('a comma list of bodies is one agency each, and a lower-case note after a dash is dropped', () => {
    expect(splitLead('WCAVA, EQUIP, Faiths Forums, WCC, District & Borough teams – to promote.')).toEqual({
      leadOfficer: null,
      leadAgency: 'WCAVA; EQUIP; Faiths Forums; WCC; District & Borough teams',
    });
    expect(splitLead('EQUIP – commissioned by NBBC and WCC')).toEqual({ leadOfficer: null, leadAgency: 'EQUIP' });
    expect(splitLead('Police, Council')).toEqual({ leadOfficer: null, leadAgency: 'Police; Council' });
  });

  test('a comma inside one post or agency does not split it', () => {
    expect(splitLead('Head of Service, Housing and Neighbourhoods')).toEqual({ leadOfficer: null, leadAgency: 'Head of Service, Housing and Neighbourhoods' });
  });

  test('a dash before a capital still separates a role from a person', () => {
    expect(splitLead('Prevent Officer – Geoff Thomas')).toEqual({ leadOfficer: 'Geoff Thomas', leadAgency: 'Prevent Officer' });
  });

  test('an e-mail address is contact detail, neither officer nor agency', () => {
    expect(splitLead('National Probation Service Teesside\nlucia.saiger@teesside.probation.gsi.gov.uk')).toEqual({
      leadOfficer: null,
      leadAgency: 'National Probation Service Teesside',
    });
    expect(splitLead('Jo Bloggs (jo.bloggs@example.gov.uk) Housing')).toEqual({ leadOfficer: 'Jo Bloggs', leadAgency: 'Housing' });
  });

  test('initials are a person only where the column names people', () => {
    expect(splitLead('GE', { initialsArePeople: true })).toEqual({ leadOfficer: 'GE', leadAgency: null });
    expect(splitLead('GE')).toEqual({ leadOfficer: null, leadAgency: 'GE' });
    // An acronym the vocabulary knows stays an agency even in a column of people.
    expect(splitLead('PCC', { initialsArePeople: true })).toEqual({ leadOfficer: null, leadAgency: 'PCC' });
  });

  test('readsAsLead tells a lead from an action or a measure', () => {
    expect(readsAsLead('WCAVA, EQUIP, Faiths Forums')).toBe(true);
    expect(readsAsLead('Prevent Officer – Geoff Thomas')).toBe(true);
    expect(readsAsLead('Update and refresh the Prevent webpage on a regular basis')).toBe(false);
    expect(readsAsLead('Increased awareness and understanding of the process')).toBe(false);
  });
});

describe('leads in a table', () => {
  test('initials under "Lead officer" are officers; under "Lead agency" they stay agencies', () => {
    const read = (leadHeader: string) =>
      structurePlan([
        buildGrid('Sheet1', [
          ['Actions', 'Timescale', leadHeader],
          ['1.1 Monitor the force’s effectiveness', 'Ongoing', 'GE'],
        ]),
      ]).plan.actions.map((a) => [a.leadOfficer, a.leadAgency]);
    expect(read('Lead officer')).toEqual([['GE', null]]);
    expect(read('Lead agency')).toEqual([[null, 'GE']]);
  });

  test('an unheaded column beside the action that holds agencies and people is the lead column', () => {
    const { plan } = structurePlan([
      buildGrid('Sheet1', [
        ['Key action', null, 'Timescale', 'Outcomes'],
        ['1.1 Promote events which support community cohesion', 'WCAVA, EQUIP, WCC – to promote.', 'Ongoing', 'Communities are cohesive'],
        ['1.2 Refresh the Prevent webpage', 'Prevent Officer – Geoff Thomas', 'Weekly', 'Information is up to date'],
      ]),
    ]);
    expect(plan.actions.map((a) => [a.ref, a.leadOfficer, a.leadAgency])).toEqual([
      ['1.1', null, 'WCAVA; EQUIP; WCC'],
      ['1.2', 'Geoff Thomas', 'Prevent Officer'],
    ]);
  });

  test('an unheaded column of sentences beside the action is not taken for the lead', () => {
    const { plan } = structurePlan([
      buildGrid('Sheet1', [
        ['Key action', null, 'Timescale'],
        ['1.1 Promote events', 'More people attend events across the county', 'Ongoing'],
        ['1.2 Refresh the webpage', 'The webpage is visited more often than last year', 'Weekly'],
      ]),
    ]);
    expect(plan.actions.map((a) => [a.leadOfficer, a.leadAgency])).toEqual([
      [null, null],
      [null, null],
    ]);
  });
});
