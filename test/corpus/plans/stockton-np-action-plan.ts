/**
 * Stockton-on-Tees Borough Council and Cleveland Police: "Action Plan – Neighbourhood Policing",
 * the response to a scrutiny review (undated in the source; it cites the Force's "My
 * Neighbourhood" website). Recommendation 1 and its first two parts, a) and b). Columns: No. /
 * Recommendation / Proposed Actions/Progress / Success Measures / Responsibility / Date.
 * Recommendation 1's stem and part a) share the first cell; part b) is the next row, with the
 * No. cell merged down from "1". Responsibility names officers by rank and surname ("C/Supt.
 * Lang") and a council officer by name. The Date cells are empty. The truth's references are
 * "1a" and "1b", as the plan's readers would cite them.
 */
import { CorpusPlan } from '../types';

const P = 'Neighbourhood Policing';

export const plan: CorpusPlan = {
  name: 'Stockton-on-Tees Action Plan – Neighbourhood Policing, scrutiny response, undated (excerpt: recommendations 1a-1b)',
  workbook: 'Stockton-on-Tees Action Plan – Neighbourhood Policing, scrutiny response, undated.xlsx',
  source: 'https://docsbay.net/action-plan-neighbourhood-policing',
  kind: 'table',
  sheets: [
    {
      name: 'Sheet1',
      rows: [
        ['Action Plan – Neighbourhood Policing'],
        ['No.', 'Recommendation', 'Proposed Actions/Progress', 'Success Measures', 'Responsibility', 'Date'],
        [
          1,
          'As part of its overall consultation and engagement strategy, Cleveland Police and the Council ensure a consistent approach to communications, including:-\na) a consistent approach to the use of social media by local neighbourhood teams, using the good practice that exists in the Force;',
          '* Michael Beever carrying out training to every Sergeant led team in order to promote usage and corporate approach.\n* At least two members of staff are trained on each Sergeant led team\n* Morning meeting held at Stockton each day at 8.30am identifies any social media issues and direction to be given. This is to be maximised in order to improve public confidence/satisfaction by identifying crime trends, good news stories and crime prevention advice.',
          '• Two trained officers\n• Increase in usage',
          'C/Supt. Lang',
          null,
        ],
        [
          null,
          'b) the Council’s Community Safety Manager and Police keep under review information sharing with the Council to ensure it remains effective and any changes in key contacts are communicated in a timely manner;',
          'Existing arrangements already in place. This is evidenced by following partnership meetings; Daily morning meeting, JAGS, PSG, TCG, Acquisitive crime, Key message document.\n• Council to have identified Single Point of Contact in order that any changes can be passed through the council (Steve Hume)',
          '• Feedback from members\n• Reality checking of Cleveland Police “My Neighbourhood” website\n• Accurate contact details maintained',
          'C/Supt Lang\nSteve Hume',
          null,
        ],
      ],
      merges: ['A3:A4'],
    },
  ],
  truth: {
    actions: [
      { ref: '1a', action: 'As part of its overall consultation and engagement strategy', leadOfficer: 'C/Supt. Lang', leadAgency: null, due: null, priority: P, theme: null },
      { ref: '1b', action: 'the Council’s Community Safety Manager and Police keep under review', leadOfficer: 'C/Supt Lang; Steve Hume', leadAgency: null, due: null, priority: P, theme: null },
    ],
  },
};
