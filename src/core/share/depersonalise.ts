/**
 * De-personalised export (the information sharing agreement's "de-personalised data", seed 000):
 * lead_officer emptied, every known person replaced by their agency or role in every free-text
 * field, and optionally small counts suppressed so no individual can be picked out.
 */
import { KnownPerson, nameRedactor } from './people';
import { NUMERIC_COLUMNS, UNIFORM_COLUMNS, UniformColumn, UniformRecord, VOCABULARY_COLUMNS, DATE_COLUMNS } from './uniform-format';

export interface DepersonaliseOptions {
  /** Counts below this number are shown as "<N" (see suppressSmallCounts). Null or absent: no suppression. */
  suppressBelow?: number | null;
}

/** Text that replaces a figure derived from a suppressed count (variance), which would reveal it. */
export const SUPPRESSED_DERIVED = 'suppressed';

/** The text a suppressed count shows: "<5" for a threshold of 5. */
export function suppressedText(threshold: number): string {
  return `<${threshold}`;
}

/** Free-text columns: everything that is neither a vocabulary, a date nor a number. */
export const FREE_TEXT_COLUMNS: readonly UniformColumn[] = UNIFORM_COLUMNS.filter(
  (c) => !VOCABULARY_COLUMNS.includes(c) && !DATE_COLUMNS.includes(c) && !NUMERIC_COLUMNS.includes(c),
);

/**
 * Counts (unit "count") in value, milestone and target that are below `threshold` become "<N";
 * a variance computed from a suppressed value or milestone becomes "suppressed", since actual =
 * milestone + variance would give the count away. Other units (percent, rate, index) are not counts.
 */
export function suppressSmallCounts(records: readonly UniformRecord[], threshold: number): UniformRecord[] {
  if (!Number.isFinite(threshold) || threshold <= 0) throw new Error(`suppress-below must be a positive number, got ${threshold}`);
  const small = (v: UniformRecord['value']) => typeof v === 'number' && v < threshold;
  return records.map((r) => {
    if (r.unit !== 'count') return { ...r };
    const out = { ...r };
    for (const c of ['value', 'milestone', 'target'] as const) if (small(r[c])) out[c] = suppressedText(threshold);
    if ((small(r.value) || small(r.milestone)) && r.variance !== null) out.variance = SUPPRESSED_DERIVED;
    return out;
  });
}

/**
 * The records with no named person left: lead_officer empty, and every known person (full names,
 * titled forms, initials, first names and surnames on their own) replaced in every free-text field
 * (titles, themes, priorities, agencies, record ids, sheet names, the partnership) by their agency
 * or role. Then counts are suppressed when `suppressBelow` is given.
 */
export function depersonalise(
  records: readonly UniformRecord[],
  knownPeople: readonly KnownPerson[],
  options: DepersonaliseOptions = {},
): UniformRecord[] {
  const redact = nameRedactor(knownPeople);
  // Ids carry lower-case slugs ("persistent-offending-andy-luscombe/2.1"): any case counts there.
  const redactId = nameRedactor(knownPeople, { anyCase: true });
  const cleaned = records.map((r) => {
    const out: Record<string, unknown> = { ...r, lead_officer: null };
    for (const c of FREE_TEXT_COLUMNS) if (typeof out[c] === 'string') out[c] = (c === 'record_id' ? redactId : redact)(out[c] as string);
    return out as unknown as UniformRecord;
  });
  return options.suppressBelow === null || options.suppressBelow === undefined ? cleaned : suppressSmallCounts(cleaned, options.suppressBelow);
}
