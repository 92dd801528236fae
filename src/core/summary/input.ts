/** What the Summary is computed from: the plan's actions, its indicators' latest figures and partner returns. */
import { Action } from '../plan';

/** One indicator at its latest period with an actual (the Trajectories sheet's figures). */
export interface SummaryIndicatorInput {
  id: string;
  indicator: string;
  priority: string | null;
  unit: string;
  latestPeriod: string | null;
  latestActual: number | null;
  milestone: number | null;
  rag: 'green' | 'amber' | 'red' | null;
  /** "Significant fall", "Not significant", ... or null when not tested. */
  significance: string | null;
}

/** A partner's return as judged by src/core/returns (a PartnerReturn fits). */
export interface SummaryReturnInput {
  agency: string;
  complete: boolean;
  priorities: { priority: string; status: 'complete' | 'incomplete' | 'not applicable' }[];
}

export interface SummaryInput {
  partnership: string | null;
  title: string | null;
  actions: Action[];
  indicators: SummaryIndicatorInput[];
  /** Null when no returns were read: the Summary then leaves the returns section out. */
  returns: SummaryReturnInput[] | null;
}
