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
  /**
   * True for a row read back from the Progress sheet SaferPlan wrote. A partnership's own table is
   * the source: where both give a figure for the same period, theirs is taken.
   */
  generated?: boolean;
}

/** Indicator text compared case and spacing blind. */
export function indicatorKey(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Entries grouped once by indicator key, each with its position in the list, so finding a
 * target's entries costs its own entries and not a pass over the whole Progress table.
 */
export type ProgressIndex = ReadonlyMap<string, ReadonlyArray<{ at: number; entry: ProgressEntry }>>;

export function indexProgress(entries: ReadonlyArray<ProgressEntry>): ProgressIndex {
  const byKey = new Map<string, { at: number; entry: ProgressEntry }[]>();
  entries.forEach((entry, at) => {
    const k = indicatorKey(entry.indicator);
    const list = byKey.get(k);
    if (list) list.push({ at, entry });
    else byKey.set(k, [{ at, entry }]);
  });
  return byKey;
}

/**
 * Entries that belong to a target: matched on its id or its indicator text, case and spacing
 * ignored, in the order they were given. Pass an index (indexProgress) when asking for many targets.
 */
export function entriesFor(target: Target, entries: ReadonlyArray<ProgressEntry> | ProgressIndex): ProgressEntry[] {
  const index = Array.isArray(entries) ? indexProgress(entries) : (entries as ProgressIndex);
  const byId = index.get(indicatorKey(target.id)) ?? [];
  const nameKey = indicatorKey(target.indicator);
  const byName = nameKey === indicatorKey(target.id) ? [] : (index.get(nameKey) ?? []);
  if (byName.length === 0) return byId.map((x) => x.entry);
  if (byId.length === 0) return byName.map((x) => x.entry);
  // Both: merge the two runs back into the order they were given.
  const out: ProgressEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < byId.length || j < byName.length) {
    if (j >= byName.length || (i < byId.length && byId[i].at < byName[j].at)) out.push(byId[i++].entry);
    else out.push(byName[j++].entry);
  }
  return out;
}
