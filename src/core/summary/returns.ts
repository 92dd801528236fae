/** Partner returns received and complete, and their priority sections, for the committee. */
import { SummaryReturnInput } from './input';

export interface SectionCounts {
  complete: number;
  incomplete: number;
  notApplicable: number;
}

export interface ReturnsFigures {
  received: number;
  complete: number;
  incomplete: number;
  /** Priority sections over all returns. */
  priorities: SectionCounts;
  /** Incomplete returns first (they need chasing), then by agency. */
  byAgency: { agency: string; complete: boolean; priorities: SectionCounts }[];
}

function sections(r: SummaryReturnInput): SectionCounts {
  const n = (s: string) => r.priorities.filter((p) => p.status === s).length;
  return { complete: n('complete'), incomplete: n('incomplete'), notApplicable: n('not applicable') };
}

export function returnsFigures(returns: readonly SummaryReturnInput[] | null): ReturnsFigures | null {
  if (returns === null) return null;
  const byAgency = returns
    .map((r) => ({ agency: r.agency, complete: r.complete, priorities: sections(r) }))
    .sort((a, b) => Number(a.complete) - Number(b.complete) || a.agency.localeCompare(b.agency, 'en-GB'));
  const sum = (k: keyof SectionCounts) => byAgency.reduce((t, a) => t + a.priorities[k], 0);
  const complete = returns.filter((r) => r.complete).length;
  return {
    received: returns.length,
    complete,
    incomplete: returns.length - complete,
    priorities: { complete: sum('complete'), incomplete: sum('incomplete'), notApplicable: sum('notApplicable') },
    byAgency,
  };
}
