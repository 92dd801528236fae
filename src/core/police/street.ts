/**
 * data.police.uk street-level crime: the published CSV's columns, exactly as the publisher writes
 * them. A file with any other header is not one, and is refused rather than guessed at.
 */
export const STREET_HEADER = [
  'Crime ID',
  'Month',
  'Reported by',
  'Falls within',
  'Longitude',
  'Latitude',
  'Location',
  'LSOA code',
  'LSOA name',
  'Crime type',
  'Last outcome category',
  'Context',
] as const;

/** One street-level record. Anti-social behaviour has no crime id; "No Location" rows have no coordinates. */
export interface StreetCrime {
  crimeId: string;
  /** YYYY-MM */
  month: string;
  reportedBy: string;
  fallsWithin: string;
  longitude: number | null;
  latitude: number | null;
  location: string;
  lsoaCode: string;
  lsoaName: string;
  crimeType: string;
  lastOutcome: string;
  context: string;
}

/** Null when the header is the published one; otherwise what is wrong, in a sentence. */
export function checkStreetHeader(fields: readonly string[]): string | null {
  const got = fields.map((f, i) => (i === 0 ? f.replace(/^\uFEFF/, '') : f));
  const same = got.length === STREET_HEADER.length && got.every((f, i) => f === STREET_HEADER[i]);
  if (same) return null;
  return `is not a data.police.uk street-level crime file: its header is "${got.join(',')}" but should be "${STREET_HEADER.join(',')}"`;
}

const num = (s: string) => (s.trim() === '' ? null : Number.isFinite(Number(s)) ? Number(s) : null);

/** A record from its fields (in STREET_HEADER order); null when the month is not YYYY-MM. */
export function streetCrimeOf(fields: readonly string[]): StreetCrime | null {
  if (fields.length < STREET_HEADER.length - 1) return null;
  const f = (i: number) => (fields[i] ?? '').trim();
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(f(1))) return null;
  return {
    crimeId: f(0),
    month: f(1),
    reportedBy: f(2),
    fallsWithin: f(3),
    longitude: num(f(4)),
    latitude: num(f(5)),
    location: f(6),
    lsoaCode: f(7),
    lsoaName: f(8),
    crimeType: f(9),
    lastOutcome: f(10),
    context: f(11),
  };
}
