/**
 * Cumberland Community Safety Partnership, "The partnership's priorities are:" (2024), as a paste
 * of the web page into Excel: one paragraph per row, bullets as "•" paragraphs, images left out.
 * The stored copy of the page ends part-way through the Violence against Women and Girls section,
 * so this transcription covers the Domestic Abuse section and the first three VAWG activities.
 * Public-sector text, transcribed for recognition testing.
 */
import { CorpusPlan } from '../types';

const DA = 'Domestic Abuse';
const VAWG = 'Violence against Women and Girls (VAWG';

export const plan: CorpusPlan = {
  name: 'Cumberland Community Safety Partnership priorities 2024',
  workbook: 'Cumberland Community Safety Partnership priorities 2024.xlsx',
  source: 'https://cumberlandcsp.org.uk/partnerships-priorities-are',
  kind: 'narrative',
  sheets: [
    {
      name: 'Priorities',
      rows: [
        ["The partnership's priorities are:"],
        [],
        ['Domestic Abuse'],
        [
          'This is an incident or pattern of incidents of controlling, coercive, threatening, degrading and violent behaviour, including sexual violence, in most cases by a partner or ex-partner, but also by a family member or carer. It is very common and can include, but is not limited to, the following:',
        ],
        ['• Coercive control (a pattern of intimidation, degradation, isolation and control with the use or threat of physical or sexual violence)'],
        ['• Psychological and/or emotional abuse.'],
        ['• Physical or sexual abuse.'],
        ['• Financial or economic abuse.'],
        ['• Harassment and stalking.'],
        ['• Online or digital abuse.'],
        ['What we will do:'],
        ['• Develop a clear strategy to reduce domestic abuse with an additional focus on work with perpetrators and Babies, Children and Young People.'],
        ['• Enable partners to continue supporting people suffering from domestic abuse.'],
        ['• Ensure victims and survivors can access support to prevent them becoming repeat victims.'],
        [],
        ['Violence against Women and Girls (VAWG'],
        [
          'Violence against women and girls is an umbrella term used to describe any form of abuse directed at women and girls. It can include domestic abuse; rape and sexual violence; stalking; forced marriage; so-called honour based violence; female genital mutilation (FGM); trafficking and sexual exploitation including through the sex industry; and sexual harassment in work and public life. Policing, and society, must focus on violence against women and girls so that it can be eradicated',
        ],
        ['What we will do:'],
        ['• Work together to change attitudes and behaviours towards women and girls that undermine safety.'],
        ['• Encourage increased reporting from victims of VAWG'],
        ["• Target those areas identified as VAWG 'Hot Spots' and work together to minimise the risk to women and girls in those areas using target hardening"],
      ],
    },
  ],
  truth: {
    actions: [
      { ref: null, action: 'Develop a clear strategy to reduce domestic abuse', leadOfficer: null, leadAgency: null, due: null, priority: DA, theme: null },
      { ref: null, action: 'Enable partners to continue supporting people suffering from domestic abuse', leadOfficer: null, leadAgency: null, due: null, priority: DA, theme: null },
      { ref: null, action: 'Ensure victims and survivors can access support', leadOfficer: null, leadAgency: null, due: null, priority: DA, theme: null },
      { ref: null, action: 'Work together to change attitudes and behaviours towards women and girls', leadOfficer: null, leadAgency: null, due: null, priority: VAWG, theme: null },
      { ref: null, action: 'Encourage increased reporting from victims of VAWG', leadOfficer: null, leadAgency: null, due: null, priority: VAWG, theme: null },
      { ref: null, action: "Target those areas identified as VAWG 'Hot Spots'", leadOfficer: null, leadAgency: null, due: null, priority: VAWG, theme: null },
    ],
  },
};
