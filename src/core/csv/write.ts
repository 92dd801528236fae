/**
 * RFC 4180 writing: the one quoting rule every CSV we write follows. A field is quoted when it
 * holds a quote, comma, CR or LF (RFC 4180 section 2.6), or begins or ends with white space (so a
 * reader that trims cannot change it); a quote inside is doubled.
 */

export const CRLF = '\r\n';

/** One field, quoted only where it must be. */
export function csvQuote(field: string): string {
  return /[",\r\n]/.test(field) || /^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Records to CSV text: every record, the last included, ends with `eol` (CRLF by default). */
export function csvText(records: ReadonlyArray<ReadonlyArray<string>>, eol: string = CRLF): string {
  return records.map((r) => r.map(csvQuote).join(',') + eol).join('');
}
