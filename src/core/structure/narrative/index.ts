import { Grid } from '../../grid';
import { Finding, finding } from '../../plan';
import { RecognisedAction } from '../recognised';
import { NarrativePlan, readNarrative } from './read';

export { readNarrative } from './read';
export type { NarrativeActivity, NarrativePlan, NarrativePriority } from './read';
export { strandOf, STRANDS } from './strand';
export { matchName } from './match';
export { narrativeTaskFindings } from './tasks';

export interface NarrativeSheet {
  plan: NarrativePlan;
  recognised: RecognisedAction[];
  findings: Finding[];
}

/**
 * A sheet that holds a plan written as prose, read as an action plan: one action per activity,
 * with its priority, its section's aim as theme, its strand when its words make it clear, and no
 * lead, measure or timescale (the task group adds those in the Actions sheet). Null when the
 * sheet is not such a plan.
 */
export function narrativeSheet(grid: Grid): NarrativeSheet | null {
  const plan = readNarrative(grid);
  if (!plan) return null;
  const recognised: RecognisedAction[] = plan.activities.map((a) => ({
    action: {
      ref: a.ref,
      priority: a.priority,
      strand: a.strand,
      theme: a.theme,
      action: a.text,
      leadOfficer: null,
      leadAgency: null,
      measure: null,
      timescale: null,
      start: null,
      due: null,
      status: null,
      flags: [],
      source: { sheet: grid.sheet, cell: a.cell },
    },
    cells: { action: a.cell },
    columns: {},
    rawStatus: null,
    rawLead: null,
    progress: null,
    timescale: null,
    errorCells: [],
    origin: 'narrative',
  }));
  const withActs = plan.priorities.filter((p) => plan.activities.some((a) => a.priority === p.name));
  const findings: Finding[] = [
    finding(
      'info',
      'narrative-plan',
      grid.sheet,
      plan.listCell ?? plan.activities[0].cell,
      `"${grid.sheet}" reads as a plan written as prose: ${plan.activities.length} ${plan.activities.length === 1 ? 'activity' : 'activities'} under ${withActs.length} of its ${plan.priorities.length} priorities (${withActs.map((p) => p.name).join('; ')}). Each is a row of the Actions sheet, where its task group adds the lead, measure and timescale.`,
    ),
  ];
  for (const p of plan.priorities) {
    if (withActs.includes(p)) continue;
    findings.push(
      finding(
        'info',
        'narrative-priority-without-activities',
        grid.sheet,
        p.headingCell ?? p.cell,
        p.heading
          ? `The priority "${p.name}" has a section ("${p.heading}") but no activities SaferPlan can see in it. List what the partnership will do as bullets, or as "The Partnership will ..." sentences.`
          : `The priority "${p.name}" is in the plan's list but no section heading matches it. Give it a section headed with its name, with its activities as bullets.`,
      ),
    );
  }
  return { plan, recognised, findings };
}
