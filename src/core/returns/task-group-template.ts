import { columnLetters } from '../grid';
import { Action, STATUSES } from '../plan';
import { SheetSpec, SpecValue, StyleSpec } from '../sheets/spec';
import { returnSheetName } from './template';

/**
 * A task group's action plan for one priority: the plan's activities for that priority pre-filled
 * (reference, theme, strand, the activity itself), and yellow boxes for what the task group adds:
 * lead, measure, timescale and status. Its header row uses SaferPlan's own header words and carries
 * the priority in a column, so the filled-in template is read back as an ordinary action plan.
 */
export const TASK_GROUP_COLUMNS = ['Ref', 'Priority', 'Theme', 'Strand', 'Action', 'Lead', 'Measure', 'Timescale', 'Status'] as const;

const FILL = '#FFF2CC';
const HEADING = '#D9E1F2';
const GREY = '#7F7F7F';

export interface TaskGroupTemplateOptions {
  partnership?: string | null;
  /** The year the plan covers, e.g. "2012/13". */
  period?: string | null;
}

/** "Anti social behaviour" -> "Anti social behaviour plan" (a sheet name Excel accepts). */
export function taskGroupSheetName(priority: string): string {
  return returnSheetName(`${priority.replace(/\s+/g, ' ').trim().slice(0, 26)} plan`);
}

export function taskGroupTemplateSheetSpec(actions: readonly Action[], priority: string, o: TaskGroupTemplateOptions = {}): SheetSpec {
  const mine = actions.filter((a) => (a.priority ?? '').toLowerCase() === priority.toLowerCase());
  // A Ref column only when the plan numbers its activities: an empty reference cell would read as
  // the row carrying on the action above.
  const columns = TASK_GROUP_COLUMNS.filter((c) => c !== 'Ref' || mine.some((a) => a.ref));
  const title = `${priority}: task group action plan${o.period ? ` ${o.period}` : ''}`;
  const rows: SpecValue[][] = [
    [title],
    [
      `${o.partnership ? `${o.partnership}. ` : ''}For each activity fill the yellow boxes: who leads it (officer and agency), how you will know it worked, and by when ("March 2013", "Q3 2012/13" or "Ongoing"). Add rows for further actions under the last one.`,
    ],
    [],
    [...columns],
  ];
  const lead = (a: Action) => (a.leadOfficer && a.leadAgency ? `${a.leadOfficer} ${a.leadAgency}` : (a.leadOfficer ?? a.leadAgency));
  const value: Record<(typeof TASK_GROUP_COLUMNS)[number], (a: Action) => SpecValue> = {
    Ref: (a) => a.ref,
    Priority: (a) => a.priority,
    Theme: (a) => a.theme,
    Strand: (a) => a.strand,
    Action: (a) => a.action,
    Lead: lead,
    Measure: (a) => a.measure,
    Timescale: (a) => a.timescale,
    // Each activity starts as Not started: a status of its own also marks the row as a new action
    // (a row with none of lead, measure, timescale or status would read as carrying on the one above).
    Status: (a) => a.status ?? 'Not started',
  };
  for (const a of mine) rows.push(columns.map((c) => value[c](a)));
  const header = 4;
  const first = header + 1;
  const last = Math.max(rows.length, first);
  const letter = (c: (typeof TASK_GROUP_COLUMNS)[number]) => columnLetters(columns.indexOf(c) + 1);
  const end = columnLetters(columns.length);
  const styles: StyleSpec[] = [
    { range: 'A1', bold: true, fontSize: 14 },
    { range: 'A2', italic: true, fontColor: GREY },
    { range: `A${header}:${end}${header}`, bold: true, fill: HEADING, border: 'thin', wrap: true, vertical: 'top' },
    { range: `A${first}:${letter('Action')}${last}`, border: 'thin', wrap: true, vertical: 'top' },
    { range: `${letter('Lead')}${first}:${end}${last}`, fill: FILL, border: 'thin', wrap: true, vertical: 'top' },
  ];
  const WIDTH: Record<(typeof TASK_GROUP_COLUMNS)[number], number> = { Ref: 7, Priority: 20, Theme: 28, Strand: 13, Action: 60, Lead: 26, Measure: 34, Timescale: 16, Status: 12 };
  return {
    key: 'Returns',
    name: taskGroupSheetName(priority),
    rows,
    columns: columns.map((c) => ({ width: WIDTH[c], wrap: c !== 'Ref' && c !== 'Status' })),
    styles,
    validations: [
      {
        range: `${letter('Status')}${first}:${letter('Status')}${last}`,
        type: 'list',
        values: [...STATUSES],
        allowBlank: true,
        prompt: 'Pick the status: Complete, On track, At risk, Off track.',
        error: 'Choose a status from the list.',
      },
    ],
    freeze: { rows: header, columns: 0 },
    print: { landscape: true, fitToWidth: true, titleRows: `${header}:${header}` },
  };
}
