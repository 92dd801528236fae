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

/** Where the fields a count by month, force and crime type reads stand in a record. */
export const MONTH_FIELD = STREET_HEADER.indexOf('Month');
export const FORCE_FIELD = STREET_HEADER.indexOf('Falls within');
export const CRIME_TYPE_FIELD = STREET_HEADER.indexOf('Crime type');

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * A record's month (YYYY-MM) when its fields (in STREET_HEADER order) are a street-level row:
 * every column there (the last, Context, may be missing) and a month that is YYYY-MM. Else null.
 */
export function streetMonthOf(fields: readonly string[]): string | null {
  if (fields.length < STREET_HEADER.length - 1) return null;
  const month = fields[MONTH_FIELD].trim();
  return MONTH.test(month) ? month : null;
}

/** A record from its fields (in STREET_HEADER order); null when it is not a street-level row (streetMonthOf). */
export function streetCrimeOf(fields: readonly string[]): StreetCrime | null {
  const month = streetMonthOf(fields);
  if (month === null) return null;
  const f = (i: number) => (fields[i] ?? '').trim();
  return {
    crimeId: f(0),
    month,
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
