import { Grid } from '../grid';
import { Finding, finding } from '../plan';
import { judgeReturn } from './judge';
import { readLayout } from './layout';
import { PartnerReturn, PriorityReturn } from './model';
import { matchPriority } from './priorities';

export interface ReadReturnsOptions {
  /**
   * The plan's priorities. When given, a return's priorities take the plan's wording, a priority
   * the return leaves out is listed as incomplete ("Whole priority"), and one the plan does not
   * have is reported.
   */
  priorities?: readonly string[];
}

export const WHOLE_PRIORITY = 'Whole priority';

/**
 * Partner returns in a workbook: seed 002's proformas pasted from Word, or our own template;
 * one per sheet or several one under another. Pure: grids in, returns and findings out.
 */
export function readReturns(grids: Grid[], options: ReadReturnsOptions = {}): { returns: PartnerReturn[]; findings: Finding[] } {
  const returns: PartnerReturn[] = [];
  const findings: Finding[] = [];
  for (const grid of grids) {
    for (const raw of readLayout(grid)) {
      const { ret, findings: f } = judgeReturn(raw);
      if (options.priorities && options.priorities.length) findings.push(...alignToPlan(ret, options.priorities));
      returns.push(ret);
      findings.push(...f);
    }
  }
  return { returns, findings };
}

/** Names priorities as the plan does and lists the plan's priorities a return leaves out. */
function alignToPlan(ret: PartnerReturn, planPriorities: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const p of ret.priorities) {
    const m = matchPriority(p.priority, planPriorities);
    if (m === null) {
      findings.push(finding('info', 'return-priority-unknown', ret.sheet, p.cell, `${ret.agency}: "${p.priority}" is not one of the plan's priorities; check its wording against the plan.`));
      continue;
    }
    p.priority = m;
    seen.add(m);
  }
  for (const wanted of planPriorities) {
    if (seen.has(wanted)) continue;
    const absent: PriorityReturn = {
      priority: wanted,
      cell: null,
      status: 'incomplete',
      missing: [WHOLE_PRIORITY],
      narrative: null,
      applies: null,
      partnership: { text: '', state: 'blank', templateLeft: false, cell: null },
      outputs: [],
      inYearImpact: { text: '', state: 'blank', templateLeft: false, cell: null },
    };
    ret.priorities.push(absent);
    ret.complete = false;
    findings.push(
      finding(
        'warning',
        'return-priority-absent',
        ret.sheet,
        ret.cell,
        `${ret.agency}: the return has no section for the plan's priority "${wanted}"; add it, or write N/A in it if it does not apply.`,
      ),
    );
  }
  return findings;
}
