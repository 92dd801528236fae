import { SheetSpec } from '../sheets/spec';
import { Finding } from '../plan';
import { textCutFindings } from '../sheets/text-cut';
import { actionsSheetSpec } from '../sheets/actions-sheet';
import { issuesSheetSpec } from '../sheets/issues-sheet';
import { progressSheetSpec, targetsSheetSpec } from '../targets';
import { Analysis, nameFor } from './analyse';

/**
 * The sheets `structure` writes: Actions, Targets and Progress (when the plan has targets), Issues;
 * and the findings, with a `text-cut` warning for each cell whose text is longer than a cell holds.
 */
export function structureOutput(analysis: Analysis): { specs: SheetSpec[]; findings: Finding[] } {
  const specs = [actionsSheetSpec(nameFor(analysis, 'Actions'), analysis.plan.actions, analysis.progressNotes)];
  specs.push(...indicatorSpecs(analysis));
  const findings = [...analysis.findings, ...textCutFindings(specs)];
  specs.push(issuesSheetSpec(nameFor(analysis, 'Issues'), findings));
  return { specs, findings };
}

/** The sheets `structure` writes. */
export function structureSpecs(analysis: Analysis): SheetSpec[] {
  return structureOutput(analysis).specs;
}

/** Targets and Progress, written whenever the workbook has targets or had them before. */
export function indicatorSpecs(analysis: Analysis): SheetSpec[] {
  const ind = analysis.indicators;
  if (ind.targets.length === 0 && !analysis.previous.Targets && !analysis.previous.Progress) return [];
  return [targetsSheetSpec(ind.targets, { name: nameFor(analysis, 'Targets'), settings: ind.settings }), progressSheetSpec(ind.targets, ind.progress, { name: nameFor(analysis, 'Progress') })];
}
