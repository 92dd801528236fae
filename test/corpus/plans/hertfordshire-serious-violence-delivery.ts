/**
 * Hertfordshire Serious Violence Strategy Delivery Plan V1.2 (Appendix A, about 2020): the first
 * two actions. Three headings stack above the table: the outcome, the priority (the plan's own
 * word for its sub-objective, "Priority 1.1 ..."), and the priority's owner. The header is
 * Action / Owner / Progress Update / RAG Rating / Outcome: no timescale column, so no due dates.
 * Three-level references (1.1.1) open the action cells. The plan serves Serious Violence; the
 * nearest heading, Priority 1.1, is the theme.
 */
import { CorpusPlan } from '../types';

const P = 'Serious Violence';
const T = 'Priority 1.1 We will seek to develop resilience, social and emotional skills amongst young people.';
const OWNER = 'SSAG Building Resilience working group';

export const plan: CorpusPlan = {
  name: 'Hertfordshire Serious Violence Strategy Delivery Plan V1.2, Appendix A (excerpt: actions 1.1.1-1.1.2)',
  workbook: 'Hertfordshire Serious Violence Strategy Delivery Plan V1.2, Appendix A.xlsx',
  source: 'https://pdfslide.us/documents/appendix-a-delivery-plan-serious-violence-strategy-delivery-plan-serious-violence.html',
  kind: 'table',
  sheets: [
    {
      name: 'Sheet1',
      rows: [
        ['Delivery Plan - Serious Violence Strategy'],
        ['Serious Violence Strategy Delivery Plan V1.2'],
        ['Appendix A'],
        ['Outcome 1 - A reduction in the number of people carrying and using knives in Hertfordshire (Prevention)'],
        [T],
        ['Priority Owner – Hertfordshire’s Safeguarding Children’s Partnership (HSCP)'],
        ['Action', 'Owner', 'Progress Update', 'RAG Rating', 'Outcome'],
        [
          '1.1.1 Engage CYP (up to 25 for Care Leavers and LDD) as well as parent/carers to understand what they need to be resilient.',
          OWNER,
          'Reviewing feedback from agencies involved in working group and discussing with participation team.',
          'In Progress (amber)',
          'CYP&F views have been collated. Resources have been coproduced with CYP.',
        ],
        [
          '1.1.2 Following review of Actions 1.2.2 and 1.1.1, develop a single portal for hosting a range of resources and packages that can be accessed and used flexibly by a range of agencies working with CYP&F',
          OWNER,
          'Part of the digital offer being developed as part of the early intervention / prevention offer, including Front Door and CE Hub - to consider inclusion of links to provide information (and hyperlinks) to Law, good practice, signs and symptoms, training, SPOC/champion contact register, effective interventions and up-to-date',
          'In Progress (amber)',
          'Online portal in place providing information and advice. Improved consistency.',
        ],
      ],
    },
  ],
  truth: {
    actions: [
      { ref: '1.1.1', action: 'Engage CYP (up to 25 for Care Leavers and LDD)', leadOfficer: null, leadAgency: OWNER, due: null, priority: P, theme: T },
      { ref: '1.1.2', action: 'Following review of Actions 1.2.2 and 1.1.1, develop a single portal', leadOfficer: null, leadAgency: OWNER, due: null, priority: P, theme: T },
    ],
  },
};
