import { createReadStream, promises as fs } from 'fs';
import path from 'path';
import readline from 'readline';
import { UnusableInputError } from '../../core/errors';
import { StreetCrime, StreetFileError, StreetLineReader, StreetReaderOptions } from '../../core/police';

export type ReadStreetOptions = StreetReaderOptions;

/**
 * Streams a data.police.uk street-level CSV, one record at a time, so a year of a large force's
 * files never sits in memory. The record rules are the pure StreetLineReader's; this adds the file
 * system. A missing file, an empty file or a header that is not the published one is an
 * UnusableInputError naming the file and what was found.
 */
export async function* readStreetCsv(file: string, options: ReadStreetOptions = {}): AsyncGenerator<StreetCrime> {
  try {
    const st = await fs.stat(file);
    if (!st.isFile()) throw new UnusableInputError(`${file}: not a file.`);
  } catch (e) {
    if (e instanceof UnusableInputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UnusableInputError(code === 'ENOENT' ? `${file}: no such file.` : `${file}: cannot be read (${code ?? (e as Error).message}).`);
  }
  const reader = new StreetLineReader(path.basename(file), options);
  const lines = readline.createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  try {
    for await (const raw of lines) yield* reader.line(raw);
  } catch (e) {
    if (e instanceof StreetFileError) throw new UnusableInputError(e.message);
    throw new UnusableInputError(`${file}: cannot be read (${(e as Error).message}).`);
  } finally {
    lines.close();
  }
  let last: StreetCrime[];
  try {
    last = reader.end();
  } catch (e) {
    if (e instanceof StreetFileError) throw new UnusableInputError(e.message);
    throw e;
  }
  yield* last;
}
