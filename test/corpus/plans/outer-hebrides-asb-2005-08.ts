/**
 * Comhairle nan Eilean Siar (Outer Hebrides) Antisocial Behaviour Action Plan 2005-2008, as the
 * council's web page gives it: the first eight actions, in the Prevention section. One wide table:
 * Priority Area & key links with legislation / Objective / Action / To be Achieved by / Resource
 * Requirement / Available Resource / Funding Source / Lead Agency/Group. An objective that has
 * several actions is written once and left blank below (a merged cell in the original, pasted as
 * blanks here, where the web table gave them). No references. Dates are month and two-digit year
 * ("March 08"). The section row "Prevention" sits between the title and the header: it names the
 * approach (the model's strand, not scored here); the theme is the objective each action serves,
 * carried down the blank cells, as the model has it ("section or objective heading"). The page is
 * the Action Plan under the council's Antisocial behaviour pages: the pasted rows themselves say
 * only "Action Plan 2005 – 2008", so the priority is known from the source (and the workbook name
 * it is saved under), not from the rows. The first column, headed "Priority Area & key links with
 * legislation", holds references to the legislation ("Part 1" of the Antisocial Behaviour etc.
 * (Scotland) Act 2004), not a priority.
 */
import { CorpusPlan } from '../types';

const P = 'Antisocial Behaviour';
const O1 = 'Responses to Antisocial Behaviour to be co-ordinated throughout the Outer Hebrides.';
const O2 = 'Use Intelligence Led Policing to effectively support local communities.';
const O3 = 'Data collection and research to be integral aspect of ASB.';
const O4 = 'National guidance for the ‘Registration of Landlords’ to direct local action when published.';
const O5 = 'Education for excluded children';

export const plan: CorpusPlan = {
  name: 'Comhairle nan Eilean Siar (Outer Hebrides) Antisocial Behaviour Action Plan 2005-2008 (excerpt: Prevention, actions 1-8)',
  workbook: 'Comhairle nan Eilean Siar (Outer Hebrides) Antisocial Behaviour Action Plan 2005-2008.xlsx',
  source: 'https://www.cne-siar.gov.uk:8000/emergencies-safety-and-crime/community-safety/antisocial-behaviour/action-plan/',
  kind: 'table',
  sheets: [
    {
      name: 'Sheet1',
      rows: [
        ['Action Plan'],
        ['2005 – 2008'],
        ['Prevention'],
        ['Priority Area & key links with legislation', 'Objective', 'Action', 'To be Achieved by', 'Resource Requirement', 'Available Resource', 'Funding Source', 'Lead Agency/\nGroup'],
        [
          'Part 1',
          O1,
          'Antisocial Behaviour Co-ordinator with responsibility for strategic development and operational support to be employed and based within Comhairle.',
          'March 08',
          '£90,000',
          '£90,000',
          'Scottish Executive',
          'CnES',
        ],
        [
          'Part 1',
          O2,
          'Multi agency Vandalism Action Team to be established, drawing on key expertise as well as local knowledge.',
          'August 05',
          '£2,000',
          '£2,000',
          'Community Safety Partnership',
          'Northern Constabulary\nCnES',
        ],
        [
          null,
          null,
          'Education programmes in schools, multi agency support, and intelligence led policing to be used to effectively target vandalism ‘hotspots’.',
          'March 08',
          '£10,000',
          '£10,000',
          'Scottish Executive',
          'Northern Constabulary\nCnES',
        ],
        [null, null, 'Annual ‘High Profile’ Local Police campaign to target Antisocial Behaviour.', 'March 08', 'Staff Time', 'Staff Time', 'Northern Constabulary', 'Northern Constabulary'],
        [
          'Part 1',
          O3,
          'ASB Co-ordinator to work with agencies to ensure that data collection is a key principle for tackling local problems.',
          'March 08',
          'Staff Time',
          'Staff Time',
          'Scottish Executive',
          'CnES',
        ],
        [null, null, 'Local data to be used to target resources, and agency focus effectively.', 'March 07', 'Staff Time', 'Staff Time', 'CnES', 'CnES'],
        ['Part 8', O4, 'Implement registrations in line with Scottish Executive guidance.', 'April 06', 'Staff Time', 'Staff Time', 'CnES', 'CnES'],
        ['Education (Scotland) Act 1980\nChildren (Scotland) Act 1995', O5, 'Implementation of the local inclusion policy.', 'August 05', '£324,000', '£324,000', 'Scottish Executive', 'CnES'],
      ],
    },
  ],
  truth: {
    actions: [
      { ref: null, action: 'Antisocial Behaviour Co-ordinator with responsibility for strategic development', leadOfficer: null, leadAgency: 'CnES', due: '2008-03-31', priority: P, theme: O1 },
      { ref: null, action: 'Multi agency Vandalism Action Team to be established', leadOfficer: null, leadAgency: 'Northern Constabulary; CnES', due: '2005-08-31', priority: P, theme: O2 },
      { ref: null, action: 'Education programmes in schools, multi agency support', leadOfficer: null, leadAgency: 'Northern Constabulary; CnES', due: '2008-03-31', priority: P, theme: O2 },
      { ref: null, action: 'Annual ‘High Profile’ Local Police campaign', leadOfficer: null, leadAgency: 'Northern Constabulary', due: '2008-03-31', priority: P, theme: O2 },
      { ref: null, action: 'ASB Co-ordinator to work with agencies', leadOfficer: null, leadAgency: 'CnES', due: '2008-03-31', priority: P, theme: O3 },
      { ref: null, action: 'Local data to be used to target resources', leadOfficer: null, leadAgency: 'CnES', due: '2007-03-31', priority: P, theme: O3 },
      { ref: null, action: 'Implement registrations in line with Scottish Executive guidance', leadOfficer: null, leadAgency: 'CnES', due: '2006-04-30', priority: P, theme: O4 },
      { ref: null, action: 'Implementation of the local inclusion policy', leadOfficer: null, leadAgency: 'CnES', due: '2005-08-31', priority: P, theme: O5 },
    ],
  },
};
