import { Finding, finding } from '../plan';
import { CRIME_TYPE_FIELD, FORCE_FIELD, StreetCrime, streetMonthOf } from './street';

/** month (YYYY-MM) -> crime type -> number of records. */
export type CrimeCounts = Map<string, Map<string, number>>;

function bump(counts: CrimeCounts, month: string, type: string, n = 1): void {
  let m = counts.get(month);
  if (!m) counts.set(month, (m = new Map()));
  m.set(type, (m.get(type) ?? 0) + n);
}

/**
 * A copy of a string that shares no memory with the text it was cut from. A field read from a
 * file is a view into the megabyte chunk it came in; kept as a key for the whole import, it would
 * keep that chunk alive, and memory would grow with the files imported.
 */
function detached(s: string): string {
  return ` ${s}`.slice(1);
}

/** Counts by crime type and month for one file, kept apart by force so a month is never counted twice. */
export class FileCounts {
  /** "YYYY-MM|force" -> crime type -> n */
  readonly byMonthForce = new Map<string, Map<string, number>>();
  rows = 0;
  /** First lines of the records that were not street-level rows and were skipped. */
  readonly skipped: number[] = [];
  constructor(readonly file: string) {}

  /** The month and force of the last record counted, and their counts: records come in runs of both. */
  private lastMonth = '';
  private lastForce = '';
  private last: Map<string, number> | null = null;

  add(row: Pick<StreetCrime, 'month' | 'crimeType' | 'fallsWithin'>): void {
    this.tally(row.month, row.fallsWithin, row.crimeType);
  }

  /** Counts a record given as its fields (in STREET_HEADER order); false, counting nothing, when it is not a street-level row. */
  addRecord(fields: readonly string[]): boolean {
    const month = streetMonthOf(fields);
    if (month === null) return false;
    this.tally(month, fields[FORCE_FIELD].trim(), fields[CRIME_TYPE_FIELD].trim());
    return true;
  }

  private tally(month: string, force: string, crimeType: string): void {
    this.rows++;
    let m = this.last;
    if (m === null || month !== this.lastMonth || force !== this.lastForce) {
      const key = `${month}|${force}`;
      m = this.byMonthForce.get(key) ?? null;
      if (!m) this.byMonthForce.set(detached(key), (m = new Map()));
      this.last = m;
      this.lastMonth = month;
      this.lastForce = force;
    }
    const type = crimeType || '(no crime type)';
    const n = m.get(type);
    if (n === undefined) m.set(detached(type), 1);
    else m.set(type, n + 1);
  }
}

/** Counts by crime type and month of any rows (one file or many, no de-duplication). */
export function countByTypeAndMonth(rows: Iterable<Pick<StreetCrime, 'month' | 'crimeType'>>): CrimeCounts {
  const counts: CrimeCounts = new Map();
  for (const r of rows) bump(counts, r.month, r.crimeType || '(no crime type)');
  return counts;
}

export interface CombinedCounts {
  counts: CrimeCounts;
  /** month -> the files its counts came from. */
  files: Map<string, string[]>;
  /** Forces (Falls within) seen. */
  forces: string[];
  findings: Finding[];
}

/**
 * All files' counts together. Several forces in one month add up (a partnership may straddle two);
 * the same force and month in two files is one month imported twice: the later file replaces the
 * earlier one, and a finding says so. A file with skipped records gets a finding too.
 */
export function combineFileCounts(files: readonly FileCounts[]): CombinedCounts {
  const chosen = new Map<string, FileCounts>();
  const findings: Finding[] = [];
  for (const f of files) {
    for (const key of f.byMonthForce.keys()) {
      const before = chosen.get(key);
      if (before && before !== f) {
        const [month, force] = key.split('|');
        findings.push(finding('warning', 'police-month-twice', f.file, null, `${month} for ${force} is in both ${before.file} and ${f.file}; it is counted once, from ${f.file}.`));
      }
      chosen.set(key, f);
    }
  }
  const counts: CrimeCounts = new Map();
  const fileNames = new Map<string, string[]>();
  const forces = new Set<string>();
  for (const [key, f] of [...chosen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [month, force] = key.split('|');
    forces.add(force);
    for (const [type, n] of f.byMonthForce.get(key)!) bump(counts, month, type, n);
    const names = fileNames.get(month) ?? [];
    if (!names.includes(f.file)) names.push(f.file);
    fileNames.set(month, names);
  }
  for (const f of files) {
    const skipped = skippedFinding(f);
    if (skipped) findings.push(skipped);
  }
  return { counts, files: fileNames, forces: [...forces].sort(), findings };
}

/** What to tell the person about a file's skipped records, or null when none were skipped. */
export function skippedFinding(f: FileCounts): Finding | null {
  if (!f.skipped.length) return null;
  return finding('warning', 'police-rows-skipped', f.file, null, `${f.skipped.length} record(s) were not street-level rows and were skipped (first at line ${f.skipped[0]}).`);
}

/** month -> total of the given crime types. */
export function monthTotals(counts: CrimeCounts, crimeTypes: readonly string[]): Map<string, number> {
  const wanted = new Set(crimeTypes.map((t) => t.toLowerCase()));
  const out = new Map<string, number>();
  for (const [month, byType] of counts) {
    let n = 0;
    let any = false;
    for (const [type, c] of byType) {
      if (wanted.has(type.toLowerCase())) {
        n += c;
        any = true;
      }
    }
    // A month with none of these crimes still has a count: zero, not missing.
    out.set(month, any ? n : 0);
  }
  return out;
}
