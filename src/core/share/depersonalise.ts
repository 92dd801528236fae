/**
 * De-personalised export (the information sharing agreement's "de-personalised data", seed 000),
 * built to stand up to a motivated intruder: lead_officer emptied, every person the workbook names
 * replaced by their agency in every free-text field and every form, contact details and titled
 * names removed whoever they belong to, and optionally small counts suppressed (suppress.ts).
 */
import { KnownPerson, nameRedactor } from './people';
import { learnPeople } from './learn';
import { REMOVAL_KINDS, RemovalCounts, noRemovals, redactContacts, redactNamedPatterns } from './patterns';
import { residualRisks } from './residual';
import { SuppressOptions, suppress } from './suppress';
import { NUMERIC_COLUMNS, UNIFORM_COLUMNS, UniformColumn, UniformRecord, VOCABULARY_COLUMNS, DATE_COLUMNS } from './uniform-format';

export type DepersonaliseOptions = SuppressOptions;

/** Free-text columns: everything that is neither a vocabulary, a date nor a number. */
export const FREE_TEXT_COLUMNS: readonly UniformColumn[] = UNIFORM_COLUMNS.filter((c) => !VOCABULARY_COLUMNS.includes(c) && !DATE_COLUMNS.includes(c) && !NUMERIC_COLUMNS.includes(c));

/** What a de-personalised export removed, and what a person should still check by eye. */
export interface DepersonaliseReport {
  removed: RemovalCounts;
  /** Capitalised word pairs left in free text that might still be a name ("Liberation Day"). */
  residual: string[];
}

/** Every free-text value of the records (for learning names from them). */
export function freeTexts(records: readonly UniformRecord[]): string[] {
  const out: string[] = [];
  for (const r of records) for (const c of FREE_TEXT_COLUMNS) if (typeof r[c] === 'string') out.push(r[c] as string);
  return out;
}

/**
 * The records with no named person left, and a count of what was removed by kind:
 * - lead_officer is emptied;
 * - e-mail addresses and UK phone numbers are removed, whoever's they are;
 * - every known person (and anyone named by a title or as a victim or witness anywhere in the
 *   records) is replaced by their agency, or "[person]", in every form: full name, surname alone,
 *   initial and surname, "Surname, Given", e-mail local parts and login forms;
 * - titled names and victims' and witnesses' names that are still left become "[person]".
 * Then counts are suppressed when `suppressBelow` or `roundNhs` is given.
 */
export function depersonaliseWithReport(
  records: readonly UniformRecord[],
  knownPeople: readonly KnownPerson[],
  options: DepersonaliseOptions = {},
): { records: UniformRecord[]; report: DepersonaliseReport } {
  const removed = noRemovals();
  const people = learnPeople({ actions: [], texts: freeTexts(records), more: knownPeople });
  const count = () => removed['named person']++;
  const redact = nameRedactor(people, { onReplace: count });
  // Ids carry lower-case slugs ("persistent-offending-andy-luscombe/2.1"): any case counts there.
  const redactId = nameRedactor(people, { anyCase: true, onReplace: count });
  const cleanOnce = (c: UniformColumn, text: string) => redactNamedPatterns((c === 'record_id' ? redactId : redact)(redactContacts(text, removed, { slug: c === 'record_id' })), removed);
  // Partnership, priority, theme and lead agency repeat down every record: each distinct text is
  // cleaned once, and what it removed is counted again at every repeat.
  const seenText = new Map<string, { text: string; removed: RemovalCounts }>();
  const seenId = new Map<string, { text: string; removed: RemovalCounts }>();
  const clean = (c: UniformColumn, text: string): string => {
    const seen = c === 'record_id' ? seenId : seenText;
    let done = seen.get(text);
    if (!done) {
      const before = { ...removed };
      const out = cleanOnce(c, text);
      const delta = noRemovals();
      for (const k of REMOVAL_KINDS) delta[k] = removed[k] - before[k];
      seen.set(text, (done = { text: out, removed: delta }));
      return out;
    }
    for (const k of REMOVAL_KINDS) removed[k] += done.removed[k];
    return done.text;
  };
  const redacted = records.map((r) => {
    if (r.lead_officer) removed['named person']++; // the emptied lead_officer counts too
    const out: Record<string, unknown> = { ...r, lead_officer: null };
    for (const c of FREE_TEXT_COLUMNS) if (typeof out[c] === 'string') out[c] = clean(c, out[c] as string);
    return out as unknown as UniformRecord;
  });
  return { records: suppress(redacted, options), report: { removed, residual: residualRisks(redacted) } };
}

/** The records with no named person left (see depersonaliseWithReport). */
export function depersonalise(records: readonly UniformRecord[], knownPeople: readonly KnownPerson[], options: DepersonaliseOptions = {}): UniformRecord[] {
  return depersonaliseWithReport(records, knownPeople, options).records;
}
