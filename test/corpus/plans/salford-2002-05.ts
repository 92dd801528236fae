/**
 * Salford Crime and Disorder Reduction Partnership, Strategy Implementation Plan 2002-2005 (draft
 * as at 13 June 2002): the first six actions of its first section, Cross Cutting Issues. The
 * plan's sections are its crime priorities (Cross Cutting Issues, Nuisance and Disorder, Violent
 * Crime, Vehicle Crime, Burglary, Hate Crime), so the section heading is the priority here.
 * The title page's contents list and return address are left out; the section heading sits
 * above the table's header row. Numbered references "1." are in the action cells; targets and
 * dates share one column ("Output target and date(s)"). Word's line wraps inside cells are gone
 * in the paste; the lead cell of action 1 keeps its second paragraph.
 */
import { CorpusPlan } from '../types';

const P = 'CROSS CUTTING ISSUES';

export const plan: CorpusPlan = {
  name: 'Salford CDRP Strategy Implementation Plan 2002-2005 (excerpt: Cross Cutting Issues, actions 1-6)',
  workbook: 'Salford CDRP Strategy Implementation Plan 2002-2005.xlsx',
  source: 'https://docsbay.net/crime-and-disorder-reduction-partnership',
  kind: 'table',
  sheets: [
    {
      name: 'Sheet1',
      rows: [
        ['Salford'],
        ['Crime and Disorder Reduction Partnership'],
        ['Strategy Implementation Plan'],
        ['2002 – 2005'],
        ['draft status as at 13th June 2002'],
        [],
        [P],
        ['Actions', 'Lead Agency / Officer', 'Funding', 'Output target and date(s)'],
        [
          '1. Provide Citizenship Education Programme, including victim awareness and community issues',
          'Salford Community Safety Unit/ Officer – Education and Leisure Inspection and Advisory Service\nIn Service training programme and Healthy Scheme',
          'From existing resources',
          'Programmes in schools by September 2002',
        ],
        ['2. Develop and implement a strategy to reduce the fear of crime', 'Press and Public Relations', 'Funding required', 'By June 2002'],
        [
          '3. Develop and implement Crime and Disorder Communications Strategy',
          'Press and Public Relations / Salford Community Safety Unit',
          'From existing resources',
          'Strategy in place by June 2002',
        ],
        ['4. Implement Witness Outreach Strategy', 'Salford Community Safety Unit', 'From existing resources', 'Increase the proportion of witnesses accessing the service by 2% per annum'],
        ['5. Deliver targeted Crime Stoppers campaigns in high crime areas', 'Crime stoppers', 'Funding required', 'Four campaigns by September 2003'],
        [
          '6. Develop Victim Support Service and seek funding to extend work with burglary victims. Private tenants, victims of hate crime and children as victims and witnesses',
          'Victim Support',
          'Funding required',
          'Development of service through increased funding',
        ],
      ],
    },
  ],
  truth: {
    actions: [
      {
        ref: '1',
        action: 'Provide Citizenship Education Programme',
        leadOfficer: null,
        leadAgency: 'Salford Community Safety Unit; Officer – Education and Leisure Inspection and Advisory Service',
        due: '2002-09-30',
        priority: P,
        theme: null,
      },
      { ref: '2', action: 'Develop and implement a strategy to reduce the fear of crime', leadOfficer: null, leadAgency: 'Press and Public Relations', due: '2002-06-30', priority: P, theme: null },
      {
        ref: '3',
        action: 'Develop and implement Crime and Disorder Communications Strategy',
        leadOfficer: null,
        leadAgency: 'Press and Public Relations; Salford Community Safety Unit',
        due: '2002-06-30',
        priority: P,
        theme: null,
      },
      { ref: '4', action: 'Implement Witness Outreach Strategy', leadOfficer: null, leadAgency: 'Salford Community Safety Unit', due: null, priority: P, theme: null },
      { ref: '5', action: 'Deliver targeted Crime Stoppers campaigns', leadOfficer: null, leadAgency: 'Crime stoppers', due: '2003-09-30', priority: P, theme: null },
      { ref: '6', action: 'Develop Victim Support Service', leadOfficer: null, leadAgency: 'Victim Support', due: null, priority: P, theme: null },
    ],
  },
};
