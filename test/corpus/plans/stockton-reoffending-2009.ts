/**
 * Safer Stockton Partnership: Action Plan to Reduce Adult Re-offending in Stockton-on-Tees
 * (Appendix 8 to a committee item, March 2009), pathway "Life Skills & Offending Behaviour",
 * items 8.1 and 8.2. Question-style headers with their explanations in the same cell: ITEM
 * (number) / WHAT ARE WE GOING TO DO? / WHO WILL LEAD? (name, post & agency and email address) /
 * WHO ELSE NEEDS TO BE INVOLVED? / HOW WILL WE KNOW WHETHER WE HAVE SUCCEEDED? / WHEN DO WE AIM
 * TO DO IT BY?. The pathway row sits between the header and the items; the leads give an agency
 * and an e-mail address, no written name. Both timescales name only April 2009 ("Commence April
 * 2009"), so due is the end of April 2009 by the rule (the end of the latest period named).
 */
import { CorpusPlan } from '../types';

const P = 'Adult Re-offending';
const T = 'PATHWAY: Life Skills & Offending Behaviour';
const NPS = 'National Probation Service Teesside';

export const plan: CorpusPlan = {
  name: 'Stockton-on-Tees Action Plan to Reduce Adult Re-offending, March 2009 (excerpt: items 8.1-8.2)',
  workbook: 'Stockton-on-Tees Action Plan to Reduce Adult Re-offending, March 2009.xlsx',
  source: 'https://studylib.net/doc/7645724/action-plan-to-reduce-adult-re-offending-in-stockton-on',
  kind: 'table',
  sheets: [
    {
      name: 'Sheet1',
      rows: [
        ['Item No: 10'],
        ['Appendix 8'],
        ['ACTION PLAN TO REDUCE ADULT RE-OFFENDING IN STOCKTON-ON-TEES'],
        ['March 2009'],
        [
          'ITEM\n(number)',
          'WHAT ARE WE GOING TO DO?',
          'WHO WILL LEAD?\n(name, post & agency and email address)',
          'WHO ELSE NEEDS TO BE INVOLVED?\n(list by name, post & agency)',
          'HOW WILL WE KNOW WHETHER WE HAVE SUCCEEDED?\n(‘SMART’ targets where possible, otherwise ‘process targets’ or as much clarity as possible)',
          'WHEN DO WE AIM TO DO IT BY?',
        ],
        [T],
        [
          '8.1',
          'From April 2009 onwards – identify the number of offenders in settled/suitable accommodation in Stockton at the end of their order or licence – as a contribution towards quantifying local offender housing need\nNational Indicator 143 refers',
          NPS,
          'Stockton Council – LAA performance team who will receive the information from Probation.',
          'Monthly reports to be made by Probation – reports will be made by the 3rd week of the following month',
          'Commence April 2009',
        ],
        [
          '8.2',
          'Teesside Probation Service corporate targets for offending behaviour programmes – Think First etc will be pro rata allocated to Stockton and identified in sentence proposals where assessed need identifies appropriateness',
          `${NPS}\nlucia.saiger@teesside.probation.gsi.gov.uk`,
          'R.Portues / Service IT team\nrussell.portues@teesside.probation.gsi.gov.uk',
          'Local targets to be published April 2009 and communicated to Stockton Partnership',
          'Commence April 2009 – performance against target reported on a monthly basis',
        ],
      ],
    },
  ],
  truth: {
    actions: [
      { ref: '8.1', action: 'From April 2009 onwards – identify the number of offenders', leadOfficer: null, leadAgency: NPS, due: '2009-04-30', priority: P, theme: T },
      { ref: '8.2', action: 'Teesside Probation Service corporate targets for offending behaviour programmes', leadOfficer: null, leadAgency: NPS, due: '2009-04-30', priority: P, theme: T },
    ],
  },
};
