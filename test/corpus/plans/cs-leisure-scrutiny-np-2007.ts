/**
 * A council's Community Safety and Leisure Scrutiny Panel: the action plan answering its final
 * report on Neighbourhood Policing (received 9 March 2007); the source does not name the council.
 * The first two recommendations, lettered "a)" and "b)" inside the recommendation cell. Columns:
 * SCRUTINY RECOMMENDATION / PROPOSED ACTION / BY WHOM / BUDGET COST / TIMESCALE. Recommendation
 * b)'s proposed action holds a second paragraph. Both timescales name two dates (a start or a
 * review, then a report); due is the later.
 */
import { CorpusPlan } from '../types';

const P = 'Neighbourhood Policing';

export const plan: CorpusPlan = {
  name: 'Community Safety and Leisure Scrutiny Panel, action plan from the Neighbourhood Policing report, March 2007 (excerpt: recommendations a-b)',
  workbook: 'Community Safety and Leisure Scrutiny Panel, action plan from the Neighbourhood Policing report, March 2007.xlsx',
  source: 'https://docsbay.net/title-of-report-action-plan-from-scrutiny-report-on-date',
  kind: 'table',
  sheets: [
    {
      name: 'Sheet1',
      rows: [
        ['COMMUNITY SAFETY AND LEISURE SCRUTINY PANEL – ACTION PLAN FROM SCRUTINY REPORT RECEIVED ON'],
        ['9 MARCH 2007'],
        [],
        ['FINAL REPORT - NEIGHBOURHOOD POLICING'],
        [],
        ['SCRUTINY RECOMMENDATION', 'PROPOSED ACTION', 'BY WHOM', 'BUDGET COST', 'TIMESCALE'],
        [
          'a)  A full review be undertaken in one years time to ascertain the achievements resulting from the Introduction of NP and this be presented to the CS&L Scrutiny Panel and Executive',
          'NP is to be introduced fully in April 2007. National performance measures are to be introduced imminently. These should be used alongside any public consultation arrangements where satisfaction with NP could be gauged.',
          'Community Protection Service and Police',
          'N/A',
          'Review April 2008. Report June 2008',
        ],
        [
          'b) To undertake an audit of estates involving consulting the community and other agencies to assist in identifying areas for designing out crime (e.g. Remove hedges bushes, Improve lighting, reduce fear of crime etc.) It is recommended that this be undertaken within six months of the Executive decision',
          'Council security liaison officer to work with neighbourhood managers and others as part of the ward profile requirement of NP. 4 Problem solving groups also to identify sites for investigation.\nProposal for dealing with problem buildings and derelict sites to be considered by Exec.',
          'Council security liaison officer and neighbourhood managers.',
          'Whilst the survey will have no additional cost, any works identified will be taken through the normal capital/ grant processes',
          'To commence May 2007. Report to Exec November 2007',
        ],
      ],
    },
  ],
  truth: {
    actions: [
      { ref: 'a', action: 'A full review be undertaken in one years time', leadOfficer: null, leadAgency: 'Community Protection Service and Police', due: '2008-06-30', priority: P, theme: null },
      {
        ref: 'b',
        action: 'To undertake an audit of estates',
        leadOfficer: null,
        leadAgency: 'Council security liaison officer and neighbourhood managers',
        due: '2007-11-30',
        priority: P,
        theme: null,
      },
    ],
  },
};
