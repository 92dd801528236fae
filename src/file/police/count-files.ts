import path from 'path';
import { combineFileCounts, CombinedCounts, FileCounts } from '../../core/police';
import { finding } from '../../core/plan';
import { readStreetCsv } from './read-street-csv';

/**
 * Counts by crime type and month over many street-level files, streamed one after another. Every
 * file is checked before its counts are used; a bad file stops the import (UnusableInputError).
 */
export async function countStreetFiles(files: readonly string[], onProgress?: (done: number, file: string) => void): Promise<CombinedCounts> {
  const counted: FileCounts[] = [];
  const skipped: { file: string; lines: number[] }[] = [];
  for (const [i, file] of files.entries()) {
    const name = path.basename(file);
    const fc = new FileCounts(name);
    const lines: number[] = [];
    for await (const row of readStreetCsv(file, { onSkipped: (line) => lines.push(line) })) fc.add(row);
    counted.push(fc);
    if (lines.length) skipped.push({ file: name, lines });
    onProgress?.(i + 1, name);
  }
  const combined = combineFileCounts(counted);
  for (const s of skipped) {
    combined.findings.push(finding('warning', 'police-rows-skipped', s.file, null, `${s.lines.length} record(s) were not street-level rows and were skipped (first at line ${s.lines[0]}).`));
  }
  return combined;
}
