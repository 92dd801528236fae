/**
 * Small-count suppression that cannot be worked back (UNIFORM-FORMAT.md, "Small counts").
 *
 * Primary: a count below N is written "<N" (`--suppress-below N`), or, with the NHS rule
 * (`--round-nhs`), a count of 1 to 7 is written "*" and every other count is rounded to the nearest 5.
 * Secondary: wherever the rest of the file would give a suppressed count back, more is hidden:
 * - a variance is actual minus milestone, so it goes when either is hidden;
 * - a trajectory is a straight line (or curve) from baseline to target, so when any of its planned
 *   points (baseline, milestones, target) is hidden, every milestone and the target of that
 *   indicator are hidden too ("8, 7, 6, 5, <5" would be read at a glance);
 * - a period's total is the sum of the periods inside it (a year of months or quarters), so when
 *   exactly one of those is hidden, the next smallest is hidden as well.
 * Only records of unit "count" are touched; percentages, rates and indices are not counts.
 */
import { UniformNumber, UniformRecord } from './uniform-format';

/** Text that replaces a figure derived from a suppressed count (variance), which would reveal it. */
export const SUPPRESSED_DERIVED = 'suppressed';
/** The NHS rule's mark for a count of 1 to 7. */
export const NHS_SUPPRESSED = '*';

/** The text a suppressed count shows: "<5" for a threshold of 5. */
export function suppressedText(threshold: number): string {
  return `<${threshold}`;
}

export interface SuppressOptions {
  /** Counts below this number are shown as "<N". Null or absent: no threshold. */
  suppressBelow?: number | null;
  /** The NHS rule: 1-7 become "*", anything larger is rounded to the nearest 5 (0 stays 0). */
  roundNhs?: boolean;
}

type Num = 'value' | 'milestone' | 'target';
const NUMS: readonly Num[] = ['value', 'milestone', 'target'];

function hidden(v: UniformNumber): boolean {
  return typeof v === 'string';
}

/** NHS rounding of one count. */
export function nhsRound(v: number): number | string {
  if (v === 0) return 0;
  if (v > 0 && v < 7.5) return NHS_SUPPRESSED;
  return Math.round(v / 5) * 5;
}

/** The indicator a count record belongs to: its own id, or the target id before "@period". */
function groupOf(r: UniformRecord): string {
  const at = r.record_type === 'measurement' ? r.record_id.lastIndexOf('@') : -1;
  return `${r.partnership ?? ''}\u0000${at > 0 ? r.record_id.slice(0, at) : r.record_id}`;
}

function applyPrimary(r: UniformRecord, o: SuppressOptions): UniformRecord {
  const out = { ...r };
  for (const c of NUMS) {
    const v = r[c];
    if (typeof v !== 'number') continue;
    if (o.suppressBelow !== null && o.suppressBelow !== undefined && v < o.suppressBelow) out[c] = suppressedText(o.suppressBelow);
    else if (o.roundNhs) out[c] = nhsRound(v);
  }
  return out;
}

/** The mark for a figure hidden only because others would give a hidden one back. */
function secondaryText(o: SuppressOptions): string {
  return o.roundNhs ? NHS_SUPPRESSED : SUPPRESSED_DERIVED;
}

function hideTrajectories(records: UniformRecord[], o: SuppressOptions): void {
  const groups = new Map<string, UniformRecord[]>();
  for (const r of records) if (r.unit === 'count' && r.record_type !== 'action') groups.set(groupOf(r), [...(groups.get(groupOf(r)) ?? []), r]);
  for (const rs of groups.values()) {
    const planned = rs.some((r) => hidden(r.milestone) || hidden(r.target) || (r.record_type === 'indicator' && hidden(r.value)));
    if (!planned) continue;
    for (const r of rs) {
      if (r.milestone !== null && !hidden(r.milestone)) r.milestone = secondaryText(o);
      if (r.target !== null && !hidden(r.target)) r.target = secondaryText(o);
    }
  }
}

function within(inner: UniformRecord, outer: UniformRecord): boolean {
  if (!inner.period_start || !inner.period_end || !outer.period_start || !outer.period_end) return false;
  if (inner === outer) return false;
  const same = inner.period_start === outer.period_start && inner.period_end === outer.period_end;
  return !same && inner.period_start >= outer.period_start && inner.period_end <= outer.period_end;
}

function hideTotals(records: UniformRecord[], o: SuppressOptions): void {
  const measurements = records.filter((r) => r.unit === 'count' && r.record_type === 'measurement');
  const groups = new Map<string, UniformRecord[]>();
  for (const r of measurements) groups.set(groupOf(r), [...(groups.get(groupOf(r)) ?? []), r]);
  for (const rs of groups.values()) {
    // Repeat until stable: hiding one part can expose a part of another total.
    for (let changed = true; changed;) {
      changed = false;
      for (const total of rs) {
        if (hidden(total.value) || total.value === null) continue;
        const parts = rs.filter((p) => within(p, total) && p.value !== null);
        const hiddenParts = parts.filter((p) => hidden(p.value));
        if (hiddenParts.length !== 1) continue;
        const shown = parts.filter((p) => typeof p.value === 'number').sort((a, b) => (a.value as number) - (b.value as number));
        if (shown.length === 0) {
          total.value = secondaryText(o);
        } else {
          shown[0].value = secondaryText(o);
        }
        changed = true;
      }
    }
  }
}

/**
 * The records with small counts hidden so that no variance, trajectory or total gives them back.
 * Nothing changes without a threshold or the NHS rule.
 */
export function suppress(records: readonly UniformRecord[], o: SuppressOptions = {}): UniformRecord[] {
  const threshold = o.suppressBelow ?? null;
  if (threshold === null && !o.roundNhs) return records.map((r) => ({ ...r }));
  if (threshold !== null && (!Number.isFinite(threshold) || threshold <= 0)) throw new Error(`suppress-below must be a positive number, got ${threshold}`);
  const out = records.map((r) => (r.unit === 'count' ? applyPrimary(r, o) : { ...r }));
  hideTrajectories(out, o);
  hideTotals(out, o);
  for (const r of out) {
    if (r.unit !== 'count' || r.variance === null) continue;
    if (hidden(r.value) || hidden(r.milestone)) r.variance = SUPPRESSED_DERIVED;
    else if (o.roundNhs && typeof r.value === 'number' && typeof r.milestone === 'number') r.variance = r.value - r.milestone;
    else if (o.roundNhs) r.variance = SUPPRESSED_DERIVED;
  }
  return out;
}

/** `--suppress-below N` alone (kept for callers that have only a threshold). */
export function suppressSmallCounts(records: readonly UniformRecord[], threshold: number): UniformRecord[] {
  return suppress(records, { suppressBelow: threshold });
}
