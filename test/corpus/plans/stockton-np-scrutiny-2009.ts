/**
 * Stockton-on-Tees Borough Council: Appendix 1, the progress report on the scrutiny review of
 * Neighbourhood Policing, Neighbourhood Watch and CCTV (2009), first two recommendations.
 * A committee paper's table, one row a recommendation: Number / Recommendation / Responsibility /
 * Anticipated Completion Date / Completion Date / Evidence of progress / Assessment of progress.
 * The anticipated dates were typed "Jul-09", which Excel turns into a date (1 July 2009) when
 * pasted; the period named is July 2009. The responsibility is a post, not a named person.
 */
import { CorpusPlan } from '../types';

const P = 'Neighbourhood Policing, Neighbourhood Watch, and CCTV';
const JUL09 = new Date(Date.UTC(2009, 6, 1));

export const plan: CorpusPlan = {
  name: 'Stockton-on-Tees scrutiny review of Neighbourhood Policing, Neighbourhood Watch and CCTV, progress report 2009 (excerpt: recommendations 1-2)',
  workbook: 'Stockton-on-Tees scrutiny review of Neighbourhood Policing, Neighbourhood Watch and CCTV, progress report 2009.xlsx',
  source: 'https://docsbay.net/doc/7525/appendix-1-progress-report-neighbourhood-policing-neighbourhood-watch-and-cctv',
  kind: 'table',
  sheets: [
    {
      name: 'Sheet1',
      rows: [
        [`Appendix 1 - Progress Report – ${P}`],
        ['Number', 'Recommendation', 'Responsibility', 'Anticipated Completion Date', 'Completion Date', 'Evidence of progress', 'Assessment of progress (Categories 1-4)'],
        [
          1,
          'That the Head of Community Protection be authorised to work in conjunction with Cleveland Police to investigate the potential for joint work to take place in order to ensure that when non-emergency calls are received by either Cleveland Police (eg. 302930/326326) or the Council’s Community Protection services (eg. Neighbourhood Enforcement Service 528439), if necessary, the calls, or the details of the issue, are transferred to the correct service for action, thereby improving customer service;',
          'Head of Community Protection',
          JUL09,
          null,
          'This approach has already been put in place for calls handled by Neighbourhood Enforcement Service. Further discussions are to take place with police colleagues about reciprocal measures.\nCleveland Police control room have advised that when receiving a call for a different agency they assist the caller by directing them to the correct agency and providing the tel. no. They also advise it is not possible to take the details of the issue and forward that on to the relevant agency due to call demand. It is felt that to try to operate in this manner would negatively affect the ability to answer calls in the first instance.\nHowever, discussions are continuing with Police colleagues in the context of their outsourcing project, ‘Progressing in Partnership’, for their Control Room, with a view to improving the quality of outcomes for customers.',
          '1 in respect of SBC\n3 – in respect of Police',
        ],
        [
          2,
          'That the Committee support the plans of Cleveland Police to undertake further promotional work regarding neighbourhood policing teams, and request that this includes promotion of the 302930 neighbourhood police team number.',
          'District Commander',
          JUL09,
          null,
          '302930 will be included in all promotional work,',
          null,
        ],
      ],
    },
  ],
  truth: {
    actions: [
      {
        ref: '1',
        action: 'That the Head of Community Protection be authorised to work in conjunction with Cleveland Police',
        leadOfficer: null,
        leadAgency: 'Head of Community Protection',
        due: '2009-07-31',
        priority: P,
        theme: null,
      },
      { ref: '2', action: 'That the Committee support the plans of Cleveland Police', leadOfficer: null, leadAgency: 'District Commander', due: '2009-07-31', priority: P, theme: null },
    ],
  },
};
