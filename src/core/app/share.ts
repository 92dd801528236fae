import { Grid } from '../grid';
import { Action, Plan } from '../plan';
import { ExportMeta, KnownPerson, UniformRecord, depersonaliseWithReport, exportMeta, freeTexts, learnPeople, nameRedactor, suppress, uniformRecords } from '../share';
import { parsePeriod } from '../timescale/period';
import { IndicatorData, measurementsOf } from './indicators';

export interface ShareOptions {
  /** ISO date written into exported_on. */
  exportedOn: string;
  depersonalise: boolean;
  suppressBelow?: number | null;
  /** The NHS rule: counts of 1-7 shown as "*", other counts rounded to the nearest 5. */
  roundNhs?: boolean;
  /** Further people to remove (names from partner returns read from other files). */
  morePeople?: readonly KnownPerson[];
  /**
   * The workbook's sheets, so de-personalisation learns everyone it names: membership lists,
   * returns' NAME rows, sheet names, titled names in any cell, as well as the leads.
   */
  grids?: readonly Grid[];
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
  const roundNhs = options.roundNhs ?? false;
  if (options.depersonalise) {
    const people = learnPeople({ actions: plan.actions, grids: options.grids, texts: freeTexts(records), more: options.morePeople });
    const out = depersonaliseWithReport(records, people, { suppressBelow, roundNhs });
    // The About sheet names the partnership as the records do: with any person in it removed.
    const partnership = out.records.length ? out.records[0].partnership : plan.partnership && nameRedactor(people)(plan.partnership);
    const meta = exportMeta(out.records, { exportedOn: options.exportedOn, partnership, depersonalised: true, suppressBelow, roundNhs, report: out.report });
    return { records: out.records, meta };
  }
  records = suppress(records, { suppressBelow, roundNhs });
  const meta = exportMeta(records, { exportedOn: options.exportedOn, partnership: plan.partnership, depersonalised: false, suppressBelow, roundNhs });
  return { records, meta };
}
