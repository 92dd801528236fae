/** The workbook's own name as the last source of a plan's topic (src/core/structure/workbook-name.ts). */
import { structurePlan } from '../../../src/core/structure/structure';
import { topicOfWorkbookName, workbookSubject } from '../../../src/core/structure/workbook-name';
import { topicsNamedIn } from '../../../src/core/structure/topics';
import { buildGrid } from '../../fixtures/grid-builder';

describe('the topic a workbook name gives', () => {
  test.each([
    ['ASB Action Plan 2023-24.xlsx', 'Anti-social Behaviour'],
    ['Hate Crime Delivery Plan v3 FINAL.xlsx', 'Hate Crime'],
    ['Serious Violence Duty - action plan.xlsx', 'Serious Violence'],
    ['Antisocial Behaviour Action Plan 2005-2008.xlsx', 'Antisocial Behaviour'],
    ['Copy of Domestic Abuse Strategy 2019_20 DRAFT (2).xlsx', 'Domestic Abuse'],
    ['VAWG_delivery_plan_2022.xlsm', 'Violence against Women and Girls'],
    ['Warwickshire Prevent Action Plan 2019-2021, 2019-2020 version.xlsx', 'Prevent'],
    ['Prevent Duty Delivery Plan.xlsx', 'Prevent'],
    ['Modern Slavery and Human Trafficking plan Q3.xlsx', 'Modern Slavery and Human Trafficking'],
    ['Drugs & Alcohol Action Plan FY 2019-20.xlsx', 'Drugs & Alcohol'],
    ['Stockton Action Plan to Reduce Adult Re-offending, March 2009.xlsx', 'Adult Re-offending'],
    ['Road Safety plan as at 18.01.2016.xlsx', 'Road Safety'],
    ['Knife Crime and County Lines tracker.xlsx', 'Knife Crime and County Lines'],
  ])('%s -> %s', (name, topic) => {
    expect(topicOfWorkbookName(name)).toBe(topic);
  });

  test('a topic written out keeps its words, made readable; an abbreviation is written in full', () => {
    expect(topicOfWorkbookName('ANTI-SOCIAL BEHAVIOUR ACTION PLAN.xlsx')).toBe('Anti-social Behaviour');
    expect(topicOfWorkbookName('Nuneaton and Bedworth Anti-Social Behaviour Strategy 2023-2025.xlsx')).toBe('Anti-Social Behaviour');
    expect(topicOfWorkbookName('violence against women and girls strategy.xlsx')).toBe('Violence against Women and Girls');
    // Written out and abbreviated, the topic is named once.
    expect(topicOfWorkbookName('Anti-Social Behaviour (ASB) plan.xlsx')).toBe('Anti-Social Behaviour');
  });

  test('several topics are listed in the order the name gives them', () => {
    expect(topicOfWorkbookName('DA and ASB plan 2019-20.xlsx')).toBe('Domestic Abuse and Anti-social Behaviour');
    expect(topicsNamedIn('Hate Crime, Prevent and Community Cohesion')).toBe('Hate Crime, Prevent and Community Cohesion');
  });

  test.each([
    'Book1.xlsx',
    'Copy of plan final v2.xlsx',
    'CSP 2023.xlsx',
    'Community Safety Partnership Action Plan 2023-24.xlsx',
    'Thames Valley OPCC Strategic Delivery Plan 2015-16, as at 18.01.2016.xlsx',
    'Salford CDRP Strategy Implementation Plan 2002-2005.xlsx',
    // A partner, not a topic; "prevent" the verb, not the programme.
    'Fire and Rescue Service plan.xlsx',
    'Plan to prevent harm.xlsx',
    // Two-letter abbreviations count only in capitals.
    'da plan.xlsx',
    '',
  ])('%j names no topic', (name) => {
    expect(topicOfWorkbookName(name)).toBeNull();
  });

  test('what is left of a name: no extension, copy markers, dates, plan words or partnership', () => {
    expect(workbookSubject('ASB_Action_Plan_v1.2_FINAL.xlsx')).toBe('ASB');
    expect(workbookSubject('ASB.Action.Plan.20230412.xlsx')).toBe('ASB');
    expect(workbookSubject('Safer Stockton CSP Hate Crime Strategy 2010-13, action plan.xlsx')).toBe('Safer Stockton Hate Crime');
    expect(workbookSubject('Copy of plan final v2.xlsx')).toBe('');
  });
});

const HEADER = ['Ref', 'Action', 'Lead', 'Timescale'];
const ROW = ['1', 'Deliver awareness training', 'Police', 'March 2020'];
const WORKBOOK = 'ASB Action Plan 2023-24.xlsx';

function structured(sheet: string, rows: (string | null)[][], workbookName?: string) {
  return structurePlan([buildGrid(sheet, rows)], workbookName === undefined ? {} : { workbookName });
}

describe('the workbook name as the last source of the priority', () => {
  test('with nothing in the sheet naming the priority, the workbook name gives it, and an info note says so where the action is', () => {
    const { plan } = structured('Sheet1', [['Action Plan'], ['2023 – 2024'], HEADER, ROW, ['2', 'Run a diversionary summer scheme', 'Youth Service', 'August 2020']], WORKBOOK);
    expect(plan.actions.map((a) => a.priority)).toEqual(['Anti-social Behaviour', 'Anti-social Behaviour']);
    const notes = plan.findings.filter((f) => f.code === 'priority-from-workbook-name');
    expect(notes).toEqual([
      {
        severity: 'info',
        code: 'priority-from-workbook-name',
        sheet: 'Sheet1',
        cell: 'B4',
        message: expect.stringContaining(`"Anti-social Behaviour" of 2 actions on "Sheet1" was taken from the workbook's name, "${WORKBOOK}"`),
      },
    ]);
    expect(notes[0].message).toContain('put a heading above the table');
  });

  test('without a workbook name, or with one that names no topic, the priority stays empty and nothing is said', () => {
    for (const name of [undefined, 'Book1.xlsx']) {
      const { plan } = structured('Sheet1', [HEADER, ROW], name);
      expect(plan.actions[0].priority).toBeNull();
      expect(plan.findings.map((f) => f.code)).not.toContain('priority-from-workbook-name');
    }
  });

  test("the sheet's own name wins over the workbook's (one sheet per priority)", () => {
    const { plan } = structured('Hate Crime', [HEADER, ROW], WORKBOOK);
    expect(plan.actions[0].priority).toBe('Hate Crime');
    expect(plan.findings.map((f) => f.code)).not.toContain('priority-from-workbook-name');
  });

  test('a heading or title above the table wins over the workbook name', () => {
    expect(structured('Sheet1', [['REDUCING BURGLARY'], HEADER, ROW], WORKBOOK).plan.actions[0].priority).toBe('REDUCING BURGLARY');
    expect(structured('Sheet1', [['Warwickshire Prevent Action Plan'], HEADER, ROW], WORKBOOK).plan.actions[0].priority).toBe('Prevent');
  });

  test('a priority column wins over the workbook name', () => {
    const { plan } = structured(
      'Sheet1',
      [
        ['Priority', ...HEADER],
        ['Violent Crime', ...ROW],
      ],
      WORKBOOK,
    );
    expect(plan.actions[0].priority).toBe('Violent Crime');
  });

  test('a goal line wins over the workbook name', () => {
    const { plan } = structured('Sheet1', [['Strategic Goal – Increase reporting of hate incidents'], [], HEADER, ROW], WORKBOOK);
    expect(plan.actions[0].priority).toBe('Increase reporting of hate incidents');
  });

  test('in a workbook of several sheets, only the actions nothing else names take it, one note a sheet', () => {
    const grids = [
      buildGrid('Sheet1', [HEADER, ROW]),
      buildGrid('Burglary', [HEADER, ROW]),
      buildGrid('Sheet3', [
        ['Action', 'Lead', 'Timescale'],
        ['Fit alley gates', 'Council', 'May 2020'],
      ]),
    ];
    const { plan } = structurePlan(grids, { workbookName: WORKBOOK });
    expect(plan.actions.map((a) => a.priority)).toEqual(['Anti-social Behaviour', 'Burglary', 'Anti-social Behaviour']);
    expect(plan.findings.filter((f) => f.code === 'priority-from-workbook-name').map((f) => [f.sheet, f.cell])).toEqual([
      ['Sheet1', 'B2'],
      ['Sheet3', 'A2'],
    ]);
  });
});
