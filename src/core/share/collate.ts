/**
 * Collating uniform-format files from many agencies into one. A record is identified by
 * (partnership, record_type, record_id): the same record sent twice (by two agencies, or in two
 * exports) is kept once; when two copies disagree the newer export wins and a warning names both
 * files and the columns that differ, so nothing changes silently.
 */
import { Finding, finding } from '../plan';
import { UNIFORM_COLUMNS, UniformRecord } from './uniform-format';

export interface UniformFile {
  /** The file name, shown in findings. */
  source: string;
  records: readonly UniformRecord[];
}

export interface Collated {
  records: UniformRecord[];
  findings: Finding[];
}

function key(r: UniformRecord): string {
  return [r.partnership ?? '', r.record_type, r.record_id].join('\u0000');
}

function differences(a: UniformRecord, b: UniformRecord): string[] {
  return UNIFORM_COLUMNS.filter((c) => c !== 'exported_on' && a[c] !== b[c]);
}

/** Later export date wins; undated loses to dated; a tie keeps the copy seen first. */
function newer(candidate: UniformRecord, kept: UniformRecord): boolean {
  return (candidate.exported_on ?? '') > (kept.exported_on ?? '');
}

/**
 * All records of all files, in the order first seen. Identical duplicates are merged silently
 * (keeping the latest exported_on); conflicting duplicates keep the newer export's copy and add a
 * warning. Records of different partnerships never merge, even with the same record_id.
 */
export function collate(files: readonly UniformFile[]): Collated {
  const kept = new Map<string, { record: UniformRecord; source: string }>();
  const order: string[] = [];
  const findings: Finding[] = [];
  for (const file of files) {
    for (const record of file.records) {
      const k = key(record);
      const prev = kept.get(k);
      if (!prev) {
        kept.set(k, { record, source: file.source });
        order.push(k);
        continue;
      }
      const diff = differences(prev.record, record);
      const takeNew = newer(record, prev.record);
      if (diff.length > 0) {
        const winner = takeNew ? file.source : prev.source;
        const why = takeNew || newer(prev.record, record) ? ' (newer export)' : ' (same export date: the file listed first wins)';
        const who = record.partnership ? ` of ${record.partnership}` : ' (no partnership named: files without one cannot be told apart)';
        findings.push(
          finding(
            'warning',
            'share-conflict',
            file.source,
            null,
            `${record.record_type} ${record.record_id}${who} differs between ${prev.source} (exported ${prev.record.exported_on ?? 'undated'}) and ${file.source} (exported ${record.exported_on ?? 'undated'}) in ${diff.join(', ')}; kept the copy from ${winner}${why}.`,
          ),
        );
      }
      if (takeNew) kept.set(k, { record, source: file.source });
    }
  }
  return { records: order.map((k) => kept.get(k)!.record), findings };
}
