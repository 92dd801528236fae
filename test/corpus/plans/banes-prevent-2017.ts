/**
 * Bath and North East Somerset Council, Prevent action plan, February 2017: the first four rows.
 * A checklist against the Prevent duty guidance: a number, the guidance, the work to date, and the
 * action required. The header's first cell ("Guidance- summary of activity required") is merged
 * over the number column and the guidance column. There is no lead column and no timescale, so
 * the truth has no leads and no due dates; the action is what the "Action required" column says.
 * Bulleted lists in the "Work to date" cells keep their "·" bullets.
 */
import { CorpusPlan } from '../types';
import { lines } from '../../fixtures/grid-builder';

const P = 'Prevent';

export const plan: CorpusPlan = {
  name: 'Bath and North East Somerset Prevent action plan, February 2017 (excerpt: rows 1-4)',
  workbook: 'Bath and North East Somerset Prevent action plan, February 2017.xlsx',
  source: 'https://docsbay.net/double-click-the-strapline-below-to-change-the-words-in-the-blue-box',
  kind: 'table',
  sheets: [
    {
      name: 'Sheet1',
      rows: [
        ['Prevent action plan February 2017'],
        ['Guidance- summary of activity required', null, 'Work to date', 'Action required'],
        [
          1,
          'Local authorities should establish or make use of an existing local multi-agency group to agree risk and co-ordinate Prevent activity.',
          lines('A Board is in place comprising', '· B&NES Council', '· CCG', '· National Probation Service', '· Police', '· CTIU', '· Bath Spa University', '· Fire and Rescue', '· Bath College'),
          lines(
            'The Board has adopted the terms of reference explicitly highlighting the guidance with consideration for CTLP/risk assessment.',
            'B&NES Prevent referral process has been completed and circulated.',
          ),
        ],
        [
          2,
          'Links will need to be made to other statutory partnerships such as Local Safeguarding Children Boards Safeguarding Adults Boards, Channel panels and Youth Offending Teams',
          lines('The following Council services sit on the Prevent Board', '· Equality', '· Connecting Families', '· Community Safety', '· Emergency Planning', '· Safeguarding', '· 11-19 Outcomes'),
          'Prevent has been incorporated within LSCB, LSAB and YOS and work on prevent awareness sessions to childminders is continuing and this is continuing with connecting families.',
        ],
        [
          3,
          'It will be important that local or regional Prevent co-ordinators have access to senior local authority leadership to give advice and support',
          'Regular discussions take place with CTIU.',
          'CTIU representatives from Avon and Somerset Police provide the Board advice on national and local risks.',
        ],
        [
          4,
          'We expect local multi-agency arrangements to be put in place to effectively monitor the impact of Prevent work.',
          'No Channel Panel referrals to date in B&NES Council area.',
          'Prevent Board to review any Prevent referrals and the efficiency of the process should any referrals be made.',
        ],
      ],
      merges: ['A2:B2'],
    },
  ],
  truth: {
    actions: [
      { ref: '1', action: 'The Board has adopted the terms of reference', leadOfficer: null, leadAgency: null, due: null, priority: P, theme: null },
      { ref: '2', action: 'Prevent has been incorporated within LSCB, LSAB and YOS', leadOfficer: null, leadAgency: null, due: null, priority: P, theme: null },
      { ref: '3', action: 'CTIU representatives from Avon and Somerset Police provide the Board advice', leadOfficer: null, leadAgency: null, due: null, priority: P, theme: null },
      { ref: '4', action: 'Prevent Board to review any Prevent referrals', leadOfficer: null, leadAgency: null, due: null, priority: P, theme: null },
    ],
  },
};
