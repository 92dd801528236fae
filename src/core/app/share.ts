import { Action, Plan } from '../plan';
import { ExportMeta, KnownPerson, UniformRecord, depersonalise, exportMeta, knownPeopleFromPlan, suppressSmallCounts, uniformRecords } from '../share';
import { parsePeriod } from '../timescale/period';
import { IndicatorData, measurementsOf } from './indicators';

export interface ShareOptions {
  /** ISO date written into exported_on. */
  exportedOn: string;
  depersonalise: boolean;
  suppressBelow?: number | null;
  /** Further people to remove (names from partner returns). */
  morePeople?: readonly KnownPerson[];
}

function periodRange(label: string): { start: string; end: string } | null {
  const p = parsePeriod(label);
  return p ? { start: p.start, end: p.end } : null;
}

/** The plan as uniform-format v1 records, de-personalised and suppressed when asked. */
export function shareRecords(plan: Pick<Plan, 'partnership'> & { actions: readonly Action[] }, indicators: IndicatorData, options: ShareOptions): { records: UniformRecord[]; meta: ExportMeta } {
  let records = uniformRecords({
    partnership: plan.partnership,
    actions: [...plan.actions],
    targets: indicators.targets,
    measurements: measurementsOf(indicators.rows, indicators.targets),
    exportedOn: options.exportedOn,
    periodRange,
  });
  const suppressBelow = options.suppressBelow ?? null;
  if (options.depersonalise) {
    const people = [...knownPeopleFromPlan(plan.actions), ...(options.morePeople ?? [])];
    records = depersonalise(records, people, { suppressBelow });
  } else if (suppressBelow !== null) {
    records = suppressSmallCounts(records, suppressBelow);
  }
  const meta = exportMeta(records, { exportedOn: options.exportedOn, partnership: plan.partnership, depersonalised: options.depersonalise, suppressBelow });
  return { records, meta };
}
