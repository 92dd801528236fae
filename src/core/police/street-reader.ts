import { parseCsvRecord, quoteOpen } from './csv-record';
import { FileCounts } from './counts';
import { checkStreetHeader, StreetCrime, streetCrimeOf } from './street';

/**
 * A file that cannot be a data.police.uk street-level file (another header, or nothing at all).
 * Pure, so the browser and the command line share the sentence; the command line turns it into
 * its UnusableInputError.
 */
export class StreetFileError extends Error {
  override name = 'StreetFileError';
  constructor(
    /** The file's name, as the person knows it. */
    readonly file: string,
    message: string,
    /** The header the file has instead of the published one; null for an empty file. */
    readonly header: readonly string[] | null = null,
  ) {
    super(message);
  }
}

export interface StreetReaderOptions {
  /** Told about each record that is not a street-level row (bad month, too few fields, unclosed quote). */
  onSkipped?: (line: number, reason: string) => void;
}

/**
 * data.police.uk street-level records, fed one physical line at a time, so the same rules serve a
 * streamed file (Node) and a file's text (the task pane). The header must be the published one; a
 * quoted field may run over several lines (RFC 4180), so a record is complete only when its quotes
 * balance. Records that are not street-level rows are reported by their first line and skipped.
 */
export class StreetLineReader {
  private header = true;
  private pending: string | null = null;
  private lineNo = 0;
  private startLine = 0;

  constructor(
    readonly file: string,
    private readonly options: StreetReaderOptions = {},
  ) {}

  /** The record this line completes, or null (header, blank line, part of a record, skipped record). */
  line(raw: string): StreetCrime | null {
    this.lineNo++;
    const text = this.pending === null ? raw : `${this.pending}\n${raw}`;
    if (this.pending === null) this.startLine = this.lineNo;
    if (quoteOpen(text)) {
      this.pending = text;
      return null;
    }
    this.pending = null;
    if (text.trim() === '') return null;
    if (this.header) {
      const fields = parseCsvRecord(text.replace(/^\uFEFF/, ''));
      const problem = checkStreetHeader(fields);
      if (problem) throw new StreetFileError(this.file, `${this.file} ${problem}.`, fields);
      this.header = false;
      return null;
    }
    const row = streetCrimeOf(parseCsvRecord(text));
    if (!row) this.options.onSkipped?.(this.startLine, 'not a street-level record (month must be YYYY-MM)');
    return row;
  }

  /** After the last line: reports a record left inside an open quote; a file with no header is refused. */
  end(): void {
    if (this.pending !== null) this.options.onSkipped?.(this.startLine, 'a quoted field is never closed');
    this.pending = null;
    if (this.header) throw new StreetFileError(this.file, `${this.file} is empty: expected the data.police.uk street-level header.`);
  }
}

/**
 * A text's physical lines as Node's readline gives them: split at CRLF, LF or a lone CR, with no
 * empty line after a final line break.
 */
export function textLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Counts by crime type and month of one street-level file's whole text (a File read in the
 * browser). Skipped records are kept on the counts, and reported when files are combined.
 * Throws StreetFileError for a file that is not street-level.
 */
export function countStreetText(name: string, text: string): FileCounts {
  const counts = new FileCounts(name);
  const reader = new StreetLineReader(name, { onSkipped: (line) => counts.skipped.push(line) });
  for (const raw of textLines(text)) {
    const row = reader.line(raw);
    if (row) counts.add(row);
  }
  reader.end();
  return counts;
}
