import type { WorkOptions } from '../../core/host/workbook-host';
import { combineFileCounts, CombinedCounts, countStreetText, FileCounts, STREET_HEADER, StreetFileError } from '../../core/police';
import { ExplainedError } from '../ui/errors';

export interface ReadPoliceFiles {
  combined: CombinedCounts;
  /** Street-level records counted, over every file. */
  records: number;
  /** Months (YYYY-MM) with data, in order. */
  months: string[];
}

/** What to do when a chosen file is not street-level. */
export const WRONG_FILE_ADVICE = 'Choose the street-level crime files from data.police.uk (named like 2019-01-force-street.csv), not outcomes or stop and search. Nothing was imported.';

const list = (xs: readonly string[]) => (xs.length > 4 ? `${xs.slice(0, 4).join(', ')} and ${xs.length - 4} more` : xs.join(', '));

/** A wrong file in a few words for the pane: its name in the title, how its header differs in the advice. */
export function explainStreetFileError(e: StreetFileError): ExplainedError {
  if (!e.header) return new ExplainedError(e.message, WRONG_FILE_ADVICE);
  const published: readonly string[] = STREET_HEADER;
  const extra = e.header.filter((f) => !published.includes(f));
  const missing = published.filter((f) => !e.header!.includes(f));
  const parts = [extra.length ? `has ${list(extra)}` : '', missing.length ? `lacks ${list(missing)}` : ''].filter(Boolean);
  const how = parts.length ? `Its header ${parts.join(' and ')}.` : 'Its columns are not in the published order.';
  return new ExplainedError(`${e.file} is not a data.police.uk street-level crime file.`, `${how} ${WRONG_FILE_ADVICE}`);
}

/**
 * The chosen .csv files read in the browser (File.text) and counted by crime type and month with
 * the same reader as the command line. One file at a time, so progress moves and cancel stops
 * between files. A file that is not street-level stops the import with its name in the message.
 */
export async function readPoliceFiles(files: readonly File[], o: WorkOptions = {}): Promise<ReadPoliceFiles> {
  const counted: FileCounts[] = [];
  for (const [i, file] of files.entries()) {
    o.signal?.throwIfAborted();
    o.onProgress?.(i / files.length, `Reading ${file.name} (${i + 1} of ${files.length})`);
    const text = await file.text();
    try {
      counted.push(countStreetText(file.name, text));
    } catch (e) {
      if (e instanceof StreetFileError) throw explainStreetFileError(e);
      throw e;
    }
  }
  o.signal?.throwIfAborted();
  const combined = combineFileCounts(counted);
  return { combined, records: counted.reduce((n, c) => n + c.rows, 0), months: [...combined.counts.keys()].sort() };
}
