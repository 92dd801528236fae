import { Target } from '../plan';

/**
 * One row of the Progress sheet as the engine reads it: the indicator (a target's id or its
 * indicator text), the period as written, and what people entered for it. src/core/targets'
 * ProgressRow has this shape, so its rows can be passed as they are.
 */
export interface ProgressEntry {
  indicator: string;
  period: string;
  actual: number | null;
  /** A milestone the partnership states for the period, when the Progress sheet carries one. */
  stated?: number | null;
}

function key(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Entries that belong to a target: matched on its id or its indicator text, case and spacing ignored. */
export function entriesFor(target: Target, entries: ReadonlyArray<ProgressEntry>): ProgressEntry[] {
  const keys = new Set([key(target.id), key(target.indicator)]);
  return entries.filter((e) => keys.has(key(e.indicator)));
}
