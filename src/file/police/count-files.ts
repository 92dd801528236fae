import path from 'path';
import { combineFileCounts, CombinedCounts, FileCounts } from '../../core/police';
import { countStreetFile } from './read-street-csv';

/**
 * Counts by crime type and month over many street-level files, streamed one after another. Every
 * file is checked before its counts are used; a bad file stops the import (UnusableInputError).
 * Skipped records are reported by combineFileCounts, as for files read in the task pane.
 */
export async function countStreetFiles(files: readonly string[], onProgress?: (done: number, file: string) => void): Promise<CombinedCounts> {
  const counted: FileCounts[] = [];
  for (const [i, file] of files.entries()) {
    counted.push(await countStreetFile(file));
    onProgress?.(i + 1, path.basename(file));
  }
  return combineFileCounts(counted);
}
