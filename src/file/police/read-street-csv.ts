import { promises as fs } from 'fs';
import path from 'path';
import { UnusableInputError } from '../../core/errors';
import { FileCounts, StreetCounter, StreetFileError } from '../../core/police';
import { utf8Chunks } from '../utf8-chunks';

export interface CountStreetFileOptions {
  /** How much of the file is read at a time, in bytes (64 KiB, see utf8Chunks; smaller in tests, to cut records across reads). */
  chunkBytes?: number;
}

/**
 * Counts one data.police.uk street-level CSV by crime type, month and force, streamed a chunk at a
 * time, so a year of a large force's files never sits in memory. The record rules are the pure
 * StreetCounter's; this adds the file system. A missing file, an empty file or a header that is
 * not the published one is an UnusableInputError naming the file and what was found.
 */
export async function countStreetFile(file: string, options: CountStreetFileOptions = {}): Promise<FileCounts> {
  try {
    const st = await fs.stat(file);
    if (!st.isFile()) throw new UnusableInputError(`${file}: not a file.`);
  } catch (e) {
    if (e instanceof UnusableInputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UnusableInputError(code === 'ENOENT' ? `${file}: no such file.` : `${file}: cannot be read (${code ?? (e as Error).message}).`);
  }
  const counter = new StreetCounter(path.basename(file));
  try {
    for await (const chunk of utf8Chunks(file, options.chunkBytes)) counter.push(chunk);
    return counter.end();
  } catch (e) {
    if (e instanceof StreetFileError) throw new UnusableInputError(e.message);
    throw new UnusableInputError(`${file}: cannot be read (${(e as Error).message}).`);
  }
}
