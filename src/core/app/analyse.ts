import { Grid } from '../grid';
import { Action, Finding, Plan } from '../plan';
import { generatedSheetName } from '../sheets/naming';
import { GeneratedKey } from '../sheets/spec';
import { applyActionEdits, readActionEdits } from '../sheets/actions-sheet';
import { StructureResult, structurePlan } from '../structure/structure';
import { narrativeTaskFindings } from '../structure/narrative';
import { validateActions } from '../validate/actions';
import { IndicatorData, indicatorData } from './indicators';

export interface AnalyseOptions {
  today: Date;
  /** The workbook's own name, as the host knows it (a source of the plan's topic; see StructureOptions). */
  workbookName?: string;
}

/** Everything the engine knows about a workbook before it writes anything. */
export interface Analysis {
  grids: readonly Grid[];
  structure: StructureResult;
  /** The plan with people's edits from the Actions sheet applied (status, progress notes). */
  plan: Plan;
  progressNotes: Map<Action, string>;
  /** Targets, progress entered against them, and trajectories. */
  indicators: IndicatorData;
  /** Structure and validation findings, together. */
  findings: Finding[];
  /** Current names of the sheets SaferPlan generated before, by key. */
  previous: Partial<Record<GeneratedKey, string>>;
}

export function previousGenerated(grids: readonly Grid[], known: Partial<Record<GeneratedKey, string>>): Map<GeneratedKey, Grid> {
  const out = new Map<GeneratedKey, Grid>();
  for (const [k, name] of Object.entries(known) as [GeneratedKey, string][]) {
    const g = grids.find((x) => x.sheet === name);
    if (g) out.set(k, g);
  }
  return out;
}

/** Structure + people's edits + validation. Pure: grids in, plain data out. */
export function analyse(grids: readonly Grid[], previous: Partial<Record<GeneratedKey, string>>, options: AnalyseOptions): Analysis {
  const structure = structurePlan(grids, { workbookName: options.workbookName });
  const prev = previousGenerated(grids, previous);
  const edits = readActionEdits(prev.get('Actions'));
  // A narrative plan's activities get their lead, measure and timescale in the Actions sheet itself.
  const narrative = new Set(structure.recognised.filter((r) => r.origin === 'narrative').map((r) => r.action));
  const { actions, notes } = applyActionEdits(structure.plan.actions, edits, (a) => narrative.has(a));
  // Re-point recognised actions at the edited ones so validation sees today's status.
  const recognised = structure.recognised.map((r, i) => (actions[i] === r.action ? r : { ...r, action: actions[i], rawStatus: actions[i].status ?? r.rawStatus }));
  // The plan's own progress column fills the note wherever nobody has typed one in the Actions sheet.
  recognised.forEach((r) => {
    if (r.progress && !notes.has(r.action)) notes.set(r.action, r.progress);
  });
  const indicators = indicatorData(grids);
  const tasks = narrative.size ? narrativeTaskFindings(recognised, nameFor({ grids, previous }, 'Actions')) : [];
  const findings = [...structure.plan.findings, ...validateActions(recognised, options), ...tasks, ...indicators.findings];
  const plan: Plan = { ...structure.plan, actions, targets: indicators.targets, findings };
  return { grids, structure: { ...structure, recognised }, plan, progressNotes: notes, indicators, findings, previous };
}

/** The sheet name for a generated sheet: the one it had, else its default unless a user's sheet has that name. */
export function nameFor(analysis: Pick<Analysis, 'grids' | 'previous'>, key: GeneratedKey): string {
  return generatedSheetName(key, analysis.grids, analysis.previous[key]);
}
