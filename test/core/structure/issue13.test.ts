/** The cases under "Why" in issue #13: older plans whose Word tables were pasted into Excel. */
import { structurePlan } from '../../../src/core/structure/structure';
import { validateActions } from '../../../src/core/validate/actions';
import { buildGrid } from '../../fixtures/grid-builder';

const d = (y: number, m: number, dd: number) => new Date(Date.UTC(y, m - 1, dd));

describe('a date column headed "Output target and date(s)"', () => {
  const grid = () =>
    buildGrid('Action Plan', [
      ['Objective', 'Action', 'Lead', 'Output target and date(s)'],
      ['Reduce youth crime', 'Deliver drugs education', 'Education Service', 'Programmes in schools by September 2002'],
      [null, 'Open a youth shelter', 'Parks', 'By June 2002'],
      [null, 'Review CCTV coverage', 'Police', 'Two new cameras in place by end of March 2003'],
    ]);

  test('gives every action its due date, with a note saying where it came from', () => {
    const { plan, recognised } = structurePlan([grid()]);
    expect(plan.actions.map((a) => [a.action, a.measure, a.due])).toEqual([
      ['Deliver drugs education', 'Programmes in schools by September 2002', '2002-09-30'],
      ['Open a youth shelter', 'By June 2002', '2002-06-30'],
      ['Review CCTV coverage', 'Two new cameras in place by end of March 2003', '2003-03-31'],
    ]);
    const notes = plan.findings.filter((f) => f.code === 'due-from-measure');
    expect(notes.map((f) => [f.severity, f.cell])).toEqual([
      ['info', 'D2'],
      ['info', 'D3'],
      ['info', 'D4'],
    ]);
    expect(notes[0].message).toContain('"by September 2002"');
    expect(plan.findings.map((f) => f.code)).not.toContain('missing-column-timescale');
    const codes = validateActions(recognised, { today: d(2002, 1, 1) }).map((f) => f.code);
    expect(codes).not.toContain('missing-timescale');
  });

  test('a baseline year in the measure text is not a due date', () => {
    const g = buildGrid('Sheet1', [
      ['Action', 'Lead', 'Target'],
      ['Reduce rowdy behaviour', 'ASB Team', 'Reduce incidents by 5% from the baseline year (2007/2008)'],
      ['Perception survey', 'Police', 'Survey results published by December 2009'],
    ]);
    const { plan } = structurePlan([g]);
    expect(plan.actions.map((a) => a.due)).toEqual([null, '2009-12-31']);
    // No date column at all: still reported, the measure's date notwithstanding.
    expect(plan.findings.map((f) => f.code)).toContain('missing-column-timescale');
  });

  test('a column whose cells are timescales is the timescale column, whatever its header', () => {
    const g = buildGrid('Sheet1', [
      ['Ref', 'Action', 'Lead', 'Resources', 'Completion', 'Date raised'],
      ['1', 'Refresh the ASB policy', 'ASB Officer', 'Officer time', 'March 2003', d(2002, 1, 1)],
      ['2', 'Train wardens', 'Wardens', '£2,000', 'Ongoing', d(2002, 1, 1)],
      ['3', 'Publish newsletter', 'Comms', 'Print budget', 'Quarterly', d(2002, 2, 1)],
    ]);
    const { plan } = structurePlan([g]);
    expect(plan.actions.map((a) => [a.timescale, a.due])).toEqual([
      ['March 2003', '2003-03-31'],
      ['Ongoing', null],
      ['Quarterly', null],
    ]);
    expect(plan.findings.map((f) => f.code)).not.toContain('missing-column-timescale');
  });

  test('"Date raised" and "Start date" columns are never taken for the due date', () => {
    const g = buildGrid('Sheet1', [
      ['Action', 'Lead', 'Start date'],
      ['Refresh the ASB policy', 'ASB Officer', d(2002, 1, 1)],
      ['Train wardens', 'Wardens', d(2002, 2, 1)],
    ]);
    const { plan } = structurePlan([g]);
    expect(plan.actions.map((a) => a.due)).toEqual([null, null]);
  });
});

describe('context above the header row', () => {
  test('a chapter heading in capitals sets the priority and a Strategic Goal line the theme; the sheet name does not win', () => {
    const g = buildGrid('Implementation Plan', [
      ['Safer Somewhere Partnership'],
      ['Crime and Disorder Reduction Strategy 2002-2005'],
      [],
      ['REDUCING BURGLARY'],
      ['Burglary Strategic Goal – Increase awareness of home security'],
      ['Action', 'Lead', 'Timescale'],
      ['Home security surveys', 'Police', 'By June 2002'],
      [],
      ['YOUTH NUISANCE'],
      ['Action', 'Lead', 'Timescale'],
      ['Detached youth work', 'Youth Service', 'By June 2002'],
    ]);
    const { plan } = structurePlan([g]);
    expect(plan.actions.map((a) => [a.priority, a.theme])).toEqual([
      ['REDUCING BURGLARY', 'Burglary Strategic Goal – Increase awareness of home security'],
      ['YOUTH NUISANCE', null],
    ]);
  });

  test('with no heading, the sheet name is the last resort; document furniture is no heading', () => {
    const g = buildGrid('Action Plan', [['INTRODUCTION'], ['Action', 'Lead', 'Timescale'], ['Home security surveys', 'Police', 'By June 2002']]);
    expect(structurePlan([g]).plan.actions[0].priority).toBe('Action Plan');
  });
});

describe('references by grammar', () => {
  test('"1a", "1b", "1d*" leading the action text become references, the * a flag from the legend', () => {
    const g = buildGrid('Sheet1', [
      ['Action', 'Lead', 'Timescale'],
      ['1a Run a burglary reduction campaign', 'Police', 'March 2003'],
      ['1b Target-harden repeat victims', 'Housing', 'March 2003'],
      ['1d* Provide alley gates', 'Council', 'March 2003'],
      ['* Also in the Drugs plan'],
    ]);
    const { plan } = structurePlan([g]);
    expect(plan.actions.map((a) => [a.ref, a.action, a.flags])).toEqual([
      ['1a', 'Run a burglary reduction campaign', []],
      ['1b', 'Target-harden repeat victims', []],
      ['1d', 'Provide alley gates', ['Also in the Drugs plan']],
    ]);
    expect(plan.findings.map((f) => f.code)).not.toContain('missing-ref');
  });
});

describe('merged cells mean one action', () => {
  test('a two-paragraph action over two rows, its lead and date merged down beside it, is one action', () => {
    const g = buildGrid(
      'Sheet1',
      [
        ['Action', 'Lead', 'Target', 'Timescale'],
        ['Set up a multi-agency panel for prolific offenders.', 'Probation', 'Panel meets monthly', 'By June 2002'],
        ['The panel will agree an individual plan for each offender.', null, 'Plans for 30 offenders', null],
        ['Expand the arrest referral scheme', 'DAT', '200 referrals', 'March 2003'],
      ],
      ['B2:B3', 'D2:D3'],
    );
    const { plan, recognised } = structurePlan([g]);
    expect(plan.actions.map((a) => [a.action, a.leadAgency, a.measure, a.due])).toEqual([
      ['Set up a multi-agency panel for prolific offenders.\nThe panel will agree an individual plan for each offender.', 'Probation', 'Panel meets monthly\nPlans for 30 offenders', '2002-06-30'],
      ['Expand the arrest referral scheme', 'DAT', '200 referrals', '2003-03-31'],
    ]);
    const codes = validateActions(recognised, { today: d(2002, 1, 1) }).map((f) => f.code);
    expect(codes).not.toContain('missing-lead');
    expect(codes).not.toContain('missing-timescale');
  });

  test('a lead merged down over several numbered actions is the lead of each', () => {
    const g = buildGrid(
      'Sheet1',
      [
        ['Ref', 'Action', 'Lead', 'Timescale'],
        ['1.1', 'Audit street lighting', 'Council Highways', 'March 2003'],
        ['1.2', 'Replace broken lights', null, 'June 2003'],
      ],
      ['C2:C3'],
    );
    const { plan, recognised } = structurePlan([g]);
    expect(plan.actions.map((a) => [a.ref, a.leadAgency])).toEqual([
      ['1.1', 'Council Highways'],
      ['1.2', 'Council Highways'],
    ]);
    expect(recognised[1].cells.lead).toBe('C2');
  });
});

describe('status words and percentage complete', () => {
  test('Ongoing, Delayed, Slipped, Achieved and percentages map onto the vocabulary', () => {
    const g = buildGrid('Sheet1', [
      ['Action', 'Lead', 'Timescale', 'Status'],
      ['A', 'Police', 'March 2003', 'Ongoing'],
      ['B', 'Police', 'March 2003', 'Delayed'],
      ['C', 'Police', 'March 2003', 'Slipped'],
      ['D', 'Police', 'March 2003', 'Achieved'],
      ['E', 'Police', 'March 2003', '100%'],
      ['F', 'Police', 'March 2003', 1],
      ['G', 'Police', 'March 2003', 0],
      ['H', 'Police', 'March 2003', '60%'],
    ]);
    const { plan, recognised } = structurePlan([g]);
    expect(plan.actions.map((a) => a.status)).toEqual(['On track', 'Off track', 'Off track', 'Complete', 'Complete', 'Complete', 'Not started', null]);
    expect(recognised[7].progress).toBe('60% complete');
    expect(validateActions(recognised, { today: d(2002, 1, 1) }).map((f) => f.code)).not.toContain('unknown-status');
  });

  test('a percentage-complete column feeds status and progress', () => {
    const g = buildGrid('Sheet1', [
      ['Action', 'Lead', 'Timescale', '% complete'],
      ['A', 'Police', 'March 2003', 1],
      ['B', 'Police', 'March 2003', 0.4],
      ['C', 'Police', 'March 2003', '0%'],
    ]);
    const { plan, recognised } = structurePlan([g]);
    expect(plan.actions.map((a) => a.status)).toEqual(['Complete', null, 'Not started']);
    expect(recognised.map((r) => r.progress)).toEqual(['100% complete', '40% complete', '0% complete']);
  });
});

describe('titles and lines above the table, as real plans write them', () => {
  test('the title names the priority; a document date, a "Priority Owner" line and a version are no heading', () => {
    const g = buildGrid('Sheet1', [
      ['Delivery Plan - Serious Violence Strategy'],
      ['Serious Violence Strategy Delivery Plan V1.2'],
      ['May 2019'],
      ['Priority 1.1 We will build resilience amongst young people.'],
      ['Priority Owner – Safeguarding Partnership'],
      ['Action', 'Owner', 'Timescale'],
      ['1.1.1 Engage young people', 'Working group', 'March 2020'],
    ]);
    const a = structurePlan([g]).plan.actions[0];
    expect([a.ref, a.priority, a.theme]).toEqual(['1.1.1', 'Serious Violence', 'Priority 1.1 We will build resilience amongst young people.']);
  });

  test('"Action plan to reduce X in Place" names X; a "PATHWAY:" row in the table is the theme', () => {
    const g = buildGrid('Sheet1', [
      ['ACTION PLAN TO REDUCE ADULT RE-OFFENDING IN STOCKTON-ON-TEES'],
      ['March 2009'],
      ['ITEM', 'WHAT ARE WE GOING TO DO?', 'WHO WILL LEAD?', 'WHEN DO WE AIM TO DO IT BY?'],
      ['PATHWAY: Life Skills & Offending Behaviour'],
      ['8.1', 'Deliver programmes', 'Probation', 'March 2010'],
    ]);
    const a = structurePlan([g]).plan.actions[0];
    expect([a.ref, a.priority, a.theme, a.due]).toEqual(['8.1', 'ADULT RE-OFFENDING', 'PATHWAY: Life Skills & Offending Behaviour', '2010-03-31']);
  });

  test('an objective line names the priority when nothing else does, before the sheet name', () => {
    const g = buildGrid('Delivery', [['Police and Crime Plan: Objective 1 Cut crimes of most concern'], ['Action', 'Lead', 'Timescale'], ['1.1 Reduce burglary', 'Police', 'March 2016']]);
    const a = structurePlan([g]).plan.actions[0];
    expect([a.priority, a.theme]).toEqual(['Cut crimes of most concern', 'Police and Crime Plan: Objective 1 Cut crimes of most concern']);
  });

  test('an unheaded column of references before the action column is the reference column', () => {
    const g = buildGrid('Sheet1', [
      [null, 'Action', 'Lead Partner', 'Completion Date'],
      ['1a', 'Provide training', 'Council', 'March 2011'],
      ['1b', 'Promote reporting', 'Police', 'March 2011'],
      ['1d*', 'Recruit volunteers', 'Police', 'March 2012'],
    ]);
    expect(structurePlan([g]).plan.actions.map((a) => [a.ref, a.flags])).toEqual([
      ['1a', []],
      ['1b', []],
      ['1d', ['*']],
    ]);
  });
});

test('an Objective column left blank under its first row (a merged Word cell) is carried down as the theme', () => {
  const g = buildGrid('Sheet1', [
    ['Objective', 'Action', 'To be Achieved by', 'Lead Agency'],
    ['Use intelligence led policing.', 'Vandalism Action Team', 'Aug 05', 'Police'],
    [null, 'Annual police campaign', 'March 08', 'Police'],
    ['Data collection.', 'Target resources', 'March 07', 'Council'],
  ]);
  expect(structurePlan([g]).plan.actions.map((a) => [a.theme, a.due])).toEqual([
    ['Use intelligence led policing.', '2005-08-31'],
    ['Use intelligence led policing.', '2008-03-31'],
    ['Data collection.', '2007-03-31'],
  ]);
});

test('committee action plans: a Recommendation column is the action, "Anticipated Completion Date" the timescale', () => {
  const g = buildGrid('Sheet1', [
    ['Number', 'Recommendation', 'Responsibility', 'Anticipated Completion Date', 'Completion Date'],
    ['1', 'Work with the police on CCTV', 'Head of Community Protection', 'July 2009', null],
    ['2', 'Support Neighbourhood Watch', 'Police', 'March 2010', null],
  ]);
  expect(structurePlan([g]).plan.actions.map((a) => [a.ref, a.action, a.leadAgency !== null || a.leadOfficer !== null, a.due])).toEqual([
    ['1', 'Work with the police on CCTV', true, '2009-07-31'],
    ['2', 'Support Neighbourhood Watch', true, '2010-03-31'],
  ]);
});

describe('headers as plans word them', () => {
  test('question headers, with their explanation in brackets on a second line', () => {
    const g = buildGrid('Sheet1', [
      ['ACTION PLAN TO REDUCE ADULT RE-OFFENDING'],
      [
        'ITEM\n(number)',
        'WHAT ARE WE GOING TO DO?',
        'WHO WILL LEAD?\n(name, post & agency and email address)',
        'WHO ELSE NEEDS TO BE INVOLVED?\n(list by name, post & agency)',
        'HOW WILL WE KNOW WHETHER WE HAVE SUCCEEDED?',
        'WHEN DO WE AIM TO DO IT BY?',
      ],
      ['8.1', 'Count offenders in settled accommodation', 'National Probation Service', 'Housing Options Team', 'Monthly reports', 'April 2009'],
    ]);
    const [a] = structurePlan([g]).plan.actions;
    expect([a.ref, a.action, a.leadAgency, a.measure, a.due]).toEqual(['8.1', 'Count offenders in settled accommodation', 'National Probation Service', 'Monthly reports', '2009-04-30']);
  });

  test('a qualified field word ("Proposed action", "Agreed timescale") is that field', () => {
    const g = buildGrid('Sheet1', [
      ['No', 'Proposed action', 'By whom', 'Agreed timescale'],
      ['1', 'Audit the estates', 'Council security liaison officer', 'May 2007'],
    ]);
    const [a] = structurePlan([g]).plan.actions;
    expect([a.action, a.leadAgency, a.due]).toEqual(['Audit the estates', 'Council security liaison officer', '2007-05-31']);
  });

  test('a scrutiny recommendation beside the proposed action is one action, the response its progress', () => {
    const g = buildGrid('Sheet1', [
      ['SCRUTINY RECOMMENDATION', 'PROPOSED ACTION', 'BY WHOM', 'TIMESCALE'],
      ['a) A full review be undertaken in one year', 'NP is to be introduced fully in April 2007', 'Community Protection Service', 'Report June 2008'],
      ['(b) An audit of estates', 'Liaison officer to work with neighbourhood managers', 'Council security liaison officer', 'November 2007'],
    ]);
    const { plan, recognised } = structurePlan([g]);
    expect(plan.actions.map((a) => [a.ref, a.action, a.due])).toEqual([
      ['a', 'A full review be undertaken in one year', '2008-06-30'],
      ['b', 'An audit of estates', '2007-11-30'],
    ]);
    expect(recognised.map((r) => r.progress)).toEqual(['NP is to be introduced fully in April 2007', 'Liaison officer to work with neighbourhood managers']);
    expect(plan.findings.map((f) => f.code)).not.toContain('missing-column-lead');
  });

  test('police ranks with a chief, detective, acting or temporary prefix are titles', () => {
    const g = buildGrid('Sheet1', [
      ['No.', 'Action', 'Responsibility', 'Date'],
      ['1', 'Consistent use of social media', 'C/Supt. Lang', 'March 2012'],
      ['2', 'Review information sharing', 'T/Insp Amara Okafor Cleveland Police', 'March 2012'],
    ]);
    expect(structurePlan([g]).plan.actions.map((a) => [a.leadOfficer, a.leadAgency])).toEqual([
      ['C/Supt. Lang', null],
      ['T/Insp Amara Okafor', 'Cleveland Police'],
    ]);
  });
});
