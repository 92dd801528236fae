/**
 * The Summary's live cells: COUNTIFS over the Actions table's columns (structured references, as
 * Excel stores them and LibreOffice reads them), measured against the sheet's "As at" cell. Each
 * formula carries the figure core computed, so a viewer that does not recalculate shows it too.
 *
 * Two habits keep Excel and LibreOffice agreeing:
 * - no "<>" criteria: LibreOffice's COUNTIFS can miss blank cells that "<>Complete" should match,
 *   so open actions are counted as all actions less Complete and Cancelled ones;
 * - text criteria start with "=" and escape ~ * ?, so a priority is matched exactly as written,
 *   never read as a comparison or a wildcard.
 */
import { FormulaValue } from '../sheets/spec';
import { NO_PRIORITY } from './labels';

/** The Actions table's name and the columns the Summary counts over (src/core/sheets/actions-sheet). */
export const ACTIONS_TABLE = 'Actions';
const col = (name: 'Priority' | 'Due' | 'Status' | 'Source') => `${ACTIONS_TABLE}[${name}]`;

/** The As at cell (B3): =TODAY() unless the build was given a fixed date. */
export const AS_AT_ROW = 3;
export const AS_AT = `$B$${AS_AT_ROW}`;

export function live(formula: string, cached: FormulaValue['cached']): FormulaValue {
  return { formula, cached };
}

/** A text as a formula string literal. */
export function str(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A COUNTIFS criterion matching exactly this text (blank for the "no priority" group). */
export function exactly(text: string): string {
  return str('=' + text.replace(/[~*?]/g, (c) => '~' + c));
}

function priorityCriteria(priority: string | null): string[] {
  if (priority === null) return [];
  return [col('Priority'), priority === NO_PRIORITY ? str('=') : exactly(priority)];
}

function countifs(criteria: string[]): string {
  return `COUNTIFS(${criteria.join(',')})`;
}

/** Every action (of one priority, when given). The Source column is never blank for an action. */
export function allActions(priority: string | null): string {
  return priority === null ? `COUNTA(${col('Source')})` : countifs(priorityCriteria(priority));
}

/** Actions with this status (of one priority, when given). */
export function withStatus(status: string, priority: string | null): string {
  return countifs([...priorityCriteria(priority), col('Status'), exactly(status)]);
}

/** Open actions due in a window: `dueCriteria` are criteria on Due, e.g. ['"<"&$B$3']. */
function openDue(dueCriteria: string[], priority: string | null): string {
  const due = dueCriteria.flatMap((c) => [col('Due'), c]);
  const p = priorityCriteria(priority);
  return `(${countifs([...p, ...due])}-${countifs([...p, col('Status'), str('Complete'), ...due])}-${countifs([...p, col('Status'), str('Cancelled'), ...due])})`;
}

/** Open actions due before the As at date. */
export function overdue(priority: string | null = null): string {
  return openDue([`"<"&${AS_AT}`], priority);
}

/** Open actions due from the As at date + `from` days to + `to` days, inclusive. */
export function dueWithin(from: number, to: number): string {
  const at = (n: number) => (n === 0 ? AS_AT : `${AS_AT}+${n}`);
  return openDue([`">="&(${at(from)})`, `"<="&(${at(to)})`], null);
}
