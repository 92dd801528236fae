import { Finding, finding } from '../../plan';
import { RecognisedAction } from '../recognised';
import { actionsSheetCell } from '../../sheets/actions-sheet';

function short(text: string, n = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/**
 * What each activity of a narrative plan still needs before it is an action plan: a lead, a
 * timescale and a measure, each located at the Actions sheet cell to fill in (the activity's row,
 * in the order the Actions sheet lists actions). `recognised` is in that order, with the edits
 * people typed into the Actions sheet already applied.
 */
export function narrativeTaskFindings(recognised: readonly RecognisedAction[], actionsSheet: string): Finding[] {
  const out: Finding[] = [];
  recognised.forEach((r, i) => {
    if (r.origin !== 'narrative') return;
    const a = r.action;
    const row = i + 2;
    const what = `The activity "${short(a.action)}"${a.priority ? ` (${a.priority})` : ''}`;
    if (!a.leadOfficer && !a.leadAgency) {
      const cell = actionsSheetCell('Lead agency', row);
      out.push(
        finding(
          'warning',
          'activity-needs-lead',
          actionsSheet,
          cell,
          `${what} has no lead yet. Its task group names the lead agency in ${cell} (and the lead officer in ${actionsSheetCell('Lead officer', row)}).`,
        ),
      );
    }
    if (!a.due && !a.timescale) {
      const cell = actionsSheetCell('Due', row);
      out.push(
        finding(
          'warning',
          'activity-needs-timescale',
          actionsSheet,
          cell,
          `${what} has no timescale yet. Type its due date in ${cell} (31/03/2013), or its timescale in ${actionsSheetCell('Timescale', row)} ("March 2013", "Q3 2012/13", "Ongoing").`,
        ),
      );
    }
    if (!a.measure) {
      const cell = actionsSheetCell('Measure', row);
      out.push(finding('info', 'activity-needs-measure', actionsSheet, cell, `${what} has no measure yet. Say in ${cell} how the task group will know it worked.`));
    }
  });
  return out;
}
