import { isoDate } from '../grid';
import { Finding, finding, isClosed } from '../plan';
import { RecognisedAction } from '../structure/recognised';
import { readStatus } from '../structure/status';

export interface ValidateOptions {
  /** Today, for overdue. */
  today: Date;
}

function label(r: RecognisedAction): string {
  return r.action.ref ? `Action ${r.action.ref}${r.action.priority ? ` (${r.action.priority})` : ''}` : `The action in ${r.action.source.cell}`;
}

function short(text: string, n = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/**
 * The rules every action must meet. Each finding names the sheet and the cell to fix and says how.
 * A column the table lacks altogether is reported once by structure, not once per action here.
 */
export function validateActions(recognised: readonly RecognisedAction[], options: ValidateOptions): Finding[] {
  const out: Finding[] = [];
  const today = isoDate(options.today);
  const byPriority = new Map<string, RecognisedAction[]>();

  for (const r of recognised) {
    const a = r.action;
    const sheet = a.source.sheet;
    for (const e of r.errorCells) {
      out.push(finding('error', 'error-cell', sheet, e.cell, `${label(r)}: cell ${e.cell} shows the Excel error ${e.error} instead of a ${e.field}. Fix the formula or type the value.`));
    }
    // A narrative plan numbers nothing; its activities' tasks are asked for at the Actions sheet instead.
    if (!a.ref && r.origin !== 'narrative') {
      out.push(
        finding(
          'error',
          'missing-ref',
          sheet,
          r.cells.ref ?? a.source.cell,
          `The action "${short(a.action)}" has no reference. Give it one (for example 1.4) in the reference column or at the start of the action text, so partners can refer to it.`,
        ),
      );
    }
    if (!a.action.trim()) {
      out.push(finding('error', 'missing-action', sheet, r.cells.action ?? a.source.cell, `${label(r)} has no action text. Say what will be done.`));
    }
    if (r.columns.lead && !a.leadOfficer && !a.leadAgency) {
      out.push(finding('error', 'missing-lead', sheet, r.cells.lead ?? a.source.cell, `${label(r)} has no lead. Name the lead officer or agency responsible for it.`));
    }
    if (r.columns.timescale) {
      const ts = r.timescale;
      const cell = r.cells.timescale ?? a.source.cell;
      if (!ts || ts.kind === 'blank') {
        out.push(finding('error', 'missing-timescale', sheet, cell, `${label(r)} has no timescale. Give a due date (for example "March 2006", "31/03/2006", "Q3 2019/20") or write "Ongoing".`));
      } else if (ts.kind === 'unparsed') {
        out.push(
          finding(
            'error',
            'unreadable-timescale',
            sheet,
            cell,
            `${label(r)}: the timescale "${short(a.timescale ?? '', 40)}" is not a date SaferPlan can read${ts.reason ? ` (${ts.reason})` : ''}. Write a month and year ("March 2006"), a date ("31/03/2006"), a financial year or quarter ("2007/08", "Q3 2019/20"), or "Ongoing".`,
          ),
        );
      }
    }
    if (r.rawStatus) {
      const st = readStatus(r.rawStatus);
      if (st.kind === 'unknown') {
        const hint = st.suggestion ? ` Did you mean "${st.suggestion}"?` : '';
        out.push(
          finding(
            'error',
            'unknown-status',
            sheet,
            r.cells.status ?? a.source.cell,
            `${label(r)}: the status "${st.text}" is not one of Not started, On track, At risk, Off track, Complete, Cancelled.${hint} Pick one from the list.`,
          ),
        );
      }
    }
    if (a.due && a.due < today && !isClosed(a.status)) {
      out.push(
        finding('warning', 'overdue', sheet, r.cells.timescale ?? a.source.cell, `${label(r)} was due ${formatUk(a.due)} and is not marked Complete. Update its status, or agree a new timescale.`),
      );
    }
    if (a.ref) {
      const key = (a.priority ?? '') + '\u0000' + (a.strand ?? '');
      const list = byPriority.get(key) ?? [];
      list.push(r);
      byPriority.set(key, list);
    }
  }

  for (const list of byPriority.values()) {
    const seen = new Map<string, RecognisedAction>();
    for (const r of list) {
      const k = r.action.ref!.toLowerCase();
      const first = seen.get(k);
      if (!first) {
        seen.set(k, r);
        continue;
      }
      out.push(
        finding(
          'error',
          'duplicate-ref',
          r.action.source.sheet,
          r.cells.ref ?? r.action.source.cell,
          `Reference ${r.action.ref} is used twice${r.action.priority ? ` in ${r.action.priority}` : ''}: here and at ${first.action.source.sheet}!${first.cells.ref ?? first.action.source.cell}. Give each action its own reference.`,
        ),
      );
    }
  }
  return out;
}

function formatUk(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
