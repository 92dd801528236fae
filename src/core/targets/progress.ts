import { a1, cellAt, cellText, CellValue, Grid, isBlank, rowCount } from '../grid';
import { Finding, finding, SourceRef, Target } from '../plan';
import { findHeaderRows, HeaderNames } from './headers';
import { readNumber } from './numbers';
import { periodOfCell } from './period-cell';

/** One row of the Progress table: what people (or an import) entered for an indicator and period. */
export interface ProgressRow {
  /** As typed: a target id ("T3") or the indicator's name. */
  indicator: string;
  /** The period's label when it names one ("2019/20", "Apr 2019"), else the text as typed. */
  period: string;
  actual: number | null;
  stated: number | null;
  note: string | null;
  /** Cells exactly as typed, so a regenerated sheet never loses them (text in Actual, extra columns). */
  typed: { actual: CellValue; stated: CellValue; extra: Record<string, CellValue> };
  source: SourceRef;
  /**
   * True when read back from the Progress sheet SaferPlan wrote. A partnership's own table of
   * actuals is the source: our sheet holds copies of its rows, and where both hold a cell, theirs wins.
   */
  generated?: boolean;
}

export type ProgressField = 'indicator' | 'description' | 'period' | 'actual' | 'stated' | 'note';

export const PROGRESS_HEADERS: HeaderNames<ProgressField> = {
  indicator: ['indicator', 'indicator id', 'id', 'target id', 'target', 'measure'],
  description: ['description', 'indicator name', 'name'],
  period: ['period', 'year', 'financial year', 'quarter', 'month'],
  stated: ['stated milestone', 'stated milestones', 'stated', 'milestone'],
  actual: ['actual', 'actuals', 'actual value', 'outturn', 'value', 'count'],
  note: ['note', 'notes', 'comment', 'comments', 'data source'],
};

/** Sheets that hold progress: ours is called Progress; a user's may be called anything. */
function mayHoldProgress(g: Grid): boolean {
  return !g.generated || /^progress\b/i.test(g.sheet);
}

/** Every row of every Progress table in the workbook, in sheet and row order. */
export function readProgress(grids: Grid[]): ProgressRow[] {
  const out: ProgressRow[] = [];
  for (const g of grids.filter(mayHoldProgress)) {
    for (const h of findHeaderRows(g, PROGRESS_HEADERS, ['indicator', 'period', 'actual'])) {
      const at = (r: number, f: ProgressField): CellValue => (h.cols[f] === undefined ? null : cellAt(g, r, h.cols[f]!));
      for (let r = h.row + 1; r <= rowCount(g); r++) {
        const indicator = cellText(at(r, 'indicator')).replace(/\s+/g, ' ').trim();
        const periodCell = at(r, 'period');
        if (!indicator && isBlank(periodCell)) {
          if (isBlank(at(r, 'actual')) && isBlank(at(r, 'stated'))) continue;
        }
        if (indicator && headerLike(indicator)) break;
        const extra: Record<string, CellValue> = {};
        for (const o of h.others) {
          const v = cellAt(g, r, o.col);
          if (!isBlank(v)) extra[o.header] = v;
        }
        const note = cellText(at(r, 'note')).trim();
        out.push({
          indicator,
          period: periodOfCell(periodCell)?.label ?? cellText(periodCell).trim(),
          actual: readNumber(at(r, 'actual'))?.value ?? null,
          stated: readNumber(at(r, 'stated'))?.value ?? null,
          note: note || null,
          typed: { actual: at(r, 'actual'), stated: at(r, 'stated'), extra },
          source: { sheet: g.sheet, cell: a1(r, h.cols.indicator!) },
          ...(g.generated ? { generated: true } : {}),
        });
      }
    }
  }
  return out;
}

function headerLike(text: string): boolean {
  return PROGRESS_HEADERS.indicator.includes(text.toLowerCase());
}

/** The target a Progress row's indicator names: its id, "T3 - name", or its name. */
export function resolveIndicator(text: string, targets: readonly Target[]): Target | null {
  const t = text.trim().toLowerCase();
  if (!t) return null;
  const byId = targets.find((x) => x.id.toLowerCase() === t);
  if (byId) return byId;
  const lead = /^(\S+?)[\s:–—-]/.exec(t)?.[1];
  const byLead = lead ? targets.find((x) => x.id.toLowerCase() === lead) : undefined;
  if (byLead) return byLead;
  const byName = targets.filter((x) => x.indicator.trim().toLowerCase() === t);
  return byName.length === 1 ? byName[0] : null;
}

/**
 * resolveIndicator for many rows: the targets are indexed once (by lower-cased id, and by name when
 * only one target has it), so each row costs a few map look-ups.
 */
export function indicatorResolver(targets: readonly Target[]): (text: string) => Target | null {
  const byId = new Map<string, Target>();
  const byName = new Map<string, Target | null>();
  for (const x of targets) {
    const id = x.id.toLowerCase();
    if (!byId.has(id)) byId.set(id, x);
    const name = x.indicator.trim().toLowerCase();
    byName.set(name, byName.has(name) ? null : x);
  }
  const memo = new Map<string, Target | null>();
  return (text: string) => {
    const t = text.trim().toLowerCase();
    if (!t) return null;
    const known = memo.get(t);
    if (known !== undefined) return known;
    const lead = byId.has(t) ? undefined : /^(\S+?)[\s:–—-]/.exec(t)?.[1];
    const found = byId.get(t) ?? (lead ? byId.get(lead) : undefined) ?? byName.get(t) ?? null;
    memo.set(t, found);
    return found;
  };
}

/** The key one indicator x period has in the Progress sheet: the target's id, else the text as typed. */
export function progressKey(row: Pick<ProgressRow, 'indicator' | 'period'>, target: Target | null): string {
  return `${target ? target.id : row.indicator.replace(/\s+/g, ' ').trim().toLowerCase()}|${row.period.toLowerCase()}`;
}

/**
 * What a person should fix in the Progress table: unknown indicators, periods, non-numbers, repeats.
 * A row of our Progress sheet whose indicator and period a partnership's own table also holds is a
 * copy of that row: it is not judged again, and only a figure in it that differs from theirs is
 * reported (theirs is used).
 */
export function checkProgress(rows: readonly ProgressRow[], targets: readonly Target[]): Finding[] {
  const findings: Finding[] = [];
  const resolve = indicatorResolver(targets);
  const keyOf = (row: ProgressRow) => progressKey(row, resolve(row.indicator));
  /** The first row of each key in the partnership's own tables. */
  const own = new Map<string, ProgressRow>();
  for (const row of rows) {
    if (row.generated) continue;
    const key = keyOf(row);
    if (!own.has(key)) own.set(key, row);
  }
  const seen = new Map<string, ProgressRow>();
  for (const row of rows) {
    const { sheet, cell } = row.source;
    const t = resolve(row.indicator);
    const key = progressKey(row, t);
    const theirs = row.generated ? own.get(key) : undefined;
    if (theirs) {
      const differs = (a: number | null, b: number | null) => a !== null && b !== null && a !== b;
      if (differs(row.actual, theirs.actual) || differs(row.stated, theirs.stated)) {
        const [mine, source] = differs(row.actual, theirs.actual) ? [row.actual, theirs.actual] : [row.stated, theirs.stated];
        findings.push(
          finding(
            'info',
            'progress-own-table-wins',
            sheet,
            cell,
            `${row.indicator} ${row.period}: ${sheet} shows ${mine} but your own table gives ${source} at ${theirs.source.sheet}!${theirs.source.cell}; that figure is used. Change it there to change it here.`,
          ),
        );
      }
      continue;
    }
    if (!t) {
      findings.push(finding('warning', 'progress-unknown-indicator', sheet, cell, `"${row.indicator || '(blank)'}" is not a target id or indicator in the Targets sheet; choose one from the list.`));
    }
    if (!periodOfCell(row.period)) {
      findings.push(finding('warning', 'progress-period-unreadable', sheet, cell, `"${row.period || '(blank)'}" is not a period SaferPlan can read; write it like 2019/20, Q1 2019/20 or Apr 2019.`));
    }
    if (row.actual === null && !isBlank(row.typed.actual)) {
      findings.push(finding('warning', 'progress-actual-not-number', sheet, cell, `The actual "${cellText(row.typed.actual)}" is not a number.`));
    }
    const before = seen.get(key);
    if (before) {
      findings.push(finding('warning', 'progress-duplicate', sheet, cell, `${row.indicator} ${row.period} is entered twice (also at ${before.source.cell}); keep one row.`));
    } else seen.set(key, row);
  }
  return findings;
}
