/**
 * Warwickshire Prevent Action Plan 2019-2021 (2019-2020 version, May 2019): the first actions of
 * its first two sections. Each section heading ("1. Community and voluntary sector engagement")
 * is followed by the table's own header, Key action / Timescale / Outcomes / Notes; the column
 * holding the lead (second in each row) has no header word in the source. References 1.1, 2.1
 * open the action cells. Timescales include "Ongoing" and "Weekly" (no end date), and a lead
 * names a person after a role ("Prevent Officer – Geoff Thomas").
 */
import { CorpusPlan } from '../types';

const P = 'Prevent';
const S1 = '1. Community and voluntary sector engagement';
const S2 = '2. Leadership, governance and accountability';
const HEADER = ['Key action', null, 'Timescale', 'Outcomes', 'Notes'];

export const plan: CorpusPlan = {
  name: 'Warwickshire Prevent Action Plan 2019-2021, 2019-2020 version (excerpt: actions 1.1, 1.2, 2.1)',
  workbook: 'Warwickshire Prevent Action Plan 2019-2021, 2019-2020 version.xlsx',
  source: 'https://vdocuments.us/warwickshire-prevent-action-plan-2020-version-project-dovetail-53-develop-a-channel.html',
  kind: 'table',
  sheets: [
    {
      name: 'Sheet1',
      rows: [
        ['Warwickshire Prevent Action Plan'],
        ['2019 – 2021 (2019 – 2020 Version)'],
        ['May 2019'],
        [],
        [S1],
        HEADER,
        [
          '1.1 CAVA/ALL agencies to promote / coordinate events which support community cohesion and learning of other faiths and cultures',
          'WCAVA, EQUIP, Faiths Forums, WCC, District & Borough teams – to promote.',
          'Ongoing',
          'Warwickshire’s communities are cohesive; increased awareness and understanding of different faiths and cultures',
          '- WCAVA regularly promote WRAP training and will also be promoting the new Prevent briefing sessions',
        ],
        [
          '1.2 Continue to deliver the Our Families, Our Future project with a specific focus on women’s groups and youth groups',
          'EQUIP – commissioned by NBBC and WCC',
          'March 2018',
          '- An evaluation and impact report on OFOF 2 was produced after delivery.',
          null,
        ],
        [],
        [S2],
        HEADER,
        [
          '2.1 Update and refresh the Prevent webpage on www.safeinwarwickshire.com/prevent on a regular basis',
          'Prevent Officer – Geoff Thomas',
          'Weekly',
          'Districts and boroughs, frontline professionals and community members have information and resources to support Prevent delivery',
          'Major update of the training advice and booking dates to be in place by April 2019 and updated monthly',
        ],
      ],
    },
  ],
  truth: {
    actions: [
      { ref: '1.1', action: 'CAVA/ALL agencies to promote', leadOfficer: null, leadAgency: 'WCAVA; EQUIP; Faiths Forums; WCC; District & Borough teams', due: null, priority: P, theme: S1 },
      { ref: '1.2', action: 'Continue to deliver the Our Families, Our Future project', leadOfficer: null, leadAgency: 'EQUIP', due: '2018-03-31', priority: P, theme: S1 },
      { ref: '2.1', action: 'Update and refresh the Prevent webpage', leadOfficer: 'Geoff Thomas', leadAgency: 'Prevent Officer', due: null, priority: P, theme: S2 },
    ],
  },
};
