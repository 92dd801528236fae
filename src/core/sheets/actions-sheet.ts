import { Grid, cellText, columnLetters, isBlank, isoDate, sheetRef, utcDate } from '../grid';
import { parseTimescale } from '../timescale';
import { Action, BRAG_COLOURS, STATUSES, STATUS_BRAG, Status, isStatus } from '../plan';
import { readStatus } from '../structure/status';
import { LinkValue, SheetSpec, SpecValue } from './spec';
import { estimateRowHeights } from './row-heights';

/** Columns of the Actions table, in order. Status and Progress note are the ones people update. */
export const ACTION_COLUMNS = [
  'Ref',
  'Priority',
  'Strand',
  'Theme',
  'Action',
  'Lead officer',
  'Lead agency',
  'Measure',
  'Timescale',
  'Start',
  'Due',
  'Status',
  'Progress note',
  'Flags',
  'Source',
] as const;

const col = (name: (typeof ACTION_COLUMNS)[number]) => ACTION_COLUMNS.indexOf(name) + 1;
const letter = (name: (typeof ACTION_COLUMNS)[number]) => columnLetters(col(name));
const LAST = columnLetters(ACTION_COLUMNS.length);

/** The cell of a column in a row of the Actions sheet ("G5"). */
export function actionsSheetCell(column: (typeof ACTION_COLUMNS)[number], row: number): string {
  return `${letter(column)}${row}`;
}

function isoToDate(iso: string | null): Date | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return utcDate(y, m, d);
}

export function sourceLink(a: Pick<Action, 'source'>): LinkValue {
  return { text: `${a.source.sheet}!${a.source.cell}`, target: sheetRef(a.source.sheet, a.source.cell) };
}

/** What people typed into the generated Actions sheet last time: kept across regeneration. */
export interface ActionEdits {
  status: Status | null;
  statusText: string | null;
  progressNote: string | null;
  /** What a task group typed for an action its plan leaves without (a narrative plan's activities). */
  leadOfficer?: string | null;
  leadAgency?: string | null;
  measure?: string | null;
  timescale?: string | null;
  due?: string | null;
}

/**
 * How an edit finds its action again. By reference within priority and strand when the action has
 * one, so rows inserted in the plan (which move every source cell below) do not hand one action's
 * status to another; by source cell otherwise.
 */
function refKey(priority: string | null, strand: string | null, ref: string | null): string | null {
  return ref ? `ref:${(priority ?? '').toLowerCase()}|${(strand ?? '').toLowerCase()}|${ref.toLowerCase()}` : null;
}

function sourceKey(source: string): string {
  return `src:${source}`;
}

/** By priority and action text: for actions without a reference, several of which may start in one cell. */
function textKey(priority: string | null, action: string | null): string | null {
  const t = (action ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  return t ? `txt:${(priority ?? '').toLowerCase()}|${t}` : null;
}

/** Reads Status and Progress note from a previously generated Actions sheet, by reference and by source. */
export function readActionEdits(previous: Grid | undefined): Map<string, ActionEdits | null> {
  const out = new Map<string, ActionEdits | null>();
  if (!previous || previous.rows.length < 2) return out;
  const header = previous.rows[0].map((v) => cellText(v).trim());
  const col = (name: string) => header.indexOf(name);
  const [iRef, iPriority, iStrand, iSource, iStatus, iNote, iAction] = ['Ref', 'Priority', 'Strand', 'Source', 'Status', 'Progress note', 'Action'].map(col);
  const [iOfficer, iAgency, iMeasure, iTimescale, iDue] = ['Lead officer', 'Lead agency', 'Measure', 'Timescale', 'Due'].map(col);
  const text = (row: readonly unknown[], i: number): string | null => (i >= 0 && !isBlank((row[i] ?? null) as never) ? cellText(row[i] as never).trim() : null);
  const seenRefs = new Set<string>();
  const repeated = new Set<string>();
  for (const row of previous.rows.slice(1)) {
    const statusText = text(row, iStatus);
    const st = readStatus(statusText);
    const dueCell = iDue >= 0 ? row[iDue] : null;
    const edit: ActionEdits = {
      status: st.kind === 'ok' ? st.status : null,
      statusText,
      progressNote: text(row, iNote),
      leadOfficer: text(row, iOfficer),
      leadAgency: text(row, iAgency),
      measure: text(row, iMeasure),
      timescale: text(row, iTimescale),
      due: dueCell instanceof Date ? isoDate(dueCell) : null,
    };
    const source = text(row, iSource);
    if (source) out.set(sourceKey(source), edit);
    const tk = text(row, iRef) ? null : textKey(text(row, iPriority), text(row, iAction));
    if (tk) {
      if (seenRefs.has(tk)) repeated.add(tk);
      seenRefs.add(tk);
      out.set(tk, edit);
    }
    const rk = refKey(text(row, iPriority), text(row, iStrand), text(row, iRef));
    if (rk) {
      if (seenRefs.has(rk)) repeated.add(rk);
      seenRefs.add(rk);
      out.set(rk, edit);
    }
  }
  for (const rk of repeated) out.set(rk, null); // a reference used twice cannot say which action it meant
  return out;
}

/**
 * People's edits in the Actions sheet win over the plan's own (often blank) status. For actions
 * `fillable` says the Actions sheet is where their lead, measure and timescale are written (a
 * narrative plan's activities), what people typed there is kept too.
 */
export function applyActionEdits(actions: Action[], edits: Map<string, ActionEdits | null>, fillable: (a: Action) => boolean = () => false): { actions: Action[]; notes: Map<Action, string> } {
  const notes = new Map<Action, string>();
  const next = actions.map((a) => {
    const rk = refKey(a.priority, a.strand, a.ref);
    // An action with a reference takes only its own edit; one without, by its text, else by source
    // cell; by source cell too when its reference was used twice before.
    const byRef = rk ? edits.get(rk) : null;
    const tk = rk ? null : textKey(a.priority, a.action);
    const byText = tk ? edits.get(tk) : null;
    const e = byRef ?? byText ?? (rk && byRef === undefined ? undefined : (edits.get(sourceKey(sourceLink(a).text)) ?? undefined));
    if (!e) return a;
    let b = e.status && isStatus(e.status) ? { ...a, status: e.status } : a;
    if (fillable(a)) b = withTyped(b, e);
    if (e.progressNote) notes.set(b, e.progressNote);
    return b;
  });
  return { actions: next, notes };
}

/** An action's blank lead, measure and timescale filled from what was typed in the Actions sheet. */
function withTyped(a: Action, e: ActionEdits): Action {
  const b: Action = { ...a };
  if (!a.leadOfficer && !a.leadAgency) {
    b.leadOfficer = e.leadOfficer ?? null;
    b.leadAgency = e.leadAgency ?? null;
  }
  if (!a.measure && e.measure) b.measure = e.measure;
  if (!a.timescale && !a.due) {
    if (e.timescale) {
      b.timescale = e.timescale;
      const ts = parseTimescale(e.timescale);
      b.start = ts.start;
      b.due = ts.due;
    }
    // A date typed in Due counts when there is no timescale that gives one (the sheet writes the
    // timescale's due date back into Due, so a readable timescale is the one people change).
    if (e.due && !b.due) b.due = e.due;
  }
  return b;
}

/** The Actions sheet: one row per action, the model's columns, rules written into the workbook. */
export function actionsSheetSpec(name: string, actions: readonly Action[], progressNotes: ReadonlyMap<Action, string> = new Map()): SheetSpec {
  const rows: SpecValue[][] = [[...ACTION_COLUMNS]];
  for (const a of actions) {
    rows.push([
      a.ref,
      a.priority,
      a.strand,
      a.theme,
      a.action,
      a.leadOfficer,
      a.leadAgency,
      a.measure,
      a.timescale,
      isoToDate(a.start),
      isoToDate(a.due),
      a.status,
      progressNotes.get(a) ?? null,
      a.flags.join('; ') || null,
      sourceLink(a),
    ]);
  }
  const last = Math.max(rows.length, 2);
  const statusRange = `${letter('Status')}2:${letter('Status')}${last}`;
  const dueRange = `${letter('Due')}2:${letter('Due')}${last}`;
  const brag = (['Complete', 'On track', 'At risk', 'Off track'] as const).map((s) => {
    const c = BRAG_COLOURS[STATUS_BRAG[s]!];
    return { range: statusRange, rule: { type: 'textEquals' as const, text: s }, fill: c.fill, fontColor: c.font };
  });
  const S = letter('Status');
  const D = letter('Due');
  const spec: SheetSpec = {
    key: 'Actions',
    name,
    rows,
    columns: [
      { width: 8 },
      { width: 24, wrap: true },
      { width: 14 },
      { width: 24, wrap: true },
      { width: 60, wrap: true },
      { width: 20, wrap: true },
      { width: 28, wrap: true },
      { width: 40, wrap: true },
      { width: 20, wrap: true },
      { width: 12, numberFormat: 'dd/mm/yyyy' },
      { width: 12, numberFormat: 'dd/mm/yyyy' },
      { width: 13 },
      { width: 40, wrap: true },
      { width: 24, wrap: true },
      { width: 22 },
    ],
    tables: [{ name: 'Actions', range: `A1:${LAST}${last}`, style: 'TableStyleMedium2' }],
    styles: [{ range: `A1:${LAST}1`, bold: true, wrap: true, vertical: 'top' }],
    validations: [
      {
        range: statusRange,
        type: 'list',
        values: [...STATUSES],
        allowBlank: true,
        prompt: 'Pick the status: Complete (blue), On track (green), At risk (amber), Off track (red).',
        error: 'Choose a status from the list.',
      },
      {
        range: dueRange,
        type: 'date',
        operator: 'between',
        min: utcDate(2000, 1, 1),
        max: utcDate(2100, 12, 31),
        allowBlank: true,
        prompt: 'Due date, day first (31/03/2026).',
        error: 'Type a date such as 31/03/2026.',
      },
    ],
    conditionalFormats: [
      ...brag,
      {
        range: dueRange,
        rule: { type: 'expression', formula: `AND($${D}2<>"",$${D}2<TODAY(),$${S}2<>"Complete",$${S}2<>"Cancelled")` },
        fill: BRAG_COLOURS.red.fill,
        fontColor: BRAG_COLOURS.red.font,
        bold: true,
      },
    ],
    freeze: { rows: 1, columns: 1 },
    print: { landscape: true, fitToWidth: true, titleRows: '1:1' },
  };
  return { ...spec, rowHeights: estimateRowHeights(spec) };
}
