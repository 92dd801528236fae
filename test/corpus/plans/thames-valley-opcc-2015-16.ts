/**
 * Thames Valley Office of the Police and Crime Commissioner, Strategic Delivery Plan 2015/16 (as
 * at 18.01.2016): the first two actions of Section 1, under the Police and Crime Plan's
 * Objective 1. The sheet opens with the RAG legend, then the title, a paragraph on the plan's four
 * sections, the section and objective headings, and a cell of "This will be achieved by:" bullets
 * above the header: Actions / Timescale / Sponsor (SMG) / Lead officer / Current Status of Action /
 * Links to other actions / R/A/G. Lead officers are given by initials ("GE", "AB"): people, so
 * officers, with no agency. Both timescales are "Ongoing". The R/A/G cells are colours only, so
 * blank in a paste. The objective is the Commissioner's priority, and its heading the theme.
 */
import { CorpusPlan } from '../types';
import { lines } from '../../fixtures/grid-builder';

const P = 'Cut crimes of most concern to the public and reduce reoffending';
const T = `Police and Crime Plan: Objective 1 ${P}`;

export const plan: CorpusPlan = {
  name: 'Thames Valley OPCC Strategic Delivery Plan 2015/16, as at 18.01.2016 (excerpt: Section 1, actions 1.1-1.2)',
  workbook: 'Thames Valley OPCC Strategic Delivery Plan 2015-16, as at 18.01.2016.xlsx',
  source: 'https://pdfslide.us/documents/thames-valley-opcc-strategic-delivery-plan-201516-as-at-2016-09-01-thames-valley.html',
  kind: 'table',
  sheets: [
    {
      name: 'Sheet1',
      rows: [
        ['RAG Risk Status is as follows:'],
        ['Green', 'Action on-track or successfully completed (C)'],
        ['Amber', 'Work on action not on-track or at risk/outcome less than satisfactory'],
        ['Red', 'Action significantly delayed or at severe risk of failure/outcome unsuccessful'],
        [],
        ['Thames Valley OPCC Strategic Delivery Plan 2015/16 (as at 18.01.2016)'],
        ['This Strategic Delivery Plan contains four sections:-'],
        [
          'Section 1 (objectives 1 to 6): captures activity of Office of the Police and Crime Commissioner (OPCC) in support of monitoring and delivering the objectives of the Police and Crime Commissioner’s (PCC) Police and Crime Plan;',
        ],
        ['Section 2 (objectives A to F): captures activity in support of all other responsibilities of the PCC and the OPCC.'],
        ['Section 3: HMIC Inspection Reports response ‘Tracker’'],
        ['Section 4: Consultations response ‘Tracker’'],
        [],
        ['SECTION 1'],
        ['Objectives in support of Monitoring and Delivery of the PCC’s Police and Crime Plan'],
        [T],
        [
          lines(
            'This will be achieved by:',
            '- Effective investigation and enforcement',
            '- Working in partnership to tackle priority crimes',
            '- Maintaining the focus on domestic burglary, rural crime and violence',
            '- Decisively dealing with antisocial behaviour',
            '- Further embedding Integrated Offender Management',
            '- Reduce the impact of drugs and alcohol to tackle crime and reduce reoffending',
            '- Use of consistent language',
          ),
        ],
        ['Actions', 'Timescale', 'Sponsor (SMG)', 'Lead officer', 'Current Status of Action', 'Links to other actions', 'R/A/G'],
        [
          '1.1 Monitor TVP’s effectiveness in prioritising violent crime and domestic burglary',
          'Ongoing',
          'PCC',
          'GE',
          'Burglary continues to see continuing reductions. Clear emphasis at Force Performance Group/Force Crime meetings on better understanding (and responding to) increases in violent crime.',
          'TVP 1.1',
          null,
        ],
        [
          '1.2 Seek evidence that TVP’s support for rural and business communities is tackling and preventing crime affecting those communities',
          'Ongoing',
          'PCC',
          'AB',
          'A number of rural Specials have recently been',
          null,
          null,
        ],
      ],
    },
  ],
  truth: {
    actions: [
      { ref: '1.1', action: 'Monitor TVP’s effectiveness in prioritising violent crime', leadOfficer: 'GE', leadAgency: null, due: null, priority: P, theme: T },
      { ref: '1.2', action: 'Seek evidence that TVP’s support for rural and business communities', leadOfficer: 'AB', leadAgency: null, due: null, priority: P, theme: T },
    ],
  },
};
