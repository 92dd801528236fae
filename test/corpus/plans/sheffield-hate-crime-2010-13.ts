/**
 * Sheffield's Hate Crime Strategy 2010-13 (draft v4): the first four actions of its action plan,
 * under the Cross-Government Hate Crime Action Plan objective and Sheffield's first strategic goal.
 * References 1a-1d sit in a narrow first column with no header of their own; "*" marks the actions
 * the communications plan (1c) could take in. Every completion date is relative to the plan's start
 * ("Within six months of commencement of Action Plan"), so no due date can be read from them.
 * The Outcome cells hold bulleted lines ("- ...").
 */
import { CorpusPlan } from '../types';

const P = 'Hate Crime';
const GOAL = 'Sheffield Strategic Goal - Increase awareness, reporting and recording of Hate Crime incidents';

export const plan: CorpusPlan = {
  name: 'Sheffield Hate Crime Strategy 2010-13, action plan (excerpt: actions 1a-1d)',
  workbook: 'Sheffield Hate Crime Strategy 2010-13, action plan.xlsx',
  source: 'https://studylib.net/doc/7622971/sheffield-hate-crime-strategy-2010-13',
  kind: 'table',
  sheets: [
    {
      name: 'Sheet1',
      rows: [
        ['DRAFT v4'],
        ['The Cross-Government Hate Crime Action Plan Objective: Increase victim and community confidence in the criminal justice system.'],
        [`${GOAL}:`],
        ['Measure of Success – An ?% increase in the number of Hate Crimes reported to Partnership agencies. Baseline to be established.'],
        [null, 'Action', 'Lead Partner', 'Outcome', 'Completion Date'],
        [
          '1a',
          'Provision of training to improve knowledge, understanding and responses to Hate Crime. Develop framework for partners to deliver awareness raising to front line staff groups and ‘Training of trainers’ to roll out through VCF sector.',
          'Sheffield City Council',
          '- Hate incident training made available to all service centre staff, housing officers, Safer Neighbourhoods Officers, and Youth Service Workers.\n- 6 training sessions on Hate Crime delivered to key statutory, community and voluntary service providers per annum through partner panels.',
          'Within one year of commencement of Action Plan',
        ],
        [
          '1b',
          'Collate and promote information on existing reporting mechanisms including update of web based information.',
          'Sheffield City Council',
          'Data collated to identify existing pattern of Hate Crime across Sheffield.',
          'Baseline data collected within six months of commencement of Action Plan.\nOngoing',
        ],
        [
          '1c',
          'Internal and external communications plan to be implemented. (Could incorporate all actions below which are marked *).',
          'Sheffield City Council /South Yorkshire Police',
          'Increased awareness and understanding.',
          'Within six months of commencement of Action Plan.',
        ],
        [
          '1d*',
          'Promote a public awareness campaign that is aimed at raising awareness of Hate Crime reporting which includes a single leaflet containing all partner contact details.',
          'Sheffield City Council/ South Yorkshire Police',
          'Increased awareness and understanding of process and support available for victims of Hate Crime.',
          'Within six months of commencement of Action Plan.',
        ],
      ],
    },
  ],
  truth: {
    actions: [
      { ref: '1a', action: 'Provision of training to improve knowledge', leadOfficer: null, leadAgency: 'Sheffield City Council', due: null, priority: P, theme: GOAL },
      { ref: '1b', action: 'Collate and promote information on existing reporting mechanisms', leadOfficer: null, leadAgency: 'Sheffield City Council', due: null, priority: P, theme: GOAL },
      {
        ref: '1c',
        action: 'Internal and external communications plan to be implemented',
        leadOfficer: null,
        leadAgency: 'Sheffield City Council; South Yorkshire Police',
        due: null,
        priority: P,
        theme: GOAL,
      },
      { ref: '1d', action: 'Promote a public awareness campaign', leadOfficer: null, leadAgency: 'Sheffield City Council; South Yorkshire Police', due: null, priority: P, theme: GOAL },
    ],
  },
};
