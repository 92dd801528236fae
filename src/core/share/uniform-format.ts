/**
 * The uniform data-sharing format, version 1 (model.md): one flat table, one record per action,
 * indicator or measurement, with fixed column names in a fixed order. Partners' tools read these
 * files, so nothing here changes without a new SCHEMA_VERSION (see UNIFORM-FORMAT.md).
 */
import { Action, Direction, SourceRef, STATUS_BRAG, Status, Target, Unit } from '../plan';

/**
 * The schema version as written in every record. A single major number ("1", not "1.0"): there are
 * no compatible minor revisions; any change to a column, its type or its allowed values is "2".
 */
export const SCHEMA_VERSION = '1';

/** The v1 columns, in order. The header row is exactly these names. */
export const UNIFORM_COLUMNS = [
  'schema_version',
  'partnership',
  'record_type',
  'record_id',
  'priority',
  'strand',
  'theme',
  'title',
  'lead_agency',
  'lead_officer',
  'status',
  'rag',
  'start_date',
  'due_date',
  'period',
  'period_start',
  'period_end',
  'value',
  'milestone',
  'target',
  'variance',
  'unit',
  'direction',
  'source_sheet',
  'source_cell',
  'exported_on',
] as const;
export type UniformColumn = (typeof UNIFORM_COLUMNS)[number];

export const RECORD_TYPES = ['action', 'indicator', 'measurement'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** RAG/BRAG colours a record may carry. "Overdue" is derived by readers from due_date, never a rag. */
export const RAG_VALUES = ['blue', 'green', 'amber', 'red'] as const;
export type Rag = (typeof RAG_VALUES)[number];

/** Columns holding numbers (or suppressed-count text after `suppressBelow`). */
export const NUMERIC_COLUMNS: readonly UniformColumn[] = ['value', 'milestone', 'target', 'variance'];
/** Columns holding ISO dates `YYYY-MM-DD`. */
export const DATE_COLUMNS: readonly UniformColumn[] = ['start_date', 'due_date', 'period_start', 'period_end', 'exported_on'];
/** Columns restricted to a vocabulary (never free text, so never touched by de-personalisation). */
export const VOCABULARY_COLUMNS: readonly UniformColumn[] = ['schema_version', 'record_type', 'status', 'rag', 'unit', 'direction'];

/** A numeric cell: a plain number, suppressed-count text such as "<5", "suppressed" for a derived figure, or empty. */
export type UniformNumber = number | string | null;

/** One record of the uniform format; keys are the column names (JSON output uses them as they are). */
export interface UniformRecord {
  schema_version: string;
  partnership: string | null;
  record_type: RecordType;
  record_id: string;
  priority: string | null;
  strand: string | null;
  theme: string | null;
  title: string | null;
  lead_agency: string | null;
  lead_officer: string | null;
  status: Status | null;
  rag: Rag | null;
  start_date: string | null;
  due_date: string | null;
  period: string | null;
  period_start: string | null;
  period_end: string | null;
  value: UniformNumber;
  milestone: UniformNumber;
  target: UniformNumber;
  variance: UniformNumber;
  unit: Unit | null;
  direction: Direction | null;
  source_sheet: string | null;
  source_cell: string | null;
  exported_on: string;
}

/**
 * One indicator x period as computed by the trajectory engine (or entered on Progress). Our own
 * small shape so this module does not depend on how trajectories are computed.
 */
export interface MeasurementRow {
  targetId: string;
  indicator: string;
  priority: string | null;
  period: string;
  /** ISO dates of the period, when known. */
  periodStart: string | null;
  periodEnd: string | null;
  /** The actual for the period. */
  value: number | null;
  milestone: number | null;
  target: number | null;
  variance: number | null;
  rag: 'green' | 'amber' | 'red' | null;
  unit: Unit;
  direction: Direction;
  source: SourceRef | null;
}

export interface UniformInput {
  partnership: string | null;
  actions: Action[];
  targets: Target[];
  measurements: MeasurementRow[];
  /** ISO date of the export, `YYYY-MM-DD`. Passed in so the core stays pure and tests are repeatable. */
  exportedOn: string;
  /** Start and end of a period label ("2007/08"), when the caller can resolve periods. */
  periodRange?: (period: string) => { start: string; end: string } | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar date written YYYY-MM-DD (checked by arithmetic: it runs for every date exported). */
export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const y = +s.slice(0, 4);
  const m = +s.slice(5, 7);
  const d = +s.slice(8, 10);
  if (m < 1 || m > 12 || d < 1 || d > DAYS_IN_MONTH[m - 1]) return false;
  return m !== 2 || d < 29 || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
}

function isoOrNull(s: string | null | undefined): string | null {
  return s && isIsoDate(s) ? s : null;
}

/** Empty text is "no value": one representation (null) for blank cells. */
export function textOrNull(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const t = s.trim();
  return t === '' ? null : t;
}

/** Numbers as a reader would write them: 15 significant digits, no float noise, nothing non-finite. */
export function tidyNumber(n: number | null | undefined): number | null {
  if (n === null || n === undefined || !Number.isFinite(n)) return null;
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return n === 0 ? 0 : n;
  const t = +n.toPrecision(15);
  return Object.is(t, -0) ? 0 : t;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Stable id of an action: "<priority-slug>/<ref>" (refs are unique within a priority), the ref
 * alone without a priority, or "<sheet>!<cell>" where it starts when it has no ref. A ref repeated
 * within one priority (a validation finding) gets "@<sheet>!<cell>" so ids stay unique.
 */
export function actionRecordIds(actions: readonly Action[]): string[] {
  const base = actions.map((a) => {
    const ref = textOrNull(a.ref);
    if (!ref) return `${a.source.sheet}!${a.source.cell}`;
    const p = textOrNull(a.priority);
    const ps = p ? slug(p) : '';
    return ps ? `${ps}/${ref}` : ref;
  });
  const count = new Map<string, number>();
  for (const id of base) count.set(id, (count.get(id) ?? 0) + 1);
  return base.map((id, i) => ((count.get(id) ?? 0) > 1 ? `${id}@${actions[i].source.sheet}!${actions[i].source.cell}` : id));
}

/** Stable id of a measurement: "<target id>@<period>". */
export function measurementRecordId(m: Pick<MeasurementRow, 'targetId' | 'period'>): string {
  return `${m.targetId}@${m.period.trim()}`;
}

function emptyRecord(partnership: string | null, type: RecordType, id: string, exportedOn: string): UniformRecord {
  return {
    schema_version: SCHEMA_VERSION,
    partnership: textOrNull(partnership),
    record_type: type,
    record_id: id,
    priority: null,
    strand: null,
    theme: null,
    title: null,
    lead_agency: null,
    lead_officer: null,
    status: null,
    rag: null,
    start_date: null,
    due_date: null,
    period: null,
    period_start: null,
    period_end: null,
    value: null,
    milestone: null,
    target: null,
    variance: null,
    unit: null,
    direction: null,
    source_sheet: null,
    source_cell: null,
    exported_on: exportedOn,
  };
}

function actionRecord(a: Action, id: string, partnership: string | null, exportedOn: string): UniformRecord {
  return {
    ...emptyRecord(partnership, 'action', id, exportedOn),
    priority: textOrNull(a.priority),
    strand: textOrNull(a.strand),
    theme: textOrNull(a.theme),
    title: textOrNull(a.action),
    lead_agency: textOrNull(a.leadAgency),
    lead_officer: textOrNull(a.leadOfficer),
    status: a.status,
    rag: a.status ? STATUS_BRAG[a.status] : null,
    start_date: isoOrNull(a.start),
    due_date: isoOrNull(a.due),
    source_sheet: textOrNull(a.source.sheet),
    source_cell: textOrNull(a.source.cell),
  };
}

/** The stated target value, or the baseline moved by the stated change when only a change is given. */
function targetValue(t: Target): number | null {
  if (!t.target) return null;
  if (typeof t.target.value === 'number') return tidyNumber(t.target.value);
  if (typeof t.target.change === 'number' && t.baseline) return tidyNumber(t.baseline.value * (1 + t.target.change));
  return null;
}

function periodBounds(label: string | null | undefined, measurements: readonly MeasurementRow[], periodRange: UniformInput['periodRange']): { start: string | null; end: string | null } {
  if (!label) return { start: null, end: null };
  const r = periodRange?.(label);
  if (r && isIsoDate(r.start) && isIsoDate(r.end)) return { start: r.start, end: r.end };
  const m = measurements.find((x) => x.period.trim() === label.trim());
  return { start: isoOrNull(m?.periodStart), end: isoOrNull(m?.periodEnd) };
}

function byPeriodStart(a: MeasurementRow, b: MeasurementRow): number {
  return (a.periodStart ?? '').localeCompare(b.periodStart ?? '');
}

/**
 * Indicator record: the baseline period and value in period/value, the target value in target,
 * the trajectory's span in start_date (start of the baseline period) and due_date (end of the
 * target period), and the rag of the latest measurement that has one.
 */
function indicatorRecord(t: Target, ms: readonly MeasurementRow[], input: UniformInput): UniformRecord {
  const base = periodBounds(t.baseline?.period, ms, input.periodRange);
  const due = periodBounds(t.target?.period, ms, input.periodRange);
  const latest = [...ms]
    .sort(byPeriodStart)
    .filter((m) => m.rag !== null)
    .pop();
  return {
    ...emptyRecord(input.partnership, 'indicator', t.id, input.exportedOn),
    priority: textOrNull(t.priority),
    title: textOrNull(t.indicator),
    rag: latest?.rag ?? null,
    start_date: base.start,
    due_date: due.end,
    period: textOrNull(t.baseline?.period),
    period_start: base.start,
    period_end: base.end,
    value: tidyNumber(t.baseline?.value),
    target: targetValue(t),
    unit: t.unit,
    direction: t.direction,
    source_sheet: textOrNull(t.source.sheet),
    source_cell: textOrNull(t.source.cell),
  };
}

function measurementRecord(m: MeasurementRow, input: UniformInput): UniformRecord {
  return {
    ...emptyRecord(input.partnership, 'measurement', measurementRecordId(m), input.exportedOn),
    priority: textOrNull(m.priority),
    title: textOrNull(m.indicator),
    rag: m.rag,
    period: textOrNull(m.period),
    period_start: isoOrNull(m.periodStart),
    period_end: isoOrNull(m.periodEnd),
    value: tidyNumber(m.value),
    milestone: tidyNumber(m.milestone),
    target: tidyNumber(m.target),
    variance: tidyNumber(m.variance),
    unit: m.unit,
    direction: m.direction,
    source_sheet: textOrNull(m.source?.sheet),
    source_cell: textOrNull(m.source?.cell),
  };
}

/**
 * The plan as uniform records: every action in plan order, then each indicator followed by its
 * measurements in period order (measurements of an indicator not in `targets` come last).
 */
export function uniformRecords(input: UniformInput): UniformRecord[] {
  if (!isIsoDate(input.exportedOn)) throw new Error(`exportedOn must be an ISO date YYYY-MM-DD, got "${input.exportedOn}"`);
  const ids = actionRecordIds(input.actions);
  const out = input.actions.map((a, i) => actionRecord(a, ids[i], input.partnership, input.exportedOn));
  const known = new Set(input.targets.map((t) => t.id));
  for (const t of input.targets) {
    const ms = input.measurements.filter((m) => m.targetId === t.id);
    out.push(indicatorRecord(t, ms, input));
    for (const m of [...ms].sort(byPeriodStart)) out.push(measurementRecord(m, input));
  }
  for (const m of input.measurements.filter((x) => !known.has(x.targetId))) out.push(measurementRecord(m, input));
  return out;
}

/** A record as a row of cells in column order (null for empty). */
export function recordToRow(r: UniformRecord): (string | number | null)[] {
  return UNIFORM_COLUMNS.map((c) => r[c]);
}
