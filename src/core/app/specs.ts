import { SheetSpec } from '../sheets/spec';
import { actionsSheetSpec } from '../sheets/actions-sheet';
import { issuesSheetSpec } from '../sheets/issues-sheet';
import { progressSheetSpec, targetsSheetSpec } from '../targets';
import { Analysis, nameFor } from './analyse';

/** The sheets `structure` writes: Actions, Targets and Progress (when the plan has targets), Issues. */
export function structureSpecs(analysis: Analysis): SheetSpec[] {
  const specs = [actionsSheetSpec(nameFor(analysis, 'Actions'), analysis.plan.actions, analysis.progressNotes)];
  specs.push(...indicatorSpecs(analysis));
  specs.push(issuesSheetSpec(nameFor(analysis, 'Issues'), analysis.findings));
  return specs;
}

/** Targets and Progress, written whenever the workbook has targets or had them before. */
export function indicatorSpecs(analysis: Analysis): SheetSpec[] {
  const ind = analysis.indicators;
  if (ind.targets.length === 0 && !analysis.previous.Targets && !analysis.previous.Progress) return [];
  return [
    targetsSheetSpec(ind.targets, { name: nameFor(analysis, 'Targets'), settings: ind.settings }),
    progressSheetSpec(ind.targets, ind.progress, { name: nameFor(analysis, 'Progress') }),
  ];
}
