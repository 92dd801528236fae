import { CsvParser, CsvRecord } from '../csv';
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
 * streamed file (Node) and a file's text (the task pane). The header must be the published one.
 * Records are read by the one RFC 4180 reader (`core/csv`): a quoted field may run over several
 * lines, a quote inside an unquoted field is text, and a quoted field that never closes costs only
 * its own record. Records that are not street-level rows are reported by their first line and
 * skipped.
 */
export class StreetLineReader {
  private header = true;
  private readonly csv = new CsvParser();

  constructor(
    readonly file: string,
    private readonly options: StreetReaderOptions = {},
  ) {}

  /** The records this line completes, in order (none for the header, a blank line, part of a record or a skipped record). */
  line(raw: string): StreetCrime[] {
    return this.records(this.csv.push(`${raw}\n`));
  }

  /** After the last line: the records still held (an unclosed quote's later lines, read again); a file with no header is refused. */
  end(): StreetCrime[] {
    const rows = this.records(this.csv.end());
    if (this.header) throw new StreetFileError(this.file, `${this.file} is empty: expected the data.police.uk street-level header.`);
    return rows;
  }

  private records(records: CsvRecord[]): StreetCrime[] {
    const rows: StreetCrime[] = [];
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
      const row = streetCrimeOf(fields);
      if (row) rows.push(row);
      else this.options.onSkipped?.(line, 'not a street-level record (month must be YYYY-MM)');
    }
    return rows;
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
  for (const raw of textLines(text)) for (const row of reader.line(raw)) counts.add(row);
  for (const row of reader.end()) counts.add(row);
  return counts;
}
