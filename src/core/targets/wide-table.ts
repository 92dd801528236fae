import { a1, cellAt, cellText, CellValue, columnCount, Grid, isBlank, parseA1, rowCount } from '../grid';
import { Finding, Unit } from '../plan';
import { Period } from '../timescale/period';
import { unitFromWords } from './caption';
import { TargetDraft } from './draft';
import { fixFloat, readNumber, ReadNumber } from './numbers';
import { periodOfCell } from './period-cell';
import { periodKey } from './series';

/** Headers that make a row of periods a target table rather than a table of figures. */
const TARGET_WORDS = /\b(baseline|benchmark|target)\b/i;

/** "2007/08 (Target-16%)" -> -0.16 */
export function changeInHeader(text: string): number | null {
  const m = /target\s*[:(]?\s*([-+−–]?)\s*(\d+(?:\.\d+)?)\s*%/i.exec(text);
  if (!m) return null;
  const v = fixFloat(Number(m[2]) / 100);
  return m[1] === '+' ? v : m[1] ? -v : null;
}

/**
 * Uncaptioned target tables with one indicator a row: a header of periods that says which is the
 * baseline or the target ("Indicator | 2019/20 Baseline | 2020/21 | 2021/22 Target"), then a row
 * per indicator with its label and figures. The same table transposed (periods down, indicators
 * across) is read by transposing it. Rows in `skip` belong to captioned blocks already read.
 */
export function wideTableTargets(grid: Grid, skip: ReadonlySet<number>): { drafts: TargetDraft[]; findings: Finding[] } {
  const { rows, cols } = targetWordCells(grid);
  const drafts = rows.length ? across(grid.sheet, asRows(grid), skip, rows, (r, c) => a1(r, c)) : [];
  if (cols.length) {
    drafts.push(...across(grid.sheet, asColumns(grid), new Set<number>(), cols, (r, c) => a1(c, r)).filter((d) => !skip.has(parseA1(d.source.cell).row)));
  }
  return { drafts, findings: [] };
}

/**
 * The rows and the columns (ascending) holding a cell that says baseline, benchmark or target: the
 * only places a header of such a table can be. One pass over the sheet, so a plan with no target
 * table (thousands of rows of actions) costs a regex test per text cell and nothing more.
 */
function targetWordCells(g: Grid): { rows: number[]; cols: number[] } {
  const rows: number[] = [];
  const cols = new Set<number>();
  g.rows.forEach((row, i) => {
    let hit = false;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string' && TARGET_WORDS.test(v)) {
        hit = true;
        cols.add(c + 1);
      }
    }
    if (hit) rows.push(i + 1);
  });
  return { rows, cols: [...cols].sort((a, b) => a - b) };
}

/** A sheet read along its rows, or along its columns (the table transposed), without copying it. */
interface Lines {
  count: number;
  /** The cells of line i (1-based). */
  line(i: number): ReadonlyArray<CellValue>;
  /** The cell at position j of line i. */
  at(i: number, j: number): CellValue;
}

function asRows(g: Grid): Lines {
  return { count: rowCount(g), line: (i) => g.rows[i - 1] ?? [], at: (i, j) => cellAt(g, i, j) };
}

function asColumns(g: Grid): Lines {
  return { count: columnCount(g), line: (i) => g.rows.map((row) => (row[i - 1] === undefined ? null : row[i - 1])), at: (i, j) => cellAt(g, j, i) };
}

/** Header lines among `candidates` (ascending) and the indicator lines after each. */
function across(sheet: string, g: Lines, skip: ReadonlySet<number>, candidates: readonly number[], ref: (r: number, c: number) => string): TargetDraft[] {
  const out: TargetDraft[] = [];
  for (const r of candidates) {
    if (skip.has(r)) continue;
    const cells = g.line(r);
    const cols: { col: number; period: Period; header: string }[] = [];
    for (let c = 1; c <= cells.length; c++) {
      const v = cells[c - 1];
      const p = periodOfCell(v);
      if (p) cols.push({ col: c, period: p, header: cellText(v) });
    }
    if (cols.length < 2 || !cols.some((x) => TARGET_WORDS.test(x.header))) continue;
    if (cols.some((x, i) => i > 0 && periodKey(x.period) <= periodKey(cols[i - 1].period))) continue;
    const change = cols.map((x) => changeInHeader(x.header)).find((x) => x !== null) ?? null;
    for (let v = r + 1; v <= g.count && !skip.has(v); v++) {
      const values = cols.map((x) => {
        const cell = g.at(v, x.col);
        return { ...x, value: typeof cell !== 'number' && periodOfCell(cell) ? null : readNumber(cell) };
      });
      const label = labelOf(g, v, cols[0].col);
      const filled = values.filter((x) => x.value);
      if (!label && filled.length === 0) break;
      if (!label || filled.length < 2) continue;
      const points = filled.map((x) => ({ period: x.period, value: x.value!, cell: ref(v, x.col) }));
      out.push(draft(sheet, label.text, ref(v, label.col), points, change));
    }
  }
  return out;
}

function labelOf(g: Lines, line: number, before: number): { text: string; col: number } | null {
  for (let c = 1; c < before; c++) {
    const v = g.at(line, c);
    if (typeof v === 'string' && !isBlank(v) && !readNumber(v)) return { text: v.replace(/\s+/g, ' ').trim(), col: c };
  }
  return null;
}

function draft(sheet: string, indicator: string, cell: string, points: { period: Period; value: ReadNumber; cell: string }[], change: number | null): TargetDraft {
  const percent = points.some((p) => p.value.percent);
  const unit: Unit = percent ? 'percent' : (unitFromWords(indicator) ?? 'count');
  const val = (n: ReadNumber) => (unit === 'percent' && !n.percent && Math.abs(n.value) > 1 ? fixFloat(n.value / 100) : n.value);
  const first = points[0];
  const last = points[points.length - 1];
  const base = val(first.value);
  const goal = val(last.value);
  const direction = goal > base ? 'increase' : 'reduce';
  return {
    priority: null,
    indicator,
    unit,
    direction,
    baseline: { period: first.period.label, value: base },
    // A column header's "(Target -10%)" speaks for the rows it fits: not for one going the other way.
    target: { period: last.period.label, value: goal, ...(change !== null && change < 0 === (direction === 'reduce') ? { change } : {}) },
    stated: points.slice(1, -1).map((p) => ({ period: p.period.label, value: val(p.value), cell: p.cell })),
    source: { sheet, cell },
    givenId: null,
    origin: null,
    settings: {},
  };
}
