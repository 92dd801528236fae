/**
 * Northumbria Police and Crime Plan, "Preventing crime" page (Priorities 3 and 4), as a paste of the
 * web page into Excel: one paragraph per row, bullets as "•" paragraphs. Each priority's heading is
 * "Priority N – Name"; its activities are the bullets under "I will:".
 * Public-sector text, transcribed for recognition testing.
 */
import { CorpusPlan } from '../types';

const VIOLENT = 'Preventing Violent Crime';
const NEIGHBOURHOOD = 'Neighbourhood Policing';

export const plan: CorpusPlan = {
  name: 'Northumbria Police and Crime Plan: preventing crime priorities',
  workbook: 'Northumbria Police and Crime Plan - preventing crime priorities.xlsx',
  source: 'https://northumbria-pcc.gov.uk/your-priorities/police-crime-plan/preventing-crime/',
  kind: 'narrative',
  sheets: [
    {
      name: 'Preventing crime',
      rows: [
        ['Priority 3 – Preventing Violent Crime'],
        ['We need to prevent people, particularly young people, getting into a life of violent crime.'],
        ['That’s why I set up a Violence Reduction Unit to ensure the police are not alone in standing up to violent crime and I am committed to its long-term success.'],
        ['I will:'],
        ['• ensure there is a clear plan to reduce serious & violent crime – targeting the illegal drugs trade and the crime that follows this'],
        ['• publish data on the number of crimes involving serious violence with a knife, as well as number of hospital admissions for knife related serious violence.'],
        [],
        ['Priority 4 – Neighbourhood Policing'],
        ['Early intervention keeps crime down, and the best way to achieve this is with trusted neighbourhood police officers and staff.'],
        ['Neighbourhood policing is a top priority, alongside working with other organisations such as local councils to help keep our streets safe.'],
        ['I will:'],
        ['• continue to invest and support neighbourhood policing, whilst engaging with communities to ensure their priorities are being acted upon.'],
        ['• seek public feedback and confidence in the force and report back on this. If this falls, I will ensure the force are held to account.'],
      ],
    },
  ],
  truth: {
    actions: [
      { ref: null, action: 'ensure there is a clear plan to reduce serious & violent crime', leadOfficer: null, leadAgency: null, due: null, priority: VIOLENT, theme: null },
      { ref: null, action: 'publish data on the number of crimes involving serious violence with a knife', leadOfficer: null, leadAgency: null, due: null, priority: VIOLENT, theme: null },
      { ref: null, action: 'continue to invest and support neighbourhood policing', leadOfficer: null, leadAgency: null, due: null, priority: NEIGHBOURHOOD, theme: null },
      { ref: null, action: 'seek public feedback and confidence in the force', leadOfficer: null, leadAgency: null, due: null, priority: NEIGHBOURHOOD, theme: null },
    ],
  },
};
