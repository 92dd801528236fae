import path from 'path';
import { combineFileCounts, CombinedCounts, FileCounts } from '../../core/police';
import { readStreetCsv } from './read-street-csv';

/**
 * Counts by crime type and month over many street-level files, streamed one after another. Every
 * file is checked before its counts are used; a bad file stops the import (UnusableInputError).
 * Skipped records are reported by combineFileCounts, as for files read in the task pane.
 */
export async function countStreetFiles(files: readonly string[], onProgress?: (done: number, file: string) => void): Promise<CombinedCounts> {
  const counted: FileCounts[] = [];
  for (const [i, file] of files.entries()) {
    const name = path.basename(file);
    const fc = new FileCounts(name);
    for await (const row of readStreetCsv(file, { onSkipped: (line) => fc.skipped.push(line) })) fc.add(row);
    counted.push(fc);
    onProgress?.(i + 1, name);
  }
  return combineFileCounts(counted);
}
