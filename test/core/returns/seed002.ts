import { CellValue, Grid, makeGrid } from '../../../src/core/grid';

/**
 * Seed 002's partner proformas as they look when the Word tables are pasted into Excel: one Word
 * table row per Excel row, labels in column A, answers in B, "Impact" in C and its SWOT in D; Word
 * paragraphs and page breaks leave rows whose label cell is empty. Text is the seed's, shortened
 * where long; the template words are kept exactly as the partners left them.
 */

type Row = (string | null)[];

export const PRIORITIES = ['Anti-social behaviour with a focus on youth related nuisance', 'Domestic Abuse', 'Robbery', 'Children at risk with a focus on knife/blade related incidents'] as const;
export const [ASB, DA, ROBBERY, CAR] = PRIORITIES;

const PARTNERSHIP_PROMPT = 'Insert below how you worked in partnership over 2019/20 to tackle the above priority, include details of any specific projects or partners work with.';
const ASSISTANCE_PROMPT = 'Please explain HOW the partnership has assisted your agency to achieve the priorities of our CSP and any individual organisational objectives.';
const IN_YEAR_TEMPLATE = 'Insert any relevant data to show trends, decreases, increases etc and whether there has been an improvement';
const IMPACT_TEMPLATE = 'Partner to complete.  SWOT – Strengths, Weakness, Opportunities, Threat  Any supporting statistics (% reductions etc)';

function head(agency: string, name: string, role: string, assistance: Row[]): Row[] {
  return [['PRIORITY FEEDBACK TEMPLATE'], ['PARTNER INFORMATION'], ['AGENCY', agency], ['NAME', name], ['ROLE', role], [], [ASSISTANCE_PROMPT], ...assistance, []];
}

function priority(name: string, narrative: string | null): Row[] {
  const rows: Row[] = [
    ['PRIORITIES', null, null, null],
    ['Priority', name],
  ];
  if (narrative) rows.push(['Strategic Assessment Narrative', narrative]);
  rows.push([PARTNERSHIP_PROMPT]);
  return rows;
}

/** Shared Community Safety Team: filled in, but the In year impact left as template text (and once blank). */
export const SNH: Row[] = [
  ...head('SNH Shared Community Safety Team', 'David Lipscombe, James Knight', 'Community Safety Team Leaders', [
    ['The shared community safety team continued to operate across a broad area, engaging partners in a number of professional problem-solving forums.'],
    ['Shared workspaces with Police and other partners contribute significantly to partnership working and access to required information.'],
  ]),
  ...priority(ASB, 'Despite a reduction in overall reports of anti-social behaviour (-13%) to the police the issue remains a concern.'),
  ['- Manage antisocial behaviour referrals through the ABC, VOG and CPN process'],
  ['- Attendance at multi-agency meetings such as Early Help Hub, MEAM and other related meetings'],
  ['- Coordination of partnership problem solving activity through relevant forums and projects.'],
  [
    'Output 1',
    'Acceptable Behaviour Contracts managed  Community Protection Notice warnings issued  Community Protection Notices issued  Civil Injunctions obtained',
    'Impact',
    'S – Early and targeted interventions with escalation route W – Ensuring engagement, time consuming to prepare and monitor O – Expansion and improved partnership working T – Capacity, expectations of partners',
  ],
  [
    'Output 2',
    '80+ education sessions held across local schools and youth groups',
    'Impact',
    'S – targeted audiences, officer knowledge, W – capacity to meet demand O – further expansion T – inability to deliver sessions',
  ],
  ['Output 3', null, 'Impact', null],
  ['Output 4', null, 'Impact', null],
  ['In year impact', IN_YEAR_TEMPLATE],
  [],
  ...priority(DA, 'Reporting of domestic abuse offences has increased by 14% this strategic period.'),
  ['The domestic abuse forum has continued to enable a coordinated and collaborative approach to domestic abuse services.'],
  [
    'Output 1',
    'Bi-monthly meetings of the main forum together with quarterly meetings.',
    'Impact',
    'S: Very strong active membership of all groups W: Recent lack of admin support O: The Domestic Abuse Bill T: Often funding is insecure',
  ],
  ['Output 2', 'Multi-agency training', 'Impact', 'S: Reputation of high quality training means that sessions are fully booked; ability to'],
  [],
  // a page break: the text of both boxes carries on in a row with no label
  [
    null,
    '18 half / full day training sessions have been delivered to 854 multi agency practitioners.',
    null,
    'attract top speakers  W: Capacity issues  O: Sharing of good practice  T: No admin support currently',
  ],
  [
    'Output 3',
    'Delivery of domestic / dating abuse sessions in secondary schools',
    'Impact',
    'S: Well established and impactful format  W:  O: Programme could be rolled out further  T: Funding for drama element is insecure',
  ],
  [
    'Output 4',
    'Oversight of domestic abuse projects: Nepali domestic and sexual abuse outreach project',
    'Impact',
    'S: Enable specific gaps in provision to be addressed  W:  O: Ability to showcase innovative projects  T: Dependant on ongoing officer time',
  ],
  ['In year impact', IN_YEAR_TEMPLATE, null, null],
  [],
  ...priority(ROBBERY, 'Robbery has increased year on year.'),
  ['- Engagement with Hampshire Violence Reduction Unit including focus on problem areas.'],
  ['- Participation in daily management meetings and monthly tactical planning meetings for Hampshire Constabulary.'],
  [
    'Output 1',
    'Established links with Hampshire Violence Reduction Unit through Community Safety Partnership',
    'Impact',
    'S – Links established W – Ensuring local delivery O – Devise joined up working T – Focus historically on south of county',
  ],
  [
    'Output 2',
    'Attendance at daily and monthly Police tactical meetings',
    'Impact',
    'S – Daily engagement with policing partners W – Potential capacity issues O – Reactive to real-time issues T – N/A',
  ],
  [
    'Output 3',
    'Acceptable Behaviour Contracts issued to individuals referred from Basingstoke Police',
    'Impact',
    'S – Partnership working W – Capacity to deal with level of referrals O – Progression of work T – Value added work',
  ],
  ['Output 4', null, 'Impact', null],
  ['In year impact', IN_YEAR_TEMPLATE],
  [],
  ...priority(CAR, 'The threat of serious organised crime especially related to the exploitation of children is a county priority.'),
  ['- Throughout 2019/20 our Schools education officer attended numerous schools, community groups and charities.'],
  ['- The VOG process continued to manage high profile and vulnerable individuals throughout the year.'],
  ['Output 1', '80+ education sessions held across local schools and youth groups', 'Impact', 'S – targeted audiences, officer knowledge, W – capacity to meet demand'],
  ['Output 2', '12 VOG meetings held across Hart and Rushmoor, 12 VOG meetings held across Basingstoke', 'Impact', 'S – multi-agency meeting, action planning W – accountability of partners'],
  ['Output 3', null, 'Impact', null],
  ['Output 4', null, 'Impact', null],
  ['In year impact', null],
  [],
  ['Date', null],
  ['Signature', null],
];

/** Hampshire Constabulary – Hart & Rushmoor: every priority answered; some boxes laid out one under another. */
export const HART_RUSHMOOR: Row[] = [
  ...head('Hampshire Constabulary – Hart & Rushmoor', 'Chief Inspector John Halfacre', 'District commander', [
    ['- The VOG process, led by community safety, allows us to identify vulnerable people and locations.'],
    ['- The monthly Op Met meeting, led by children’s services, provides a process whereby vulnerable young people are discussed.'],
  ]),
  ...priority(ASB, 'Despite a reduction in overall reports of anti-social behaviour (-13%) to the police the issue remains a concern.'),
  ['- Worked with the community safety team to identify local hotspot locations such as McDonalds (Aldershot); Holt Park (Hook).'],
  [
    'Output 1',
    'Hook ASB – Ravenscroft and Holt Lane areas.  During this reporting year the Hook area saw a spike in crime and ASB reports.',
    'Impact',
    'This local initiative in Hook is ongoing, and it is too soon to examine any impact.',
  ],
  [null, 'with the community safety who have created a new drug crime process for ABCs to tackle ASB in Hook.', null, 'Reports of ASB reduced significantly during the reporting year.'],
  ['Output 2', null, null, null],
  ['Output 3', null, null, null],
  ['Output 4', null, null, null],
  ['In year impact', 'Hart & Rushmoor both saw a continued decrease in reported ASB in the 2019-20 reporting year of around 500 (14.5%) incidents.'],
  [],
  ...priority(DA, 'Reporting of domestic abuse offences has increased by 14% this strategic period.'),
  ['- Worked with IDVAs from Aura New Dawn in an initiative to help police with medium risk victims'],
  ['- Safe at Home beat surgeries'],
  [
    'Output 1',
    'Daily district management meetings (DMM) and the monthly Tactical planning Meeting (TPM) processes link in to the monthly VOG process.',
    'Impact',
    'The District review all domestic incidents from the previous 24 hours each (week day) morning.',
  ],
  ['Output 2', '“Safe at Home” initiative', 'Impact', 'A Force initiative to provide visible police surgeries, supported by Aura New Dawn, at supermarkets.'],
  ['Output 3', null, null, null],
  ['Output 4', null, null, null],
  ['In year impact', 'During the 2019-20 reporting period Hart & Rushmoor (combined) saw a 2.3% reduction of reported domestic incidents.'],
  [],
  ...priority(ROBBERY, 'Robbery has increased year on year.'),
  ['- Targeted operations regarding series of robberies (Jan 2020 in Farnborough). County Lines connection'],
  [
    'Output 1',
    'Identification and disruption of two Rushmoor based urban street gangs (USB).',
    'Impact',
    'A spike in offences starting in April 2019 could be attributed to intelligence around a number of young males.',
  ],
  ['Output 2', 'In January 2020 a series of robbery offences in Farnborough took place.', 'Impact', 'The police response, led by the Farnborough neighbourhood police team, identified suspects.'],
  ['Output 3', null, null, null],
  ['Output 4', null, null, null],
  // the box and its answer one under another
  ['In year impact'],
  ['Robbery reports rose by 65% across Hart & Rushmoor for the 2019-20 recording year when compared against the previous year.'],
  [],
  ['PRIORITIES'],
  ['Priority'],
  [CAR],
  ['Strategic Assessment Narrative'],
  ['The threat of serious organised crime especially related to the exploitation of children is a county priority.'],
  [PARTNERSHIP_PROMPT],
  ['- A number of the police operations in Hart & Rushmoor relating to knife crime were linked to the robbery operations.'],
  ['- Op Sceptre – knife crime weeks of action initiatives'],
  ['Output 1'],
  ['Op Sceptre – national weeks of action to tackle knife crime'],
  ['Impact'],
  ['A wide range of preventative, protective and proactive activities are focussed on these weeks of action. Activities have included:'],
  ['- Surrender bins (partnership funded)'],
  ['Output 2'],
  ['Beat The Bleep'],
  ['Impact'],
  ['Hart & Rushmoor NPT became aware of a Metropolitan police school initiative.'],
  ['Output 3', 'Monthly MET meeting', 'Impact', 'This new initiative, chaired by children’s services, has improved working practices across all agencies.'],
  ['Output 4', null, null, null],
  ['In year impact', 'Reported offences where a bladed implement was shown as being involved reduced slightly from 251 in 2018-19 to 234 in 2019-20.'],
  [],
  ['Date', '05/06/20'],
  ['Signature', 'CI 2424 John Halfacre'],
];

/** Hampshire Constabulary – Basingstoke and Deane: outputs written, every Impact left as "Partner to complete". */
export const BASINGSTOKE: Row[] = [
  ...head('Hampshire Constabulary- Basingstoke and Deane', 'Stuart Ratcliffe', 'District Commander', [
    ['Hampshire Constabulary priorities for this reporting period can be viewed through our Force Control Strategy document.'],
  ]),
  ...priority(ASB, 'Despite a reduction in overall reports of anti-social behaviour (-13%) to the police the issue remains a concern.'),
  ['Anti-social behaviour during this reporting period has continued to reduce. Key to tackling anti-social behaviour has been strong partnership work.'],
  [
    'Output 1',
    'Basingstoke Youth Court Youth Court operating to provide peer accountability within the community.',
    'Impact',
    'Partner to complete. SWOT – Strengths, Weakness, Opportunities, Threat',
  ],
  [null, null, null, 'Any supporting statistics (% reductions etc)'],
  ['Output 2', 'Wider Police Family Continued support and strong working relationships with CSPO and Town Centre Rangers.', 'Impact', IMPACT_TEMPLATE],
  ['Output 3', 'Use of Ancillary orders We have worked in partnership with SNH to ensure the appropriate use of ancillary orders within a youth context.', 'Impact', IMPACT_TEMPLATE],
  ['Output 4', 'Partner to complete', 'Impact', IMPACT_TEMPLATE],
  ['In year impact', IN_YEAR_TEMPLATE, null, null],
  [],
  ...priority(DA, 'Reporting of domestic abuse offences has increased by 14% this strategic period.'),
  ['Through this reporting period we have established and staffed a dedicated High Harm Team.'],
  ['Output 1', 'High Harm Team Established Team established with remit for tackling high harm at a local level.', 'Impact', IMPACT_TEMPLATE],
  ['Output 2', 'First Response Education and briefing provided to all district officers to ensure our initial response to DA', 'Impact', 'Partner to complete.'],
  [null, 'incidents is in accordance with HC policy and procedure.', null, 'SWOT – Strengths, Weakness, Opportunities, Threat'],
  [null, null, null, 'Any supporting statistics (% reductions etc)'],
  ['Output 3', 'Partnership We have maintained our involvement in key partnership forums in order to support victims; VOG/MARAC/MATAK.', 'Impact', IMPACT_TEMPLATE],
  ['Output 4', 'Partner to complete', 'Impact', IMPACT_TEMPLATE],
  ['In year impact', IN_YEAR_TEMPLATE],
  [],
  ...priority(ROBBERY, 'Robbery has increased year on year.'),
  ['Robbery has been a challenging district priority over this reporting period.'],
  ['Output 1', 'Operational activity/ Surge Patrols/National action Utilising local and force wide assets to support targeted patrols in hotspot areas.', 'Impact', IMPACT_TEMPLATE],
  // "Output 2" of this return: a page break leaves blank rows, then a row with no label carrying both boxes on
  ['Output 2', 'Education Inputs to key education institutes highlighting the risks of knife crime and', 'Impact', 'Partner to complete.'],
  [],
  [],
  [
    null,
    'being associated with those carrying knives. This has include habitual knife crime workshops, engaging both young persons and parents.',
    null,
    'SWOT – Strengths, Weakness, Opportunities, Threat  Any supporting statistics (% reductions etc)',
  ],
  ['Output 3', 'Young persons partners Utilised key stakeholders such as METT and Willow Team to ensure correct support.', 'Impact', IMPACT_TEMPLATE],
  ['Output 4', 'Site Surveys Teams have engaged with partners to survey and consider environmental issues which may contribute to offences.', 'Impact', IMPACT_TEMPLATE],
  ['In year impact', IN_YEAR_TEMPLATE],
  [],
  ...priority(CAR, 'The threat of serious organised crime especially related to the exploitation of children is a county priority.'),
  ['This priority overlaps considerably with our Robbery and Young persons information provided elsewhere.'],
  ['Output 1', 'County Lines Summit Information sharing and educational summit across Hampshire.', 'Impact', IMPACT_TEMPLATE],
  ['Output 2', 'Education Inputs to key education institutes highlighting the risks of knife crime.', 'Impact', IMPACT_TEMPLATE],
  ['Output 3', 'Op Fortress Partnership response to vulnerable members of community being exploited in their homes.', 'Impact', IMPACT_TEMPLATE],
  ['Output 4', 'Operational Activity We continue to support national weeks of activity ( OP SCEPTRE- Knife Crime and County Lines Intensification).', 'Impact', IMPACT_TEMPLATE],
  ['In year impact', IN_YEAR_TEMPLATE],
  [],
  ['Date', '23/05/20'],
  ['Signature', 'T/CI Stuart Ratcliffe'],
];

/** Hampshire Fire and Rescue Service: two priorities answered, two "not a key priority ... N/A". */
export const HFRS: Row[] = [
  ...head('Hampshire Fire and Rescue Service', 'Ryan Thurman', 'Group Commander – North Group', [
    ['Working together to achieve shared objectives and priorities is often the best way to tackle the issues with each agency being able to play their part.'],
  ]),
  ...priority(ASB, 'Despite a reduction in overall reports of anti-social behaviour (-13%) to the police the issue remains a concern.'),
  ['This is not a key priority for HFRS. There is a link to deliberate fires and road safety. In the period 19/20 the North Group completed 24 road safety initiatives.'],
  ['Various activities have been undertaken to reduce the incidents of deliberate fires through our schools education team.'],
  ['Output 1', 'Reduction in deliberate fires', 'Impact', 'Number of deliberate fires in North Group for 19/20 was 668.'],
  ['Output 2', 'N/A', 'Impact', 'N/A'],
  [],
  ['Output 3', 'N/A', 'Impact', 'N/A'],
  ['Output 4', 'N/A', 'Impact', 'N/A'],
  ['In year impact', '668 deliberate fires in 19/20 was down from 743 in 18/19, a decrease of 10%.'],
  [],
  ...priority(DA, 'Reporting of domestic abuse offences has increased by 14% this strategic period.'),
  ['This is not a key priority for HFRS. There is a link to our Safe and Well Visit strategy.'],
  ['Output 1', 'Number of Safe and Well Visits completed', 'Impact', '1,755 Safe and Well Visits completed in North Group during 19/20'],
  ['Output 2', 'N/A', 'Impact', 'N/A'],
  ['Output 3', 'N/A', 'Impact', 'N/A'],
  ['Output 4', 'N/A', 'Impact', 'N/A'],
  ['In year impact', '1,755 Safe and Well Visits in 19/20 is up from 1,382 in 18/19, an increase of 27%.'],
  [],
  ...priority(ROBBERY, 'Robbery has increased year on year.'),
  ['This is not a key priority for HFRS and we will not get involved in this work.'],
  ['Output 1', 'N/A', 'Impact', 'N/A'],
  ['Output 2', 'N/A', 'Impact', 'N/A'],
  ['Output 3', 'N/A', 'Impact', 'N/A'],
  ['Output 4', 'N/A', 'Impact', 'N/A'],
  ['In year impact', 'N/A'],
  [],
  ...priority(CAR, 'The threat of serious organised crime especially related to the exploitation of children is a county priority.'),
  ['This is not a key priority for HFRS and we will not get involved in this work. Links to SNH and Safeguarding are established should our teams need to make a referral.'],
  ['Output 1', 'N/A', 'Impact', 'N/A'],
  ['Output 2', 'N/A', 'Impact', 'N/A'],
  ['Output 3', 'N/A', 'Impact', 'N/A'],
  ['Output 4', 'N/A', 'Impact', 'N/A'],
  ['In year impact', 'N/A'],
  [],
  ['Date', '18 June 2020'],
  ['Signature', 'R Thurman'],
];

/** NHCCG (health): the template text left nearly everywhere, "Data to follow", and N/A typed after the template words. */
export const CCG: Row[] = [
  ...head('NHCCG', 'Jess Berry', 'Senior Commissioner', [['Partner to complete']]),
  ...priority(ASB, 'Despite a reduction in overall reports of anti-social behaviour (-13%) to the police the issue remains a concern.'),
  ['High Intensity User model (mental health) to support youths with mental health problems presenting regularly to police and other emergency services. NHCCG'],
  ['Output 1', 'Reduced emergency presentations (police/ambulance/Emergency Departments)', 'Impact', 'Data to follow'],
  ['Output 2', 'Partner to complete', 'Impact', 'Partner to complete. SWOT – Strengths, Weakness, Opportunities, Threat Any supporting statistics (% reductions etc)'],
  [],
  ['Output 3', 'Partner to complete', 'Impact', 'Partner to complete. SWOT – Strengths, Weakness, Opportunities, Threat Any supporting statistics (% reductions etc)'],
  ['Output 4', 'Partner to complete', 'Impact', 'Partner to complete. SWOT – Strengths, Weakness, Opportunities, Threat Any supporting statistics (% reductions etc)'],
  ['In year impact', IN_YEAR_TEMPLATE],
  [],
  ...priority(DA, 'Reporting of domestic abuse offences has increased by 14% this strategic period.'),
  ['Improve awareness and promote services to health care professionals.(NHCCG and NEFCCG)'],
  ['Output 1', 'Safety of Domestic abuse victims', 'Impact', 'Data to follow has Karen Sinden got any data on access)'],
  ['Output 2', 'Partner to complete', 'Impact', 'Partner to complete. SWOT – Strengths, Weakness, Opportunities, Threat Any supporting statistics (% reductions etc)'],
  ['Output 3', 'Partner to complete', 'Impact', 'Partner to complete. SWOT – Strengths, Weakness, Opportunities, Threat Any supporting statistics (% reductions etc)'],
  ['Output 4', 'Partner to complete', 'Impact', 'Partner to complete. SWOT – Strengths, Weakness, Opportunities, Threat'],
  [null, null, null, 'Any supporting statistics (% reductions etc)'],
  ['In year impact', IN_YEAR_TEMPLATE],
  [],
  ...priority(ROBBERY, 'Robbery has increased year on year.'),
  ['Partner to complete N/A'],
  ['Output 1', 'Partner to complete', 'Impact', IMPACT_TEMPLATE],
  ['Output 2', 'Partner to complete', 'Impact', IMPACT_TEMPLATE],
  ['Output 3', 'Partner to complete', 'Impact', IMPACT_TEMPLATE],
  ['Output 4', 'Partner to complete', 'Impact', IMPACT_TEMPLATE],
  ['In year impact', IN_YEAR_TEMPLATE],
  [],
  ['PRIORITIES'],
  ['Priority', CAR],
  [],
  ['Strategic Assessment Narrative'],
  ['The threat of serious organised crime especially related to the exploitation of children is a county priority.'],
  [PARTNERSHIP_PROMPT],
  ['Partner to complete'],
  ['Involvement in Mutual Gain process NHCCG'],
  ['Output 1', 'Partner to complete Unfortunately the world café was cancelled due to Covid', 'Impact', IMPACT_TEMPLATE],
  ['Output 2', 'Partner to complete', 'Impact', IMPACT_TEMPLATE],
  ['Output 3', 'Partner to complete', 'Impact', IMPACT_TEMPLATE],
  ['Output 4', 'Partner to complete', 'Impact', IMPACT_TEMPLATE],
  ['In year impact', IN_YEAR_TEMPLATE],
  [],
  ['Date', '11.06.20'],
  ['Signature', 'J Berry'],
];

/** British Army – Aldershot Garrison: no bold labels, an Output row whose "Impact" label is missing, no Output 4 in one priority. */
export const GARRISON: Row[] = [
  ...head('British Army – Aldershot Garrison', 'Lieutenant Colonel C J Baines MBE', 'Garrison Commander', [
    ['Benefits. The CSP has enabled Aldershot Garrison based Service Personnel (SP) to better understand issues affecting civilians.'],
  ]),
  ...priority(ASB, 'Despite a reduction in overall reports of anti-social behaviour (-13%) to the police the issue remains a concern.'),
  ['General. Most of the Service Personnel based at Aldershot live in Service Family Accommodation (SFA).'],
  ['Output 1', 'Neighbourhood Watch Groups.', 'Impact', 'Strength - Families feel safer, builds a community feel.  Weakness – Will not operate in all areas'],
  ['Output 2', 'Military Security Patrols.', 'Impact', 'Strength – Families feel safer. Police feel supported.  Weakness – Needs to be regular and consistent.'],
  ['Output 3', 'Youth Clubs.', 'Impact', 'Strength – More to do for children and a focus on community.'],
  ['Output 4', 'Trialling of parking restrictions in Service Family Accommodation areas.', null, 'Strength – Families feel more secure as areas will be patrolled by traffic wardens.'],
  ['In year impact', 'No data collected'],
  [],
  ['Priority', DA],
  ['Strategic Assessment Narrative', 'Reporting of domestic abuse offences has increased by 14% this strategic period.'],
  [PARTNERSHIP_PROMPT],
  ['General. Cases of Domestic Abuse within the service community environment is no higher than the general populous.'],
  [
    'Output 1',
    'Information Campaign/Counselling Service: Posters Service Community Guide Hive Trained Counsellors',
    'Impact',
    'Strength – Can obtain necessary help/ information without others knowing.',
  ],
  ['Output 2', 'Welfare Teams.  Each unit has its own Unit Welfare Officer.', 'Impact', 'Strength – Issues can be dealt with quickly'],
  ['Output 3', 'Domestic Abuse Training.  Internal and External', 'Impact', 'Strength – Better understanding of issues and how to deal with them'],
  [],
  [null, null, null, 'Threat – N/A'],
  ['In year impact', 'No data is collected'],
];

/** An agency we made up that filled in everything: complete. */
export const PROBATION_FILLED: Row[] = [
  ...head('National Probation Service – Hampshire LDU', 'Joanne Bridgeman', 'Senior Probation Officer', [
    ['Attendance at CSP meetings enables us to hear any particular concerns in our geographical area.'],
  ]),
  ...PRIORITIES.flatMap((p, i): Row[] => [
    ...priority(p, null),
    [`Offenders linked to ${p.toLowerCase()} are managed under IOM or MAPPA with police.`],
    ['Output 1', 'MAPPA referral', 'Impact', 'S: joined-up risk management W: capacity O: shared information T: non-engagement. 12 referrals.'],
    ['Output 2', 'IOM referral', 'Impact', `Provides a joined-up approach; ${10 + i} cases managed.`],
    ['Output 3', null, 'Impact', null],
    ['Output 4', null, 'Impact', null],
    ['In year impact', `Reoffending in the cohort fell from ${40 + i}% to ${35 + i}% over the year.`],
    [],
  ]),
  ['Date', '20th June 2020'],
  ['Signature', 'J Bridgeman'],
];

export function grid(sheet: string, rows: Row[]): Grid {
  return makeGrid(
    sheet,
    rows.map((r) => r.map((v) => v as CellValue)),
  );
}

/** Moves every row right by `cols` columns and down by `rows` rows (a paste that did not land in A1). */
export function offset(rows: Row[], down: number, right: number): Row[] {
  const pad: Row = new Array(right).fill(null);
  return [...new Array(down).fill(null).map((): Row => []), ...rows.map((r) => (r.length ? [...pad, ...r] : r))];
}
