/**
 * Nuneaton and Bedworth Borough Council Anti-Social Behaviour Strategy 2023-2025, its introduction
 * (page 2) and Commitment 2 (page 7), as a paste of the web pages into Excel: one paragraph per
 * row, bullets as "•" paragraphs, the introduction's numbered definition as "1." paragraphs.
 * Public-sector text, transcribed for recognition testing.
 */
import { CorpusPlan } from '../types';

const SAFER = 'Safer Communities';
const AIM = 'To develop and undertake a series of projects and initiatives across the borough with an outcome of designing out ASB in our communities.';

export const plan: CorpusPlan = {
  name: 'Nuneaton and Bedworth Anti-Social Behaviour Strategy 2023-2025',
  workbook: 'Nuneaton and Bedworth Anti-Social Behaviour Strategy 2023-2025.xlsx',
  source: 'https://nuneatonandbedworth.gov.uk/council-housing/anti-social-behaviour-strategy-2023-2025/7',
  kind: 'narrative',
  sheets: [
    {
      name: 'ASB Strategy',
      rows: [
        [
          'The Nuneaton and Bedworth Borough Council (NBBC) Anti-Social Behaviour Strategy covers the period between 2023 and 2025 and details our commitment to making Nuneaton and Bedworth a safe place to live, where residents and visitors are not adversely impacted by the effects of crime and anti-social behaviour.',
        ],
        [
          'The term anti-social behaviour (ASB) can relate to a range of activities: for the purpose of this strategy, we refer to Part 1 of the Anti-social Behaviour, Crime and Policing Act 2014, relating to our responsibilities as a Local Authority and as a social housing provider, which defines ASB as being:',
        ],
        ['1. conduct that has caused, or is likely to cause, harassment, alarm, distress to any person;'],
        ['2. conduct capable of causing nuisance or annoyance to a person in relation to that person’s occupation of residential premises; or'],
        ['3. conduct capable of causing housing-related nuisance or annoyance to any person.'],
        ['The ASB Strategy will be supported by an ASB Policy and ASB Service Standards to ensure our key commitments are delivered operationally within the strategy.'],
        [
          'The ASB Strategy sets out how we will tackle ASB through a framework of early intervention, support, and enforcement. It also sets out how we will do this in partnership with other agencies (statutory, non-statutory and voluntary) to reduce both the volume and the impact of ASB, and to ensure that victims and perpetrators receive support relevant to their needs and circumstances.',
        ],
        [],
        ['Commitment 2: Safer Communities'],
        [`“${AIM}”`],
        [
          'Another of our key strategic commitments is to assess statistics and trends using data collected from our case management system and partnership agencies. We will use this data to develop an action plan to deliver projects and initiatives across specific geographical areas to target ASB hot spots within the borough. We want all residents who are residing, visiting and/or working in the borough to feel safe. This follows the direction of the upcoming regulatory framework and ASB principles and will ensure residents have a safe community and neighbourhood.',
        ],
        ['Where do we want to be'],
        [
          'We want to have completed several community improvements that have reduced and/or mitigated the volume and severity of ASB incidents. As a result of these improvements, communities will feel safer and have improved health and wellbeing.',
        ],
        ['How will we get there'],
        ['• We will make better use of our data to understand the trends and hot spots for ASB across the borough'],
        ['• We will work with partners of NABSCOP to develop and support community-led ASB prevention activities'],
        [
          '• We will reduce the opportunity for crime and ASB by being proactive with mobile patrols, participating in tenant and resident engagement events, targeting hotspots areas with target hardening measures and enforcement action',
        ],
        ['How will we know when we have got there'],
        ['We will have successfully reduced the volume and severity of ASB incidents reported across the borough and this will be demonstrated within the ASB statistics.'],
      ],
    },
  ],
  truth: {
    actions: [
      { ref: null, action: 'We will make better use of our data', leadOfficer: null, leadAgency: null, due: null, priority: SAFER, theme: AIM },
      { ref: null, action: 'We will work with partners of NABSCOP', leadOfficer: null, leadAgency: null, due: null, priority: SAFER, theme: AIM },
      { ref: null, action: 'We will reduce the opportunity for crime and ASB', leadOfficer: null, leadAgency: null, due: null, priority: SAFER, theme: AIM },
    ],
  },
};
