import { structurePlan } from '../../../src/core/structure/structure';
import { Action } from '../../../src/core/plan';
import { seed000Grid } from '../../fixtures/seed000';
import { seed001AsbGrid } from '../../fixtures/seed001';
import { seed003Grid } from '../../fixtures/seed003';

function byRef(actions: Action[], ref: string, priority?: string): Action {
  const found = actions.filter((a) => a.ref === ref && (priority === undefined || a.priority === priority));
  expect(found).toHaveLength(1);
  return found[0];
}

describe('seed 003: objective sections, header repeated, references in the text', () => {
  const { plan } = structurePlan([seed003Grid()]);
  const actions = plan.actions;

  test('17 actions, in order, with their references taken out of the text', () => {
    expect(actions.map((a) => a.ref)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '4.4', '5.1', '6.1', '6.2', '6.3']);
    expect(byRef(actions, '1.1').action).toBe('Gain knowledge of the national picture of drugs and crime to inform local strategy.');
  });

  test('priority from the plan title, themes from the objective rows', () => {
    expect(new Set(actions.map((a) => a.priority))).toEqual(new Set(['Persistent Offending']));
    expect(byRef(actions, '1.3').theme).toBe('Objective 1 – Develop and analyse high quality data on domestic burglary focusing on');
    expect(byRef(actions, '3.4').theme).toBe('Objective 3 - Develop a partnership action plan to break the cycle of drug related persistent offending');
    expect(byRef(actions, '6.3').theme).toBe('Objective 6 – Reduce the fear of domestic burglary whilst reinforcing the home security message');
    expect(actions.every((a) => a.strand === null && a.flags.length === 0)).toBe(true);
  });

  test('leads split into named officer and agency', () => {
    expect(byRef(actions, '1.1')).toMatchObject({ leadOfficer: "Tim O'Neill", leadAgency: 'CDRP' });
    expect(byRef(actions, '1.2')).toMatchObject({ leadOfficer: 'Dave Simmonds', leadAgency: 'CDRP Team' });
    expect(byRef(actions, '3.1')).toMatchObject({ leadOfficer: 'Helen Boocock', leadAgency: 'Probation' });
    expect(byRef(actions, '5.1')).toMatchObject({ leadOfficer: 'Andy Smith', leadAgency: 'Derby Division' });
    expect(byRef(actions, '6.2')).toMatchObject({ leadOfficer: 'Karen Oliffe', leadAgency: 'NDC' });
    expect(byRef(actions, '6.3')).toMatchObject({ leadOfficer: 'Sharon Squires', leadAgency: null });
  });

  test('due dates from every timescale', () => {
    const due = Object.fromEntries(actions.map((a) => [a.ref, [a.start, a.due]]));
    expect(due).toEqual({
      '1.1': [null, '2005-09-30'],
      '1.2': ['2003-07-01', '2003-10-31'],
      '1.3': [null, '2003-12-31'],
      '2.1': [null, '2003-09-30'],
      '2.2': [null, '2004-03-31'],
      '3.1': [null, '2004-04-30'],
      '3.2': [null, '2004-03-31'],
      '3.3': [null, '2003-09-30'],
      '3.4': [null, '2003-09-30'],
      '4.1': ['2003-06-01', '2003-10-31'],
      '4.2': [null, '2004-12-31'],
      '4.3': [null, '2003-10-31'],
      '4.4': [null, '2003-10-31'],
      '5.1': ['2003-06-01', '2004-03-31'],
      '6.1': [null, '2003-03-31'],
      '6.2': [null, null],
      '6.3': [null, '2003-07-31'],
    });
  });

  test('measures keep their paragraphs; sources point at the action cell', () => {
    expect(byRef(actions, '1.1').measure).toBe('Measured by CDRP self assessment criteria 2.7\nAnnual report to Strategy Implementation Group');
    expect(byRef(actions, '1.1').source).toEqual({ sheet: 'Sheet1', cell: 'A12' });
    expect(byRef(actions, '6.2').timescale).toBe('Current and ongoing through tenure of strategy');
  });

  test('the plan names its partnership and title', () => {
    expect(plan.partnership).toBe('Derby Crime and Disorder Reduction Partnership');
    expect(plan.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('seed 001: numbered sections, * flags from the legend, two-target action 1.3', () => {
  const { plan } = structurePlan([seed001AsbGrid()]);
  const actions = plan.actions;

  test('every action of the Anti-social Behaviour plan, membership table and notes ignored', () => {
    expect(actions.map((a) => a.ref)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '3.1', '3.2', '4.1', '4.2', '4.3', '4.4', '4.5']);
    expect(new Set(actions.map((a) => a.priority))).toEqual(new Set(['Anti-social Behaviour']));
  });

  test('sections become themes, including "2." written in the No column', () => {
    expect(byRef(actions, '1.2').theme).toBe('1. Information & Data Sharing');
    expect(byRef(actions, '2.1').theme).toBe('2. Prevention & Education');
    expect(byRef(actions, '3.2').theme).toBe('3. Enforcement');
    expect(byRef(actions, '4.5').theme).toBe('4. Working in & with Communities');
  });

  test('flags explained by the legend', () => {
    for (const ref of ['4.1', '4.2', '4.3', '4.4', '4.5']) expect(byRef(actions, ref).flags).toEqual(['Community reassurance & fear of crime related action']);
    expect(byRef(actions, '3.2').flags).toEqual([]);
  });

  test('action 1.3 carries its second target and timescale; due is the latest', () => {
    const a = byRef(actions, '1.3');
    expect(a.measure).toBe('Study completed\nRecommendations implemented');
    expect(a.timescale).toBe('September 2005\nMarch 2006');
    expect(a.due).toBe('2006-03-31');
    expect(byRef(actions, '2.2').due).toBe('2005-09-30');
    expect(byRef(actions, '4.1').due).toBe('2005-09-30');
    expect(byRef(actions, '1.1').due).toBe('2005-08-31');
  });

  test('leads', () => {
    expect(byRef(actions, '1.1')).toMatchObject({ leadOfficer: 'Sue Haslett', leadAgency: 'Partnership Support Team' });
    expect(byRef(actions, '2.1')).toMatchObject({ leadOfficer: 'Karen Talbot', leadAgency: 'Partnership Support Team' });
    expect(byRef(actions, '2.5')).toMatchObject({ leadOfficer: 'Dee Hornblower', leadAgency: "Derbys' Police" });
    expect(byRef(actions, '2.9')).toMatchObject({ leadOfficer: 'Jamie Walker', leadAgency: 'Derbyshire Fire & Rescue Service' });
    expect(byRef(actions, '3.1')).toMatchObject({ leadOfficer: 'Jack Twomey', leadAgency: 'SDDC' });
  });
});

describe('seed 000: wide PREVENTION / ENFORCEMENT / INTELLIGENCE table', () => {
  const { plan } = structurePlan([seed000Grid()]);
  const actions = plan.actions;
  const SUB = 'Substance Related Crime and Anti Social Behaviour (ASB)';
  const WOUND = 'Wounding & Violent Crime (Including Domestic Abuse)';

  test('50 actions, one per strand cell, priorities carried down', () => {
    expect(actions).toHaveLength(50);
    const count = (p: string) => actions.filter((a) => a.priority === p).length;
    expect(count(SUB)).toBe(12);
    expect(count('Fear of Crime')).toBe(9);
    expect(count(WOUND)).toBe(17);
    expect(count('Criminal Damage')).toBe(8);
    expect(count('Burglary (Dwelling & Non Dwelling)')).toBe(4);
  });

  test('strands from the group header', () => {
    expect(new Set(actions.map((a) => a.strand))).toEqual(new Set(['Prevention', 'Enforcement', 'Intelligence']));
    expect(actions.filter((a) => a.priority === WOUND && a.strand === 'Enforcement').map((a) => a.ref)).toEqual(['EA1', 'EA2', 'EA3', 'EA4', 'EA5', 'EA6']);
    expect(byRef(actions, 'PA1', SUB)).toMatchObject({ strand: 'Prevention', source: { sheet: 'Partnership Plan 2009-10', cell: 'C9' } });
  });

  test('the two continuation rows left by page breaks are merged into the actions above', () => {
    expect(byRef(actions, 'EA4', SUB).measure).toBe('Number of orders requested.\nNumber of orders granted.\nNumber of orders completed.\nRequests from Police in relation to insurgent drug dealers');
    const ia4 = byRef(actions, 'IA4', WOUND);
    expect(ia4.action).toBe('Identify and implement methods of obtaining data from other agencies to improve the boroughs understanding in relation to domestic abuse');
    expect(ia4.leadAgency).toBe('BDBC Domestic Abuse Coordinator; DV Forum');
    expect(ia4.measure).toBe('Number of agencies contributing data.\nNumber of new agencies identified.\nNumber of agencies approached.');
  });

  test('owners are agencies and roles, not people; multi-paragraph cells kept', () => {
    expect(actions.every((a) => a.leadOfficer === null)).toBe(true);
    expect(byRef(actions, 'EA2', SUB).leadAgency).toBe("Police OCU Public Reassurance Inspector; HCC ACSO's; BDBC Anti-Social Behaviour Officer; HFRS");
    expect(byRef(actions, 'IA2', SUB).action).toBe('A detailed profile of ASB and patterns relating to young people aged 10-17 yrs across the borough.\nIncluding alcohol issues.');
  });

  test('title rows give the plan and partnership; no timescale column is reported once', () => {
    expect(plan.title).toBe('PARTNERSHIP PLAN – 2009/10');
    expect(plan.partnership).toBe('Basingstoke and Deane Crime and Disorder Reduction Partnership');
    expect(plan.findings.map((f) => f.code)).toEqual(['missing-column-timescale']);
    expect(actions.every((a) => a.due === null && a.timescale === null)).toBe(true);
  });
});
