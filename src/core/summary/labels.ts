/**
 * Words the Summary uses for statuses, BRAG and missing values. The committee often reads a
 * grey-scale print, so a BRAG colour is never shown without its word ("At risk (Amber)").
 */
import { Brag, STATUSES, STATUS_BRAG, Status } from '../plan';

/** A status, or the absence of one: actions with a blank status are counted, not dropped. */
export type StatusKey = Status | 'No status';

/** Every status column of the Summary, in the vocabulary's order, blanks last. */
export const STATUS_KEYS: readonly StatusKey[] = [...STATUSES, 'No status'];

/** Actions with no priority are grouped under this name. */
export const NO_PRIORITY = 'No priority stated';

/** An action whose lead names no agency. */
export const NOT_STATED = 'Not stated';

export const BRAG_WORDS: Readonly<Record<Brag, string>> = { blue: 'Blue', green: 'Green', amber: 'Amber', red: 'Red' };

export function statusKey(s: Status | null): StatusKey {
  return s ?? 'No status';
}

export function bragOf(key: StatusKey): Brag | null {
  return key === 'No status' ? null : STATUS_BRAG[key];
}

/** "At risk (Amber)", "Not started", "No status": the status with its BRAG word when it has one. */
export function statusLabel(key: StatusKey): string {
  const b = bragOf(key);
  return b ? `${key} (${BRAG_WORDS[b]})` : key;
}

/** An empty count for every status. */
export function zeroByStatus(): Record<StatusKey, number> {
  return Object.fromEntries(STATUS_KEYS.map((k) => [k, 0])) as Record<StatusKey, number>;
}

/** The action's first paragraph, cut at a word near `max` characters: a table cell, not the plan. */
export function shortAction(text: string, max = 90): string {
  const first =
    text
      .split(/\n/)
      .map((l) => l.trim())
      .find((l) => l !== '') ?? '';
  const flat = first.replace(/\s+/g, ' ');
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '') + '…';
}

/** "2026-11-23" -> "23/11/2026". */
export function dayFirst(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** "1 action" / "3 actions". */
export function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}
