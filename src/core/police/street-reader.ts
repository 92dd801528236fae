import { CsvParser, CsvRecord } from '../csv';
import { FileCounts } from './counts';
import { checkStreetHeader, CRIME_TYPE_FIELD, FORCE_FIELD, MONTH_FIELD, StreetCrime, streetCrimeOf } from './street';

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
 * The rules every street-level reader shares: the first record must be the published header (a
 * file with another header, or none, is refused), blank lines are nothing, and a record that is
 * not a street-level row is reported by its first line and skipped. Records come from the one
 * RFC 4180 reader (`core/csv`): a quoted field may run over several lines, a quote inside an
 * unquoted field is text, and a quoted field that never closes costs only its own record.
 */
class StreetRecords {
  private header = true;

  /** The published header has been read and checked. */
  get headerRead(): boolean {
    return !this.header;
  }

  constructor(
    readonly file: string,
    private readonly options: StreetReaderOptions,
  ) {}

  /** Gives each record after the header to `take`, which says whether it was a street-level row. */
  read(records: CsvRecord[], take: (fields: string[]) => boolean): void {
    for (const { line, fields } of records) {
      if (fields === null) {
        this.options.onSkipped?.(line, 'a quoted field is never closed');
        continue;
      }
      if (fields.length === 1 && fields[0].trim() === '') continue;
      if (this.header) {
        const problem = checkStreetHeader(fields);
        if (problem) throw new StreetFileError(this.file, `${this.file} ${problem}.`, fields);
        this.header = false;
        continue;
      }
      if (!take(fields)) this.options.onSkipped?.(line, 'not a street-level record (month must be YYYY-MM)');
    }
  }

  /** After the last record: a file with no header is refused. */
  end(): void {
    if (this.header) throw new StreetFileError(this.file, `${this.file} is empty: expected the data.police.uk street-level header.`);
  }
}

/**
 * data.police.uk street-level records as rows, fed one physical line at a time (a line as Node's
 * readline or `textLines` gives it), for callers that need every field of a record.
 */
export class StreetLineReader {
  private readonly csv = new CsvParser();
  private readonly records: StreetRecords;

  constructor(file: string, options: StreetReaderOptions = {}) {
    this.records = new StreetRecords(file, options);
  }

  /** The records this line completes, in order (none for the header, a blank line, part of a record or a skipped record). */
  line(raw: string): StreetCrime[] {
    return this.rows(this.csv.push(`${raw}\n`));
  }

  /** After the last line: the records still held (an unclosed quote's later lines, read again); a file with no header is refused. */
  end(): StreetCrime[] {
    const rows = this.rows(this.csv.end());
    this.records.end();
    return rows;
  }

  private rows(records: CsvRecord[]): StreetCrime[] {
    const rows: StreetCrime[] = [];
    this.records.read(records, (fields) => {
      const row = streetCrimeOf(fields);
      if (row) rows.push(row);
      return row !== null;
    });
    return rows;
  }
}

/** The fields a count reads. */
const COUNTED_FIELDS = [MONTH_FIELD, FORCE_FIELD, CRIME_TYPE_FIELD];

/**
 * Counts by crime type, month and force of one street-level file, fed its text in chunks of any
 * size (a Node stream's, or a browser File's whole text), so a file of any size is counted in
 * memory that does not grow with it. Only the three fields a count needs are kept from a record.
 * Skipped records are kept on the counts, and reported when files are combined.
 */
export class StreetCounter {
  readonly counts: FileCounts;
  private readonly csv = new CsvParser();
  private readonly records: StreetRecords;
  private readonly take: (fields: string[]) => boolean;
  private narrowed = false;

  constructor(file: string) {
    const counts = (this.counts = new FileCounts(file));
    this.records = new StreetRecords(file, { onSkipped: (line) => counts.skipped.push(line) });
    this.take = (fields) => counts.addRecord(fields);
  }

  /** The next chunk of the file's text. Throws StreetFileError when the file is not street-level. */
  push(text: string): void {
    this.records.read(this.csv.push(text), this.take);
    // Once the header is checked, only Month, Falls within and Crime type are needed.
    if (!this.narrowed && this.records.headerRead) {
      this.csv.keepOnly(COUNTED_FIELDS);
      this.narrowed = true;
    }
  }

  /** After the last chunk: the file's counts. Throws StreetFileError for a file with no header. */
  end(): FileCounts {
    this.records.read(this.csv.end(), this.take);
    this.records.end();
    return this.counts;
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
  const counter = new StreetCounter(name);
  counter.push(text);
  return counter.end();
}
