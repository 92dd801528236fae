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

/** What a person should fix in the Progress table: unknown indicators, periods, non-numbers, repeats. */
export function checkProgress(rows: readonly ProgressRow[], targets: readonly Target[]): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, ProgressRow>();
  for (const row of rows) {
    const { sheet, cell } = row.source;
    const t = resolveIndicator(row.indicator, targets);
    if (!t) {
      findings.push(finding('warning', 'progress-unknown-indicator', sheet, cell, `"${row.indicator || '(blank)'}" is not a target id or indicator in the Targets sheet; choose one from the list.`));
    }
    if (!periodOfCell(row.period)) {
      findings.push(finding('warning', 'progress-period-unreadable', sheet, cell, `"${row.period || '(blank)'}" is not a period SaferPlan can read; write it like 2019/20, Q1 2019/20 or Apr 2019.`));
    }
    if (row.actual === null && !isBlank(row.typed.actual)) {
      findings.push(finding('warning', 'progress-actual-not-number', sheet, cell, `The actual "${cellText(row.typed.actual)}" is not a number.`));
    }
    const key = `${t?.id ?? row.indicator.toLowerCase()}|${row.period.toLowerCase()}`;
    const before = seen.get(key);
    if (before) {
      findings.push(finding('warning', 'progress-duplicate', sheet, cell, `${row.indicator} ${row.period} is entered twice (also at ${before.source.cell}); keep one row.`));
    } else seen.set(key, row);
  }
  return findings;
}
