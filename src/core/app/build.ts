import { isoDate } from '../grid';
import { Finding } from '../plan';
import { PartnerReturn, readReturns, returnPlanOf, returnsSheetSpec } from '../returns';
import { SheetSpec } from '../sheets/spec';
import { actionsSheetSpec } from '../sheets/actions-sheet';
import { issuesSheetSpec } from '../sheets/issues-sheet';
import { textCutFindings } from '../sheets/text-cut';
import { aboutSheetSpec, dataSharingSheetSpec, ExportMeta } from '../share';
import { indicatorsFromTrajectoryRows, summaryFigures, summarySheetSpec, SummaryFigures } from '../summary';
import { trajectorySheetSpec } from '../trajectory';
import { Analysis, nameFor } from './analyse';
import { indicatorSpecs } from './specs';
import { shareRecords } from './share';

export interface BuildOptions {
  today: Date;
  /**
   * False when `today` was fixed for the build (SAFERPLAN_TODAY, a date chosen in the pane): the
   * Summary's As at cell then holds that date. Otherwise it holds =TODAY() and counts move on by themselves.
   */
  liveToday?: boolean;
  /** Partner returns read from other files (the CLI's returns command); those in the workbook are read too. */
  moreReturns?: readonly PartnerReturn[];
  /**
   * Write the Data sharing sheet with lead officers' names (personal data). Only on an explicit
   * choice (`build --personal`, or the pane's switch that warns of it); by default the sheet is
   * de-personalised, so a workbook meant to be shared carries no personal data.
   */
  personal?: boolean;
}

export interface BuildOutput {
  specs: SheetSpec[];
  figures: SummaryFigures;
  returns: PartnerReturn[];
  findings: Finding[];
  meta: ExportMeta;
}

/**
 * Everything `build` writes, in one pass over the analysis: Summary, Actions, Targets, Progress,
 * Trajectories, Returns (when any), Data sharing, Issues and About. Pure: the same analysis gives
 * the same specs, so building a built workbook gives the same sheets.
 */
export function buildSpecs(a: Analysis, o: BuildOptions): BuildOutput {
  const plan = a.plan;
  const read = readReturns([...a.grids], { priorities: returnPlanOf(plan).priorities });
  const returns = [...read.returns, ...(o.moreReturns ?? [])];
  const findings = [...a.findings, ...read.findings];
  const indicators = a.indicators;
  const figures = summaryFigures(
    {
      partnership: plan.partnership,
      title: plan.title,
      actions: plan.actions,
      indicators: indicatorsFromTrajectoryRows(indicators.rows),
      returns: returns.length ? returns : null,
    },
    o.today,
  );
  const morePeople = returns.filter((r) => r.name).map((r) => ({ name: r.name!, replacement: r.agency }));
  const { records, meta } = shareRecords(plan, indicators, { exportedOn: isoDate(o.today), depersonalise: !o.personal, grids: a.grids, morePeople });
  const specs: SheetSpec[] = [summarySheetSpec(figures, { name: nameFor(a, 'Summary'), liveToday: o.liveToday !== false })];
  specs.push(actionsSheetSpec(nameFor(a, 'Actions'), plan.actions, a.progressNotes));
  specs.push(...indicatorSpecs(a));
  if (indicators.targets.length || a.previous.Trajectories) specs.push(trajectorySheetSpec(indicators.rows, nameFor(a, 'Trajectories')));
  if (returns.length || a.previous.Returns) specs.push(returnsSheetSpec(returns, { name: nameFor(a, 'Returns') }));
  specs.push(dataSharingSheetSpec(records, { name: nameFor(a, 'DataSharing') }));
  findings.push(...textCutFindings(specs));
  specs.push(issuesSheetSpec(nameFor(a, 'Issues'), findings));
  specs.push(aboutSheetSpec(meta, { name: nameFor(a, 'About') }));
  return { specs, figures, returns, findings, meta };
}
