import { SheetSpec } from '../sheets/spec';
import { actionsSheetSpec } from '../sheets/actions-sheet';
import { issuesSheetSpec } from '../sheets/issues-sheet';
import { Analysis, nameFor } from './analyse';

/** The sheets `structure` writes: the structured Actions table and the Issues list. */
export function structureSpecs(analysis: Analysis): SheetSpec[] {
  return [
    actionsSheetSpec(nameFor(analysis, 'Actions'), analysis.plan.actions, analysis.progressNotes),
    issuesSheetSpec(nameFor(analysis, 'Issues'), analysis.findings),
  ];
}
