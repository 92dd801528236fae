import { PartnerReturn } from './model';
import { normalise } from './text';

/** Returns received and complete, by agency: the committee's "which partners have not returned". */
export interface AgencyReturnFigures {
  agency: string;
  sheet: string;
  /** Every priority complete or not applicable and the partner information given. */
  complete: boolean;
  priorities: { complete: number; incomplete: number; notApplicable: number };
}

export interface ReturnFigures {
  /** Returns read. */
  received: number;
  /** Of those, complete. */
  completeReturns: number;
  /** Priority sections over all returns. */
  priorities: { complete: number; incomplete: number; notApplicable: number };
  byAgency: AgencyReturnFigures[];
  /** Agencies expected (when a list was given) with no return at all. */
  notReceived: string[];
}

export function returnFigures(returns: readonly PartnerReturn[], expectedAgencies: readonly string[] = []): ReturnFigures {
  const byAgency = returns.map((r) => {
    const count = (s: string) => r.priorities.filter((p) => p.status === s).length;
    return {
      agency: r.agency,
      sheet: r.sheet,
      complete: r.complete,
      priorities: { complete: count('complete'), incomplete: count('incomplete'), notApplicable: count('not applicable') },
    };
  });
  const sum = (k: keyof AgencyReturnFigures['priorities']) => byAgency.reduce((n, a) => n + a.priorities[k], 0);
  const names = returns.map((r) => normalise(r.agency));
  const notReceived = expectedAgencies.filter((a) => {
    const n = normalise(a);
    return n !== '' && !names.some((m) => m !== '' && (m === n || m.includes(n) || n.includes(m)));
  });
  return {
    received: returns.length,
    completeReturns: returns.filter((r) => r.complete).length,
    priorities: { complete: sum('complete'), incomplete: sum('incomplete'), notApplicable: sum('notApplicable') },
    byAgency,
    notReceived,
  };
}
