import { cellText, columnLetters, Grid, parseA1 } from '../../core/grid';
import type { Action, Finding } from '../../core/plan';
import { isLinkValue, type SpecValue } from '../../core/sheets/spec';

/** The Actions sheet as written (a spec's rows) or as read (a grid's rows). */
export interface ActionsTable {
  sheet: string;
  rows: ReadonlyArray<ReadonlyArray<SpecValue | Grid['rows'][number][number]>>;
}

/** Codes whose fix is the action's status: on the Actions sheet that status wins over the plan's. */
const STATUS_CODES = new Set(['overdue']);

function text(v: unknown): string {
  if (isLinkValue(v)) return v.text;
  return cellText(v as Grid['rows'][number][number]).trim();
}

function rowOf(cell: string | null): number | null {
  if (!cell) return null;
  try {
    return parseA1(cell.replace(/:.*$/, '')).row;
  } catch {
    return null;
  }
}

/**
 * Sends each finding whose fix is a status (overdue) to the cell that must change: the action's
 * Status on the Actions sheet, because people's statuses there win over the plan's own. Without
 * an Actions sheet, or when its row cannot be found, the finding keeps the plan's cell.
 */
export function retargetToActions(findings: readonly Finding[], actions: readonly Action[], table: ActionsTable | null): Finding[] {
  if (!table || table.rows.length < 2) return [...findings];
  const header = table.rows[0].map(text);
  const iSource = header.indexOf('Source');
  const iStatus = header.indexOf('Status');
  if (iSource < 0 || iStatus < 0) return [...findings];
  const rowBySource = new Map<string, number>();
  table.rows.forEach((r, i) => {
    if (i > 0) rowBySource.set(text(r[iSource]), i + 1);
  });
  // An action runs from its source row down to the next action's, on its sheet.
  const bySheet = new Map<string, { row: number; action: Action }[]>();
  for (const a of actions) {
    const row = rowOf(a.source.cell);
    if (row === null) continue;
    const list = bySheet.get(a.source.sheet) ?? [];
    list.push({ row, action: a });
    bySheet.set(a.source.sheet, list);
  }
  for (const list of bySheet.values()) list.sort((x, y) => x.row - y.row);
  const status = columnLetters(iStatus + 1);
  return findings.map((f) => {
    if (!STATUS_CODES.has(f.code)) return f;
    const row = rowOf(f.cell);
    const list = bySheet.get(f.sheet);
    if (row === null || !list) return f;
    let owner: Action | null = null;
    for (const x of list) if (x.row <= row) owner = x.action;
    if (!owner) return f;
    const target = rowBySource.get(`${owner.source.sheet}!${owner.source.cell}`);
    return target ? { ...f, sheet: table.sheet, cell: `${status}${target}` } : f;
  });
}
