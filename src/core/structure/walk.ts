import { CellValue, Grid, a1, cellAt, cellText, fillAt, isCellError } from '../grid';
import { Action, Finding, finding } from '../plan';
import { Period, parsePeriod } from '../timescale/period';
import { TimescaleResult, parseTimescale } from '../timescale/timescale';
import { datesInText } from '../timescale/in-text';
import { ColumnGroup, HeaderMap, findHeaders } from './header';
import { parseLegend } from './legend';
import { splitLead } from './lead';
import { MergeIndex } from './merge-index';
import { CellField, RecognisedAction } from './recognised';
import { isSectionNumber, parseRefCell, splitRefFromText, trailingMarkers } from './reference';
import { percentComplete, readStatus, statusOfFill, statusOfPercent } from './status';
import { Status } from '../plan/status';
import { isPlaceWord } from '../people/vocabulary';
import { count } from '../words';
import { STRANDS } from './narrative/strand';

export interface SheetWalk {
  sheet: string;
  headers: HeaderMap[];
  actions: RecognisedAction[];
  /** Notes on how something was read (a due date taken from measure text). */
  findings: Finding[];
  title: string | null;
  partnership: string | null;
}

export interface WalkOptions {
  extraAgencies?: readonly string[];
  /** The topic the workbook's own name gives, the last source of a priority (see workbook-name.ts). */
  workbook?: WorkbookTopic;
}

export interface WorkbookTopic {
  /** The workbook's name as the host gave it ("ASB Action Plan 2023-24.xlsx"). */
  name: string;
  /** The topic it names ("Anti-social Behaviour"). */
  topic: string;
}

const SECTION = /^\s*(?:(?:objective|aim|theme|outcome|strand|section|area of work|workstream|area)\s*\d+[a-z]?\s*(?:[-–—:.)]|$)|\d+\s*[.)]\s+[A-Za-z(])/i;
const PLAN_TITLE_TAIL = /^(.+?)\s+(?:action plan|delivery plan|implementation plan|panel|action team|task group|sub[- ]group)\s*$/i;
/** A plan's title followed by one of its objectives: "The ... Action Plan Objective: ...". */
const PLAN_TITLE_LABEL = /^(.+?)\s+(?:action|delivery|implementation) plan\s+(?:objective|aim|goal|priority|outcome)\s*\d*[a-z]?\s*[-–—:]\s*\S/i;
const PLAN_TITLE_HEAD = /\b(?:action|delivery|implementation) plan\s*[-–—:]?\s+(.+)$/i;
/** "Priority 2: Reducing violent crime", but not "Priority Owner – ..." (a lead) nor "Priority 1.1 ..." (a theme). */
const PRIORITY_LINE = /^priority\s*(?:\d+[a-z]?)?\s*[-–—:.)]\s*(.+)$/i;
/** A numbered sub-priority or labelled strand heading the rows below: "Priority 1.1 We will ...", "PATHWAY: Life Skills". */
const THEME_LINE = /^(?:priority\s+\d+\.\d+[a-z]?\b|(?:pathway|theme|strand|workstream)\s*\d*[a-z]?\s*[-–—:]\s*\S)/i;
const FY_IN_TEXT = /\b((?:19|20)\d{2})\s*[/–-]\s*((?:19|20)?\d{2})\b/;
const GENERIC_SHEET = /^(sheet|tabelle|feuil|hoja|foglio)\s*\d*$/i;

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Text of a cell, with paragraphs kept as newlines and blank lines dropped. */
function paragraphs(v: CellValue): string {
  return cellText(v)
    .split(/\r?\n/)
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** A labelled goal or aim above a table: "Strategic Goal – Increase awareness ...", "Aim 2: ...". */
const GOAL_LINE = /^(?:[^–—-]{0,40}\s)?(?:goal|aim|objective|outcome)\s*\d*[a-z]?\s*[-–—:]?\s+\S/i;
/** The objective's own words in a goal line: "Police and Crime Plan: Objective 1 Cut crimes ..." -> "Cut crimes ...". */
const GOAL_TEXT = /\b(?:goal|aim|objective|outcome)\s*\d*[a-z]?\s*[-–—:]?\s+(\S.*)$/i;
/** How many rows above a header a heading may sit and still name the table's priority. */
const HEADING_REACH = 6;
/** Lines that are never a priority heading: document furniture and dates. */
const NOT_HEADING =
  /\b(appendix|annex|page|version|draft|updated|contents|introduction|foreword|vision|background|glossary|key|agenda|minutes|table|owner|owners|responsible|contact)\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/i;

/**
 * A heading line as a priority: a chapter heading in capitals ("REDUCING BURGLARY") or a short
 * title-like line ("Violent Crime"), never a sentence, the plan's title or a date.
 */
function headingPriority(text: string, isTitle: boolean): string | null {
  const t = withoutDocumentLabel(oneLine(text).replace(/[:.]$/, '').trim());
  if (isTitle || t.length < 3 || t.length > 100 || NOT_HEADING.test(t) || FY_IN_TEXT.test(t)) return null;
  // "May 2019", "March 2009": the date of the document, not a heading.
  if (parseTimescale(t).kind === 'dated') return null;
  const words = t.split(' ');
  if (words.length > 10 || !/^[A-Z0-9(]/.test(t)) return null;
  const capitals = isCapitals(t);
  // Title-like: every long word capitalised ("Reducing Anti-Social Behaviour"), or all capitals.
  const titled = words.every((w) => w.length <= 3 || /^[A-Z0-9("'&]/.test(w));
  if (!capitals && !titled) return null;
  return (
    t
      .replace(/^(?:section|chapter|part)\s*\d+[a-z]?\s*[-–—:.)]?\s*/i, '')
      .replace(/^\d+(?:\.\d+)*\s*[.)]?\s+/, '')
      .trim() || null
  );
}

/**
 * What kind of document a heading line is, before the subject it names: "Appendix 1 - Progress
 * Report – Neighbourhood Policing", "FINAL REPORT - NEIGHBOURHOOD POLICING". Only labels followed
 * by a dash or colon are taken off, so "Report on ..." or "Annual Review" stay as written.
 */
const DOCUMENT_LABEL = /^(?:(?:appendix|annex|annexe|schedule)\s+[A-Z0-9]{1,3}|(?:(?:final|progress|interim|scrutiny|annual|update)\s+)?(?:report|review|update))\s*[-–—:]\s+(?=\S)/i;

function withoutDocumentLabel(text: string): string {
  let t = text;
  for (let m = DOCUMENT_LABEL.exec(t); m; m = DOCUMENT_LABEL.exec(t)) t = t.slice(m[0].length);
  return t;
}

function isCapitals(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 3 && letters.replace(/[^A-Z]/g, '').length / letters.length >= 0.9;
}

/** The document's date or period after a title: "February 2017", "2019 – 2021", "(May 2019)". */
const TITLE_DATE = /[\s,–—-]+\(?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d{2}(?:\s*[/–—-]\s*(?:19|20)?\d{2})?\)?$/i;

function priorityFromTitle(text: string): string | null {
  const t = oneLine(text)
    .replace(/\s+v(?:ersion)?\s*\d+(?:\.\d+)*$/i, '')
    .replace(TITLE_DATE, '');
  // "The Cross-Government Hate Crime Action Plan Objective: Increase ..." names the plan it serves.
  const labelled = PLAN_TITLE_LABEL.exec(t);
  if (labelled && labelled[1].length <= 80 && !FY_IN_TEXT.test(labelled[1])) return subject(labelled[1]);
  if (t.length > 120) return null;
  const tail = PLAN_TITLE_TAIL.exec(t);
  if (tail && !FY_IN_TEXT.test(tail[1]) && !/^(year|partnership|community safety|the)\b/i.test(tail[1])) return subject(tail[1]);
  const head = PLAN_TITLE_HEAD.exec(t);
  if (head && /^[A-Z]/.test(head[1]) && head[1].length <= 80 && !FY_IN_TEXT.test(head[1])) return subject(head[1]);
  return null;
}

/**
 * The subject a title names: "to reduce adult re-offending in Stockton-on-Tees" -> "adult
 * re-offending"; "Serious Violence Strategy" -> "Serious Violence"; a version ("V1.2") dropped.
 */
function subject(text: string): string {
  const t = text
    .trim()
    .replace(/\s+v(?:ersion)?\s*\d+(?:\.\d+)*$/i, '')
    .replace(/^(?:to\s+)?(?:reduce|tackle|prevent|address|combat|cut|reducing|tackling|preventing|addressing)\s+/i, '')
    .replace(/\s+(?:in|across|for|within)\s+[A-Z][\w'’-]*(?:[\s-]+(?:on|upon|under|in|and|[A-Z][\w'’-]*))*$/i, '')
    .replace(/\s+strategy$/i, '')
    .trim();
  return withoutScope(t) || text.trim();
}

/** Words that say whose or where a plan is, not what it is about. */
const SCOPE_WORDS = new Set(['the', 'cross-government', 'national', 'government', "government's", 'hm', 'county', 'borough', 'district', 'city']);

/**
 * A title's subject without the place or scope before it: "Warwickshire Prevent" -> "Prevent",
 * "The Cross-Government Hate Crime" -> "Hate Crime". Nothing is taken when nothing would be left.
 */
function withoutScope(text: string): string {
  const words = text.split(' ');
  let i = 0;
  while (i < words.length - 1 && (SCOPE_WORDS.has(words[i].toLowerCase()) || isPlaceWord(words[i]))) i++;
  return words.slice(i).join(' ');
}

interface Draft {
  rec: RecognisedAction;
  timescaleParts: CellValue[];
  leadParts: string[];
  markers: string[];
  /** The row the action starts on. */
  startRow: number;
  /** The table's measure column carries the due dates (no timescale column). */
  datesFromMeasure: boolean;
  /** Percentage complete, from a "% complete" column or a status cell holding one. */
  percent: number | null;
  /** The status the status cell's fill colour stands for, and the cell. */
  fill: { status: Status; cell: string; hex: string } | null;
  /** The lead column's header names people ("Lead officer"), so initials there are a person. */
  leadNamesPeople: boolean;
}

/** A lead header that names people, not bodies: "Lead officer", "Named lead", "Contact person". */
const PEOPLE_HEADER = /\b(officers?|persons?|people|names?|named|contacts?|initials)\b/i;
const BODY_HEADER = /\b(agenc(?:y|ies)|organi[sz]ations?|partners?|bod(?:y|ies)|teams?|services?)\b/i;

function namesPeople(label: string | undefined): boolean {
  return label !== undefined && PEOPLE_HEADER.test(label) && !BODY_HEADER.test(label);
}

interface GroupState {
  last: Draft | null;
  seenRefs: boolean;
}

/** Everything the walk knows at the current row: the sheet's layout, the table it is in, and the context above. */
interface Walk {
  grid: Grid;
  merges: MergeIndex;
  headers: HeaderMap[];
  headerAt: Map<number, HeaderMap>;
  /** Group rows of two-level headers (PREVENTION / ENFORCEMENT over ACTION / OWNER): read with their header. */
  groupRows: Set<number>;
  drafts: Draft[];
  legend: Map<string, string>;
  /** The table being read, or null between tables. */
  header: HeaderMap | null;
  groupStates: GroupState[];
  theme: string | null;
  /** The priority named by a line above or inside the table (a title, a heading, "Priority 2: ..."). */
  priorityContext: string | null;
  /** A goal line's own words, the priority when nothing else names one. */
  goalPriority: string | null;
  /** The approach a heading above the table names ("PREVENTION"): the strand of the rows below. */
  strandContext: string | null;
  /** Priority and theme columns carried down blank cells. */
  carriedPriority: string | null;
  carriedTheme: string | null;
  title: string | null;
  partnership: string | null;
  planPeriod: Period | null;
  sawActionSinceHeader: boolean;
  workbook: WorkbookTopic | null;
  /** Actions whose priority only the workbook's name gives. */
  namedByWorkbook: Action[];
}

/** One row with something in it: its cells, the filled columns, and its text when it has one cell. */
interface RowRead {
  row: number;
  raw: readonly CellValue[];
  filled: number[];
  texts: string[];
  single: string | null;
}

/** What a table row's actions share: priority, theme and strand. */
interface RowContext {
  priority: string | null;
  /** The priority is the workbook name's topic: nothing in the sheet names one. */
  priorityFromWorkbook: boolean;
  theme: string | null;
  strand: string | null;
}

/** Reads the actions of one sheet, top to bottom, following headers, sections and legends. */
export function walkSheet(grid: Grid, options: WalkOptions = {}): SheetWalk {
  const w = startWalk(grid, options);
  for (let row = 1; row <= grid.rows.length; row++) {
    const h = w.headerAt.get(row);
    if (h) {
      enterTable(w, h);
      continue;
    }
    if (w.groupRows.has(row)) continue;
    const r = readRow(w, row);
    if (r === null) continue;
    if (readLegendRow(w, r) || readContextLine(w, r) || readHeading(w, r)) continue;
    if (w.header === null) readLineOutsideTable(w, r);
    else if (!readSectionInTable(w, w.header, r)) readTableRow(w, w.header, r);
  }
  const memo: Memo = { leads: new Map(), timescales: new Map() };
  const findings: Finding[] = [];
  const actions = w.drafts.map((d) => finish(d, w.legend, w.planPeriod, options, memo, findings));
  if (w.workbook && w.namedByWorkbook.length) findings.push(priorityFromWorkbookName(grid.sheet, w.namedByWorkbook, w.workbook));
  return { sheet: grid.sheet, headers: w.headers, actions, findings, title: w.title, partnership: w.partnership };
}

function startWalk(grid: Grid, options: WalkOptions): Walk {
  const merges = new MergeIndex(grid);
  const headers = findHeaders(grid, merges);
  const headerAt = new Map<number, HeaderMap>();
  const groupRows = new Set<number>();
  for (const h of headers) {
    headerAt.set(h.row, h);
    for (let r = h.firstRow; r < h.row; r++) groupRows.add(r);
  }
  return {
    grid,
    merges,
    headers,
    headerAt,
    groupRows,
    drafts: [],
    legend: new Map(),
    header: null,
    groupStates: [],
    theme: null,
    priorityContext: null,
    goalPriority: null,
    strandContext: null,
    carriedPriority: null,
    carriedTheme: null,
    title: null,
    partnership: null,
    planPeriod: null,
    sawActionSinceHeader: false,
    workbook: options.workbook ?? null,
    namedByWorkbook: [],
  };
}

function enterTable(w: Walk, h: HeaderMap): void {
  w.header = h;
  w.groupStates = h.groups.map(() => ({ last: null, seenRefs: false }));
  w.carriedPriority = null;
  w.carriedTheme = null;
  w.sawActionSinceHeader = false;
}

/** The row's filled cells (a cell covered by a merge is not filled), or null for an empty row. */
function readRow(w: Walk, row: number): RowRead | null {
  const raw = w.grid.rows[row - 1] ?? [];
  const filled: number[] = [];
  for (let c = 1; c <= raw.length; c++) {
    const v = raw[c - 1];
    if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '') && !w.merges.isCovered(row, c)) filled.push(c);
  }
  if (filled.length === 0) return null;
  const texts = filled.map((c) => cellText(raw[c - 1]));
  return { row, raw, filled, texts, single: filled.length === 1 ? oneLine(texts[0]) : null };
}

/** Legends can sit anywhere; a row that is a legend is nothing else. */
function readLegendRow(w: Walk, r: RowRead): boolean {
  if (r.filled.length > 2) return false;
  const lg = parseLegend(oneLine(r.texts.join(' ')));
  if (lg) w.legend.set(lg.marker, lg.meaning);
  return lg !== null;
}

/** A new priority heads the rows below it: a theme and strand reset unless the priority is the same. */
function setPriorityContext(w: Walk, priority: string): void {
  if (priority !== w.priorityContext) {
    w.theme = null;
    w.strandContext = null;
  }
  w.priorityContext = priority;
}

/** A heading that names only an approach ("PREVENTION", "Enforcement") is a strand, never a priority. */
function strandNamed(heading: string): string | null {
  return STRANDS.find((s) => s.toLowerCase() === heading.toLowerCase()) ?? null;
}

/**
 * A one-cell line that sets context: the plan period, title and partnership (above the first
 * table), a theme line, a "Priority 2: ..." line, or a plan's title naming the priority.
 */
function readContextLine(w: Walk, r: RowRead): boolean {
  const single = r.single;
  if (single === null) return false;
  const fy = FY_IN_TEXT.exec(single);
  if (fy && !w.planPeriod) w.planPeriod = parsePeriod(fy[0]);
  if (!w.header) {
    if (!w.title && /\bplan\b/i.test(single) && single.length < 150) w.title = single;
    if (!w.partnership && single.length < 150) w.partnership = partnershipName(single);
  }
  if (THEME_LINE.test(single) && single.length < 250) {
    w.theme = single;
    return true;
  }
  // "Priority 2: Reducing violent crime" heads the actions below it, inside a table or above one.
  const line = PRIORITY_LINE.exec(single);
  if (line && single.length <= 150) {
    setPriorityContext(w, line[1].trim());
    w.carriedPriority = null;
    return true;
  }
  // A plan's title ("Anti-social Behaviour Action Plan") names the priority and ends the table above.
  const pr = SECTION.test(single) ? null : priorityFromTitle(single);
  if (pr) {
    setPriorityContext(w, pr);
    if (w.header && w.sawActionSinceHeader) w.header = null;
    return true;
  }
  return false;
}

/**
 * A heading just above a table (a chapter heading in capitals, a short title line) names the
 * priority, or, when it names only an approach, the strand; it ends the table before it.
 */
function readHeading(w: Walk, r: RowRead): boolean {
  const single = r.single;
  if (single === null || (w.header && SECTION.test(single))) return false;
  const next = w.headers.find((x) => x.firstRow > r.row);
  // Inside a table only a capitals line or one merged across the table can be a heading, not a
  // lone fragment of the action above.
  const first = r.filled[0];
  const across = (w.merges.at(r.row, first)?.right ?? first) - first >= 2;
  const heading = next && next.firstRow - r.row <= HEADING_REACH && (!w.header || across || isCapitals(single)) ? headingPriority(single, w.title === single || w.partnership === single) : null;
  if (!heading) return false;
  const strand = strandNamed(heading);
  if (strand) w.strandContext = strand;
  else setPriorityContext(w, heading);
  w.header = null;
  return true;
}

/** Between tables: a section or goal line is the theme; a goal line's words are the fallback priority. */
function readLineOutsideTable(w: Walk, r: RowRead): void {
  const single = r.single;
  if (single === null || !(SECTION.test(single) || GOAL_LINE.test(single)) || single.length >= 250) return;
  w.theme = single;
  // With nothing else to name the priority, a goal line's own words do, before the sheet's name.
  if (GOAL_LINE.test(single)) w.goalPriority = GOAL_TEXT.exec(single)?.[1].replace(/[\s:;]+$/, '') ?? null;
}

/**
 * Inside a table: a section heading ("1. Information & Data Sharing", "Objective 3 – ...", "2." in
 * the No column beside "Prevention & Education") sets the theme; a note merged across the table is
 * skipped. True when the row is one of these.
 */
function readSectionInTable(w: Walk, header: HeaderMap, r: RowRead): boolean {
  const single = r.single;
  // Never a dotted action reference ("1.1 Gain knowledge ...").
  if (single !== null && SECTION.test(single) && single.length < 250 && !splitRefFromText(single).ref?.ref.includes('.')) {
    w.theme = single;
    return true;
  }
  const first = r.filled[0];
  // Notes across the table: objectives, review dates, "has 4 areas of work".
  if (r.filled.length === 1 && (w.merges.at(r.row, first)?.right ?? first) - first >= 2) return true;
  const sectionFromRef = sectionRow(w.grid, header, r.row, w.merges);
  if (sectionFromRef) {
    w.theme = sectionFromRef;
    return true;
  }
  return false;
}

/**
 * The row's priority (a priority column carried down merged or blank cells, else the context
 * above, a goal line, the sheet's name, and only when nothing in the sheet names one, the
 * workbook's name), theme (a theme column carried the same way, else the section) and strand (a
 * strand column, else an approach heading above).
 */
function rowContext(w: Walk, header: HeaderMap, row: number): RowContext {
  const { grid, merges } = w;
  let priority: string | null = null;
  if (header.shared.priority !== undefined) {
    const pv = oneLine(cellText(merges.valueAt(grid, row, header.shared.priority)));
    if (pv) w.carriedPriority = pv;
    priority = w.carriedPriority;
  }
  priority = priority ?? w.priorityContext ?? w.goalPriority ?? (GENERIC_SHEET.test(grid.sheet) ? null : grid.sheet);
  const priorityFromWorkbook = priority === null && w.workbook !== null;
  priority = priority ?? w.workbook?.topic ?? null;
  // A theme (objective) column is carried down blank cells like the priority: Word's merged cells paste as blanks.
  if (header.shared.theme !== undefined) {
    const tv = oneLine(cellText(merges.valueAt(grid, row, header.shared.theme)));
    if (tv) w.carriedTheme = tv;
  }
  const theme = (header.shared.theme !== undefined ? w.carriedTheme : null) ?? w.theme;
  const strand = (header.shared.strand !== undefined ? oneLine(cellText(merges.valueAt(grid, row, header.shared.strand))) || null : null) ?? w.strandContext;
  return { priority, priorityFromWorkbook, theme, strand };
}

/** Says where a priority only the workbook's name gives came from, and how to write it in the plan. */
function priorityFromWorkbookName(sheet: string, actions: readonly Action[], workbook: WorkbookTopic): Finding {
  return finding(
    'info',
    'priority-from-workbook-name',
    sheet,
    actions[0].source.cell,
    `The priority "${workbook.topic}" of ${count(actions.length, 'action')} on "${sheet}" was taken from the workbook's name, "${workbook.name}", as nothing in the sheet names one. To name it in the plan itself, put a heading above the table (such as "${workbook.topic} Action Plan") or add a Priority column.`,
  );
}

/** A table row: each column group's cells start an action or carry on the one above. */
function readTableRow(w: Walk, header: HeaderMap, r: RowRead): void {
  const context = rowContext(w, header, r.row);
  for (let gi = 0; gi < header.groups.length; gi++) {
    if (readGroupCells(w, header, r, context, gi) === 'table-ended') {
      w.header = null;
      return;
    }
  }
}

/** The field cells of one column group in one row. */
interface GroupCells {
  refC: Cell | null;
  actC: Cell | null;
  leadC: Cell | null;
  measC: Cell | null;
  timeC: Cell | null;
  statC: Cell | null;
  progC: Cell | null;
  pctC: Cell | null;
}

/** The reference, flags and action text a row's cells give. */
interface RefAndText {
  ref: string | null;
  markers: string[];
  actionText: string;
}

function readGroupCells(w: Walk, header: HeaderMap, r: RowRead, context: RowContext, gi: number): 'table-ended' | void {
  const group = header.groups[gi];
  const st = w.groupStates[gi];
  const at: RowCells = { grid: w.grid, header, group, row: r.row, raw: r.raw, merges: w.merges };
  const c: GroupCells = {
    refC: cellOf(at, 'ref'),
    actC: cellOf(at, 'action'),
    leadC: joinedCell(at, 'lead'),
    measC: joinedCell(at, 'measure'),
    timeC: cellOf(at, 'timescale'),
    statC: cellOf(at, 'status'),
    progC: cellOf(at, 'progress'),
    pctC: cellOf(at, 'percent'),
  };
  if (!Object.values(c).some(present)) return;
  const read = refAndText(at, c, r);
  if (read === 'table-ended') return read;

  // Without a reference, a row starts an action only when it has its own lead, measure, timescale
  // or status and the table does not number its actions; otherwise it carries on the action above
  // (a page break, a second target/timescale pair), or, before any action, it is an intro line.
  // A row beside a merged lead, date or reference cell that began on this action's rows is more
  // of the same action (a two-paragraph action pasted from Word), whatever else it holds.
  const insideLast = st.last !== null && mergedFromAction(at, st.last.startRow);
  const hasOther = present(c.leadC) || present(c.measC) || present(c.timeC) || present(c.statC);
  const isNew = read.ref !== null || (read.actionText !== '' && hasOther && !st.seenRefs && !insideLast);
  if (isNew) startAction(w, at, c, read, context, st);
  else if (st.last) continueAction(st.last, c, read);
}

/**
 * The row's reference (from the ref column, or opening the action text), its flags and the action
 * text without them. Text in the No column that is not a reference ends the table.
 */
function refAndText(at: RowCells, c: GroupCells, r: RowRead): RefAndText | 'table-ended' {
  const { refC, actC, leadC, timeC, measC } = c;
  const refText = present(refC) ? oneLine(cellText(refC!.v)) : '';
  let actionText = present(actC) ? paragraphs(actC!.v) : '';
  let ref: string | null = null;
  let markers: string[] = [];
  if (refText) {
    const p = parseRefCell(refText);
    if (!p) {
      // A membership list or another block; the table has ended.
      if (r.filled.length >= 2 && !present(timeC)) return 'table-ended';
    } else if (!isSectionNumber(refText) || at.group.numbered || present(leadC) || present(timeC) || present(measC)) {
      ref = p.ref.replace(/\.$/, '');
      markers = p.markers;
    }
  }
  if (!ref && actionText) {
    const s = splitRefFromText(actionText);
    if (s.ref && !(isSectionNumber(s.ref.ref) && !present(leadC) && !present(timeC) && !present(measC))) {
      ref = s.ref.ref;
      markers = [...markers, ...s.ref.markers];
      actionText = s.rest.trim();
    }
  }
  ref = letteredPart(at, refC, ref, actionText);
  if (actionText) {
    const t = trailingMarkers(actionText);
    if (t.markers.length) {
      markers = [...markers, ...t.markers];
      actionText = t.rest;
    }
  }
  return { ref, markers, actionText };
}

function startAction(w: Walk, at: RowCells, c: GroupCells, read: RefAndText, context: RowContext, st: GroupState): void {
  const { grid, header, group, row, merges } = at;
  const { ref, markers, actionText } = read;
  // A lead, date, status or measure merged down over several actions belongs to each of them.
  const cellsNow: GroupCells = { ...c, leadC: inherited(at, c.leadC), timeC: inherited(at, c.timeC), statC: inherited(at, c.statC), measC: inherited(at, c.measC) };
  const { refC, actC, leadC, measC, timeC, statC, progC, pctC } = cellsNow;
  const cells: RecognisedAction['cells'] = {};
  const columns: RecognisedAction['columns'] = {};
  for (const [f, x] of [
    ['ref', refC],
    ['action', actC],
    ['lead', leadC],
    ['measure', measC],
    ['timescale', timeC],
    ['status', statC],
    ['progress', progC],
    ['percent', pctC],
  ] as const) {
    columns[f] = x !== null || (f === 'ref' && ref !== null);
    if (x) cells[f] = addr(x);
  }
  if (!cells.ref && ref && actC) cells.ref = addr(actC);
  const action: Action = {
    ref,
    priority: context.priority,
    strand: group.strand ?? context.strand,
    theme: context.theme,
    action: actionText,
    leadOfficer: null,
    leadAgency: null,
    measure: present(measC) ? paragraphs(measC!.v) : null,
    timescale: null,
    start: null,
    due: null,
    status: null,
    flags: [],
    source: { sheet: grid.sheet, cell: addr((actC ?? refC ?? leadC)!) },
  };
  const d: Draft = {
    rec: { action, cells, columns, rawStatus: null, rawLead: null, progress: null, timescale: null, errorCells: [] },
    timescaleParts: [],
    leadParts: [],
    markers,
    startRow: row,
    datesFromMeasure: group.datesFrom !== undefined && group.datesFrom === group.columns.measure,
    percent: null,
    fill: fillStatus(grid, statC, merges),
    leadNamesPeople: namesPeople(group.columns.lead === undefined ? undefined : header.labels.get(group.columns.lead)),
  };
  if (d.datesFromMeasure) columns.timescale = true;
  addCommon(d, cellsNow);
  w.drafts.push(d);
  if (context.priorityFromWorkbook) w.namedByWorkbook.push(action);
  st.last = d;
  if (ref) st.seenRefs = true;
  w.sawActionSinceHeader = true;
}

/** More of the action above: its text and measure go on, and its lead, dates and status gather. */
function continueAction(d: Draft, c: GroupCells, read: RefAndText): void {
  if (read.actionText) d.rec.action.action = joinText(d.rec.action.action, read.actionText);
  if (present(c.measC)) d.rec.action.measure = joinText(d.rec.action.measure ?? '', paragraphs(c.measC!.v));
  d.markers.push(...read.markers);
  addCommon(d, c);
}

function sectionRow(grid: Grid, h: HeaderMap, row: number, merges: MergeIndex): string | null {
  const g: ColumnGroup | undefined = h.groups[0];
  const refCol = g?.columns.ref;
  const actCol = g?.columns.action;
  if (refCol === undefined || actCol === undefined || h.groups.length > 1 || g.numbered) return null;
  const r = grid.rows[row - 1] ?? [];
  const refText = oneLine(cellText(r[refCol - 1] ?? null));
  if (!refText || !isSectionNumber(refText)) return null;
  for (let c = 1; c <= r.length; c++) {
    if (c === refCol || c === actCol || merges.isCovered(row, c)) continue;
    const v = r[c - 1];
    if (v !== null && v !== undefined && cellText(v).trim() !== '') return null;
  }
  const text = oneLine(cellText(r[actCol - 1] ?? null));
  if (!text || text.length > 150) return null;
  return `${refText.replace(/\s+/g, '')} ${text}`.replace(/^(\d+)\s/, '$1. ').replace(/\.\.\s/, '. ');
}

/**
 * Joins text carried onto a continuation row: a fragment starting in lower case carries on the
 * sentence a page break cut ("insurgent drug" + "dealers"); anything else is a new paragraph
 * (a second target, another measure).
 */
/** A field's cell in the row being read; its A1 address is worked out only when something keeps it. */
type Cell = { v: CellValue; row: number; col: number };

function addr(c: Cell): string {
  return a1(c.row, c.col);
}

interface RowCells {
  grid: Grid;
  header: HeaderMap;
  group: ColumnGroup;
  row: number;
  raw: readonly CellValue[];
  merges: MergeIndex;
}

function present(x: { v: CellValue } | null): boolean {
  return !!x && x.v !== null && !(typeof x.v === 'string' && x.v.trim() === '');
}

/** The cell of a field in this row for this column group (shared columns when the group has none). */
function cellOf(at: RowCells, f: CellField): Cell | null {
  const c = at.group.columns[f] ?? (f === 'ref' || f === 'status' || f === 'timescale' || f === 'progress' || f === 'percent' ? (at.header.shared[f] as number | undefined) : undefined);
  if (c === undefined) return null;
  if (at.merges.isCovered(at.row, c)) return { v: null, row: at.row, col: c };
  const v = at.raw[c - 1];
  return { v: v === undefined ? null : v, row: at.row, col: c };
}

/**
 * A lettered part of a numbered recommendation is cited with its number ("1a", "1b"): the part
 * "b)" beside a No. cell merged down from "1", or the number's own row when its text opens part
 * "a)" on a later line ("... including:-\na) a consistent approach ...").
 */
function letteredPart(at: RowCells, refC: Cell | null, ref: string | null, actionText: string): string | null {
  if (!refC || ref === null) return ref;
  const number = oneLine(cellText(at.merges.valueAt(at.grid, at.row, refC.col)));
  if (!isSectionNumber(number)) return ref;
  const n = number.replace(/\D/g, '');
  if (/^[a-z]$/i.test(ref) && at.merges.isCovered(at.row, refC.col)) return `${n}${ref.toLowerCase()}`;
  if (ref === n && /\n\(?a\)\s+\S/i.test(actionText)) return `${n}a`;
  return ref;
}

/** True when this row's ref, lead or timescale cell is covered by a merge that starts on or after the given row. */
function mergedFromAction(at: RowCells, startRow: number): boolean {
  for (const f of ['ref', 'lead', 'timescale'] as const) {
    const c = at.group.columns[f] ?? (f === 'lead' ? undefined : at.header.shared[f]);
    if (c === undefined) continue;
    const m = at.merges.at(at.row, c);
    if (m && m.top < at.row && m.top >= startRow) return true;
  }
  return false;
}

/** A covered cell of a merge that began above reads as the merge's value, at its top-left address. */
function inherited(at: RowCells, x: Cell | null): Cell | null {
  if (!x || present(x)) return x;
  const m = at.merges.at(at.row, x.col);
  if (!m || m.top >= at.row) return x;
  return { v: cellAt(at.grid, m.top, m.left), row: m.top, col: m.left };
}

/** A second lead or measure column ("Lead officer" beside "Lead agency") reads as more lines of it. */
function joinedCell(at: RowCells, f: 'lead' | 'measure'): Cell | null {
  const first = cellOf(at, f);
  const more = at.group.more?.[f];
  if (!first || !more) return first;
  const parts = [first.v, ...more.map((c) => at.raw[c - 1] ?? null)].filter((v) => v !== null && cellText(v).trim() !== '').map((v) => cellText(v).trim());
  return parts.length ? { ...first, v: parts.join('\n') } : first;
}

function joinText(a: string, b: string): string {
  if (!a) return b;
  return /^[a-z(]/.test(b) ? `${a} ${b}` : `${a}\n${b}`;
}

/** "Derby Crime and Disorder Reduction Partnership Action Plan ..." -> the partnership's name. */
function partnershipName(text: string): string | null {
  const m = /^((?:\S+\s+){1,10}?(?:partnership|cdrp|csp|community safety partnership))\b/i.exec(text);
  if (!m) return null;
  const name = m[1].trim();
  return /^(the\s+)?(partnership|cdrp|csp)$/i.test(name) || /\bplan\b/i.test(name) ? null : name;
}

type Cells = Record<'leadC' | 'timeC' | 'statC' | 'progC' | 'refC' | 'actC' | 'measC' | 'pctC', Cell | null>;

function addCommon(d: Draft, c: Cells): void {
  const rec = d.rec;
  if (present(c.leadC)) {
    d.leadParts.push(paragraphs(c.leadC!.v));
    rec.cells.lead ??= addr(c.leadC!);
  }
  if (present(c.timeC)) {
    d.timescaleParts.push(c.timeC!.v);
    rec.cells.timescale ??= addr(c.timeC!);
  }
  if (present(c.statC)) {
    // A status cell holding 0.6 formatted as a percentage reads as "60%".
    const pct = typeof c.statC!.v === 'number' ? percentComplete(c.statC!.v) : null;
    if (pct !== null) d.percent ??= pct;
    rec.rawStatus = rec.rawStatus ?? (pct !== null ? `${pct}%` : oneLine(cellText(c.statC!.v)));
    rec.cells.status ??= addr(c.statC!);
  }
  if (present(c.pctC)) {
    d.percent ??= percentComplete(c.pctC!.v, true);
    rec.cells.percent ??= addr(c.pctC!);
  }
  if (present(c.progC)) {
    rec.progress = rec.progress ? rec.progress + '\n' + paragraphs(c.progC!.v) : paragraphs(c.progC!.v);
    rec.cells.progress ??= addr(c.progC!);
  }
  if (present(c.measC)) rec.cells.measure ??= addr(c.measC!);
  const fields: [CellField, Cell | null][] = [
    ['ref', c.refC],
    ['action', c.actC],
    ['lead', c.leadC],
    ['measure', c.measC],
    ['timescale', c.timeC],
    ['status', c.statC],
    ['progress', c.progC],
    ['percent', c.pctC],
  ];
  for (const [f, x] of fields) if (x && isCellError(x.v)) rec.errorCells.push({ field: f, cell: addr(x), error: x.v.error });
}

/** Combines the timescale parts of one action (one per target/timescale pair): due is the latest. */
export function combineTimescales(parts: TimescaleResult[]): TimescaleResult | null {
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0];
  const dated = parts.filter((p) => p.kind === 'dated');
  const unparsed = parts.find((p) => p.kind === 'unparsed');
  if (unparsed) return { ...unparsed, dates: parts.flatMap((p) => p.dates) };
  if (dated.length === 0) return parts.find((p) => p.kind === 'ongoing') ?? parts.find((p) => p.kind === 'recurring') ?? parts[0];
  const dates = parts.flatMap((p) => p.dates);
  const due = dated
    .map((p) => p.due!)
    .sort()
    .pop()!;
  const starts = dated
    .map((p) => p.start)
    .filter((s): s is string => !!s)
    .sort();
  return { kind: 'dated', start: starts[0] ?? null, due, dates };
}

/** Plans repeat the same leads and timescales down hundreds of rows: each text is read once. */
interface Memo {
  leads: Map<string, { leadOfficer: string | null; leadAgency: string | null }>;
  timescales: Map<string, TimescaleResult>;
}

function memoTimescale(v: CellValue, planPeriod: Period | null, memo: Memo): TimescaleResult {
  const key = typeof v === 'string' ? `s${v}` : v instanceof Date ? `d${v.getTime()}` : null;
  if (key === null) return parseTimescale(v, planPeriod ? { planPeriod } : undefined);
  let r = memo.timescales.get(key);
  if (!r) memo.timescales.set(key, (r = parseTimescale(v, planPeriod ? { planPeriod } : undefined)));
  return r;
}

/**
 * With no timescale column, dates inside the measure text ("Programmes in schools by September
 * 2002") give the due date, and an info finding says where it came from.
 */
function dueFromMeasure(d: Draft, planPeriod: Period | null, findings: Finding[]): void {
  const rec = d.rec;
  const a = rec.action;
  if (d.timescaleParts.length || !a.measure || (rec.columns.timescale && !d.datesFromMeasure)) return;
  const ctx = planPeriod ? { planPeriod } : undefined;
  let found = datesInText(a.measure, ctx);
  if (!found && d.datesFromMeasure) {
    const whole = parseTimescale(a.measure, ctx);
    if (whole.kind !== 'unparsed' && whole.kind !== 'blank') found = { phrases: [a.measure], result: whole };
  }
  if (!found) return;
  a.timescale = found.phrases.join('; ');
  rec.timescale = found.result;
  a.start = found.result.start;
  a.due = found.result.due;
  if (rec.cells.measure) rec.cells.timescale ??= rec.cells.measure;
  const what = a.ref ? `Action ${a.ref}` : `"${a.action.split('\n')[0].slice(0, 40)}"`;
  findings.push(
    finding(
      'info',
      'due-from-measure',
      a.source.sheet,
      rec.cells.measure ?? a.source.cell,
      `${what}: the due date${a.due ? ` ${a.due.split('-').reverse().join('/')}` : ''} was taken from "${found.phrases.join('", "')}" in its measure text, as the table has no separate date column.`,
    ),
  );
}

const FILL_WORD: Record<Status, string> = { 'Off track': 'red', 'At risk': 'amber', 'On track': 'green', Complete: 'blue', 'Not started': '', Cancelled: '' };

/** The status a status cell's fill stands for (a merged cell's fill is its top-left cell's). */
function fillStatus(grid: Grid, statC: Cell | null, merges: MergeIndex): Draft['fill'] {
  if (!statC || !grid.fills) return null;
  const m = merges.at(statC.row, statC.col);
  const [row, col] = m ? [m.top, m.left] : [statC.row, statC.col];
  const hex = fillAt(grid, row, col);
  const status = statusOfFill(hex);
  return status && hex ? { status, cell: a1(row, col), hex } : null;
}

function finish(d: Draft, legend: Map<string, string>, planPeriod: Period | null, options: WalkOptions, memo: Memo, findings: Finding[]): RecognisedAction {
  const rec = d.rec;
  const a = rec.action;
  if (d.leadParts.length) {
    rec.rawLead = d.leadParts.join('\n');
    const key = `${d.leadNamesPeople ? 'p' : 'a'}${rec.rawLead}`;
    let s = memo.leads.get(key);
    if (!s) memo.leads.set(key, (s = splitLead(rec.rawLead, { extraAgencies: options.extraAgencies, initialsArePeople: d.leadNamesPeople })));
    a.leadOfficer = s.leadOfficer;
    a.leadAgency = s.leadAgency;
  }
  if (d.timescaleParts.length) {
    a.timescale = d.timescaleParts.map((v) => paragraphs(v)).join('\n');
    const parsed = d.timescaleParts.map((v) => memoTimescale(v, planPeriod, memo));
    rec.timescale = combineTimescales(parsed);
    a.start = rec.timescale?.start ?? null;
    a.due = rec.timescale?.due ?? null;
  }
  dueFromMeasure(d, planPeriod, findings);
  if (d.percent === null && rec.rawStatus) d.percent = percentComplete(rec.rawStatus);
  const st = readStatus(rec.rawStatus);
  a.status = st.kind === 'ok' ? st.status : d.percent !== null && st.kind === 'blank' ? statusOfPercent(d.percent) : null;
  if (d.percent !== null) rec.progress = [`${d.percent}% complete`, rec.progress].filter(Boolean).join('\n');
  if (d.fill) {
    // RAG given by a cell's colour alone is the status; where the colour and the words disagree, the words win and a finding says so.
    if (st.kind === 'blank' && a.status === null) {
      a.status = d.fill.status;
      rec.cells.status ??= d.fill.cell;
    } else if (a.status !== null && a.status !== d.fill.status) {
      findings.push(
        finding(
          'warning',
          'status-fill-disagrees',
          a.source.sheet,
          d.fill.cell,
          `${a.ref ? `Action ${a.ref}` : `"${a.action.split('\n')[0].slice(0, 40)}"`}: the status says ${a.status} but the cell is coloured ${FILL_WORD[d.fill.status]}. Make the colour and the status agree.`,
        ),
      );
    }
  }
  const flags: string[] = [];
  for (const m of d.markers) {
    const meaning = legend.get(m) ?? m;
    if (!flags.includes(meaning)) flags.push(meaning);
  }
  a.flags = flags;
  return rec;
}
