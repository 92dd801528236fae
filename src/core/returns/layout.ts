import { Grid, a1, cellAt, cellText } from '../grid';
import { Label, LabelKind, classifyLabel } from './labels';

/**
 * Finds proformas on a sheet as they look when seed 002's Word tables are pasted into Excel:
 * a label in the first used cell of a row and its answer to the right (Output rows carry a second
 * pair, "Impact" and its SWOT), or a prompt row with the answer in the rows below. Word paragraphs
 * and page breaks leave rows whose first cell is empty; their text carries on the field above it
 * in the same column. Returns the raw text of every box; judging is done elsewhere.
 */

export interface RawText {
  parts: string[];
  /** Cells the text came from, in order. */
  cells: string[];
  /** Where an answer belongs when the box is blank. */
  expected: string | null;
}

export interface RawOutput {
  n: number;
  output: RawText;
  impact: RawText;
}

export interface RawPriority {
  name: RawText;
  cell: string | null;
  narrative: RawText;
  applies: RawText;
  partnership: RawText;
  outputs: RawOutput[];
  inYear: RawText;
}

export interface RawReturn {
  sheet: string;
  cell: string;
  titled: boolean;
  agencySeen: boolean;
  agency: RawText;
  name: RawText;
  role: RawText;
  date: RawText;
  signature: RawText;
  assistance: RawText;
  priorities: RawPriority[];
}

interface Cell {
  col: number;
  text: string;
}

interface Sink {
  text: RawText;
  /** One-line boxes (agency, priority name, date...) take at most one row below a bare label. */
  single: boolean;
  open: boolean;
}

interface Span {
  from: number;
  to: number;
  sink: Sink | null;
}

interface Segment {
  col: number;
  label: Label;
  values: Cell[];
}

const SINGLE: ReadonlySet<LabelKind> = new Set<LabelKind>(['agency', 'name', 'role', 'date', 'signature', 'priority', 'applies']);
const PROMPTS: ReadonlySet<LabelKind> = new Set<LabelKind>(['assistance', 'partnership']);

function text(): RawText {
  return { parts: [], cells: [], expected: null };
}

function rowCells(grid: Grid, row: number): Cell[] {
  const r = grid.rows[row - 1];
  if (!r) return [];
  const out: Cell[] = [];
  for (let c = 1; c <= r.length; c++) {
    const t = cellText(cellAt(grid, row, c)).trim();
    if (t !== '') out.push({ col: c, text: t });
  }
  return out;
}

/** Reads every proforma on one sheet, in order. */
export function readLayout(grid: Grid): RawReturn[] {
  const found: RawReturn[] = [];
  let ret: RawReturn | null = null;
  let pri: RawPriority | null = null;
  let out: RawOutput | null = null;
  let spans: Span[] = [];
  let impactCol: number | null = null;

  const close = () => {
    if (ret && keep(ret)) found.push(ret);
    ret = null;
    pri = null;
    out = null;
    spans = [];
    impactCol = null;
  };
  const start = (row: number, col: number, titled: boolean) => {
    close();
    ret = {
      sheet: grid.sheet,
      cell: a1(row, col),
      titled,
      agencySeen: false,
      agency: text(),
      name: text(),
      role: text(),
      date: text(),
      signature: text(),
      assistance: text(),
      priorities: [],
    };
  };
  const newPriority = (): RawPriority => {
    const p: RawPriority = { name: text(), cell: null, narrative: text(), applies: text(), partnership: text(), outputs: [], inYear: text() };
    ret!.priorities.push(p);
    pri = p;
    out = null;
    return p;
  };

  /** The box a label opens (creating the priority or output it belongs to). */
  const sinkFor = (label: Label, row: number, col: number): RawText | null => {
    const r = ret!;
    switch (label.kind) {
      case 'title':
      case 'heading':
        return null;
      case 'agency':
        r.agencySeen = true;
        return r.agency;
      case 'name':
        return r.name;
      case 'role':
        return r.role;
      case 'date':
        return r.date;
      case 'signature':
        return r.signature;
      case 'assistance':
        return r.assistance;
      case 'priority': {
        const p = newPriority();
        p.cell = a1(row, col);
        return p.name;
      }
      default:
        break;
    }
    const p = pri ?? newPriority();
    switch (label.kind) {
      case 'narrative':
        return p.narrative;
      case 'applies':
        return p.applies;
      case 'partnership':
        return p.partnership;
      case 'inYear':
        out = null;
        return p.inYear;
      case 'output': {
        const o: RawOutput = { n: label.n ?? p.outputs.length + 1, output: text(), impact: text() };
        p.outputs.push(o);
        out = o;
        return o.output;
      }
      case 'impact':
        return out ? out.impact : null;
    }
    return null;
  };

  for (let row = 1; row <= grid.rows.length; row++) {
    const cells = rowCells(grid, row);
    if (cells.length === 0) continue;
    const first = cells[0];
    let label = classifyLabel(first.text);
    if (label?.kind === 'agency' && !isAgencyRow(cells, label)) label = null;
    if (label?.kind === 'title') {
      start(row, first.col, true);
      continue;
    }
    if (label?.kind === 'agency') {
      const r = ret as RawReturn | null;
      if (!r || r.agencySeen || r.priorities.length > 0) {
        if (!r && !hasValue(cells, label)) continue; // a bare "Agency" cell outside any proforma
        start(row, first.col, false);
      }
    }
    if (!ret) continue;
    if (label && accepts(label, out !== null, cells)) {
      const segments = segmentsOf(cells, label, impactCol);
      const impact = segments.find((s) => s.label.kind === 'impact');
      if (label.kind === 'output' && impact) impactCol = impact.col;
      spans = segments.map((seg, i) => {
        const sink = sinkFor(seg.label, row, seg.col);
        const to = i + 1 < segments.length ? segments[i + 1].col - 1 : Infinity;
        if (!sink) return { from: seg.col, to, sink: null };
        const values = seg.label.inline ? [{ col: seg.col, text: seg.label.inline }, ...seg.values] : seg.values;
        for (const v of values) add(sink, v, row);
        if (values.length === 0 && sink.expected === null) {
          sink.expected = PROMPTS.has(seg.label.kind) ? a1(row + 1, seg.col) : a1(row, seg.values[0]?.col ?? seg.col + 1);
        }
        const single = SINGLE.has(seg.label.kind);
        // Beside its label, an answer carries on under itself, not under the label: text in the
        // label's column below "In year impact | ..." is something else (a heading, a note).
        const from = seg.values.length > 0 ? seg.col + 1 : seg.col;
        return { from, to, sink: { text: sink, single, open: !single || values.length === 0 } };
      });
      continue;
    }
    carryOn(spans, cells, row);
  }
  close();
  return found;
}

/** Keeps what is plainly a proforma: titled, or carrying priorities or an agency and its answer. */
function keep(r: RawReturn): boolean {
  if (r.priorities.length > 0) return true;
  return r.titled && r.agency.parts.length > 0;
}

function hasValue(cells: Cell[], label: Label): boolean {
  return !!label.inline || cells.length > 1;
}

/**
 * "AGENCY | Hampshire Fire and Rescue Service" is a proforma's row; "Agency | Priority | Status"
 * (a table header, our own Returns sheet among them) is not.
 */
function isAgencyRow(cells: Cell[], label: Label): boolean {
  if (label.inline) return cells.length === 1;
  if (cells.length === 1) return true;
  if (classifyLabel(cells[1].text)) return false;
  if (cells.length === 2) return true;
  const third = classifyLabel(cells[2].text);
  return !!third && (third.kind === 'name' || third.kind === 'role' || third.kind === 'date');
}

function accepts(label: Label, inOutput: boolean, cells: Cell[]): boolean {
  if (label.kind === 'impact') return inOutput;
  // "Priority: ..." starting a long paragraph is an answer, not a new priority.
  if (label.kind === 'priority' && label.inline) return cells.length === 1 && label.inline.length <= 150;
  return label.kind !== 'title';
}

/** Labels that may follow the first one on the same row. */
function pairs(first: LabelKind, next: LabelKind): boolean {
  return (
    (first === 'output' && next === 'impact') || (first === 'date' && next === 'signature') || (first === 'name' && next === 'role') || (first === 'agency' && (next === 'name' || next === 'role'))
  );
}

/**
 * Splits a label row into label + answer segments. An Output row whose "Impact" label is missing
 * (seed 002, the Garrison's Output 4) splits at the Impact column of the rows above, or failing
 * that at its second answer cell.
 */
function segmentsOf(cells: Cell[], first: Label, impactCol: number | null): Segment[] {
  const segs: Segment[] = [{ col: cells[0].col, label: first, values: [] }];
  for (const c of cells.slice(1)) {
    const l = classifyLabel(c.text);
    if (l && pairs(first.kind, l.kind) && !segs.some((s) => s.label.kind === l.kind)) segs.push({ col: c.col, label: l, values: [] });
    else segs[segs.length - 1].values.push(c);
  }
  if (first.kind === 'output' && segs.length === 1) {
    const values = segs[0].values;
    const splitAt = impactCol ?? (values.length >= 2 ? values[1].col : null);
    if (splitAt !== null && values.some((v) => v.col >= splitAt) && values.some((v) => v.col < splitAt)) {
      segs[0].values = values.filter((v) => v.col < splitAt);
      segs.push({ col: splitAt, label: { kind: 'impact' }, values: values.filter((v) => v.col >= splitAt) });
    }
  }
  return segs;
}

/** A row with no label: its text carries on the box above it in the same column. */
function carryOn(spans: Span[], cells: Cell[], row: number): void {
  const touched = new Set<Sink>();
  for (const c of cells) {
    const span = spans.find((s) => c.col >= s.from && c.col <= s.to);
    const sink = span?.sink;
    if (!sink || !sink.open) continue;
    add(sink.text, c, row);
    touched.add(sink);
  }
  for (const s of touched) if (s.single) s.open = false;
}

function add(t: RawText, c: Cell, row: number): void {
  t.parts.push(c.text);
  t.cells.push(a1(row, c.col));
}
