import { createReadStream, promises as fs } from 'fs';
import path from 'path';
import readline from 'readline';
import { UnusableInputError } from '../../cli/io';
import { checkStreetHeader, parseCsvRecord, quoteOpen, StreetCrime, streetCrimeOf } from '../../core/police';

export interface ReadStreetOptions {
  /** Told about each record that is not a street-level row (bad month, too few fields). */
  onSkipped?: (line: number, reason: string) => void;
}

/**
 * Streams a data.police.uk street-level CSV, one record at a time, so a year of a large force's
 * files never sits in memory. Quoted fields (commas in a Location, line breaks) follow RFC 4180.
 * A missing file, an empty file or a header that is not the published one is an
 * UnusableInputError naming the file and what was found.
 */
export async function* readStreetCsv(file: string, options: ReadStreetOptions = {}): AsyncGenerator<StreetCrime> {
  const name = path.basename(file);
  try {
    const st = await fs.stat(file);
    if (!st.isFile()) throw new UnusableInputError(`${file}: not a file.`);
  } catch (e) {
    if (e instanceof UnusableInputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UnusableInputError(code === 'ENOENT' ? `${file}: no such file.` : `${file}: cannot be read (${code ?? (e as Error).message}).`);
  }
  const lines = readline.createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let header = true;
  let pending: string | null = null;
  let lineNo = 0;
  let startLine = 0;
  try {
    for await (const raw of lines) {
      lineNo++;
      const text: string = pending === null ? raw : `${pending}\n${raw}`;
      if (pending === null) startLine = lineNo;
      if (quoteOpen(text)) {
        pending = text;
        continue;
      }
      pending = null;
      if (header) {
        if (text.trim() === '') continue;
        const problem = checkStreetHeader(parseCsvRecord(text.replace(/^\uFEFF/, '')));
        if (problem) throw new UnusableInputError(`${name} ${problem}.`);
        header = false;
        continue;
      }
      if (text.trim() === '') continue;
      const row = streetCrimeOf(parseCsvRecord(text));
      if (row) yield row;
      else options.onSkipped?.(startLine, 'not a street-level record (month must be YYYY-MM)');
    }
  } catch (e) {
    if (e instanceof UnusableInputError) throw e;
    throw new UnusableInputError(`${file}: cannot be read (${(e as Error).message}).`);
  } finally {
    lines.close();
  }
  if (pending !== null) options.onSkipped?.(startLine, 'a quoted field is never closed');
  if (header) throw new UnusableInputError(`${name} is empty: expected the data.police.uk street-level header.`);
}
