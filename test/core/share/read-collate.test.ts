import { CellValue, utcDate } from '../../../src/core/grid';
import { collate } from '../../../src/core/share/collate';
import { parseCsv, toCsv } from '../../../src/core/share/csv';
import { depersonalise } from '../../../src/core/share/depersonalise';
import { parseUniformRows } from '../../../src/core/share/read';
import { dataSharingSheetSpec } from '../../../src/core/share/sheets';
import { UNIFORM_COLUMNS, UniformRecord, uniformRecords } from '../../../src/core/share/uniform-format';
import { action, criminalDamageMeasurements, criminalDamageTarget, hostileActions, seed003Actions } from './fixtures';

const col = (name: (typeof UNIFORM_COLUMNS)[number]) => UNIFORM_COLUMNS.indexOf(name);

function records(exportedOn = '2024-05-17', partnership: string | null = 'Derby CDRP'): UniformRecord[] {
  return uniformRecords({
    partnership,
    actions: [...seed003Actions(), ...hostileActions()],
    targets: [criminalDamageTarget()],
    measurements: criminalDamageMeasurements(),
    exportedOn,
  });
}

describe('reading uniform files back', () => {
  it('gives back exactly the records written to CSV, hostile text included', () => {
    const recs = records();
    const back = parseUniformRows(parseCsv(toCsv(recs)), 'derby.csv');
    expect(back.findings).toEqual([]);
    expect(back.ok).toBe(true);
    expect(back.records).toEqual(recs);
  });

  it('gives back suppressed counts as text', () => {
    const recs = depersonalise(records(), [], { suppressBelow: 2000 });
    const back = parseUniformRows(parseCsv(toCsv(recs)), 'derby.csv');
    expect(back.records).toEqual(recs);
    expect(back.records.find((r) => r.record_id === 'T1@2004/05')).toMatchObject({ value: '<2000', variance: 'suppressed' });
  });

  it('reads the rows of a sheet, with numbers, dates and re-saved day-first dates', () => {
    const recs = records();
    const rows = dataSharingSheetSpec(recs).rows as CellValue[][];
    const edited = rows.map((r) => [...r]);
    edited[1][col('schema_version')] = 1; // a spreadsheet turned "1" into a number
    edited[1][col('due_date')] = utcDate(2005, 9, 30);
    edited[2][col('due_date')] = '31/10/2003';
    const back = parseUniformRows(edited, 'Data sharing');
    expect(back.findings).toEqual([]);
    expect(back.records).toEqual(recs);
  });

  it('rejects a file of another schema version, saying which file and which version', () => {
    const rows = parseCsv(toCsv(records()));
    for (const r of rows.slice(1)) r[0] = '2';
    const back = parseUniformRows(rows, 'lincoln-2026.csv');
    expect(back.ok).toBe(false);
    expect(back.records).toEqual([]);
    expect(back.findings).toHaveLength(1);
    expect(back.findings[0]).toMatchObject({ severity: 'error', sheet: 'lincoln-2026.csv' });
    expect(back.findings[0].message).toBe('lincoln-2026.csv: uniform format version 2 found, expected version 1; this file cannot be read as version 1.');
  });

  it('rejects a header that is not the v1 header, saying what is wrong', () => {
    const rows = parseCsv(toCsv(records()));
    const swapped = rows.map((r) => {
      const c = [...r];
      [c[7], c[8]] = [c[8], c[7]];
      return c;
    });
    const reordered = parseUniformRows(swapped, 'a.csv');
    expect(reordered.ok).toBe(false);
    expect(reordered.findings[0].message).toBe('a.csv: not a uniform format version 1 file (found version 1): header column 8 is lead_agency, expected title (columns out of order).');

    const renamed = rows.map((r, i) => (i === 0 ? r.map((c) => (c === 'lead_officer' ? 'owner' : c)) : r));
    expect(parseUniformRows(renamed, 'b.csv').findings[0].message).toBe('b.csv: not a uniform format version 1 file (found version 1): header missing lead_officer; unexpected owner.');

    const noVersion = [
      ['ref', 'action', 'owner'],
      ['1.1', 'x', 'y'],
    ];
    expect(parseUniformRows(noVersion, 'plan.csv').findings[0].message).toMatch(/^plan\.csv: not a uniform format version 1 file \(found version unknown\): header missing schema_version/);
    expect(parseUniformRows([], 'empty.csv').findings[0].message).toMatch(/^empty\.csv: the file is empty/);
  });

  it('reports bad values with their cell and keeps the rest of the file', () => {
    const rows = parseCsv(toCsv(records()));
    rows[1][col('due_date')] = '30th Sept';
    rows[2][col('status')] = 'Overdue';
    rows[3][col('record_type')] = 'objective';
    const m = rows.findIndex((r) => r[col('record_id')] === 'T1@2004/05');
    rows[m][col('value')] = '1,050';
    const back = parseUniformRows(rows, 'x.csv');
    expect(back.ok).toBe(true);
    expect(back.records).toHaveLength(records().length - 1);
    expect(back.findings.map((f) => f.cell)).toEqual(['N2', 'K3', 'C4', `R${m + 1}`]);
    expect(back.findings.every((f) => f.sheet === 'x.csv')).toBe(true);
    expect(back.records[0].due_date).toBeNull();
  });
});

describe('collating many agencies’ files', () => {
  it('combines files, keeping identical records once', () => {
    const derby = records('2024-05-01');
    const lincoln = uniformRecords({
      partnership: 'Lincoln CSP',
      actions: [action({ action: 'Patrol', ref: '1.1', priority: 'Persistent Offending' })],
      targets: [],
      measurements: [],
      exportedOn: '2024-05-02',
    });
    const out = collate([
      { source: 'derby.csv', records: derby },
      { source: 'lincoln.csv', records: lincoln },
      { source: 'derby-again.csv', records: records('2024-05-09') },
    ]);
    expect(out.findings).toEqual([]);
    expect(out.records).toHaveLength(derby.length + 1);
    // Same record_id in another partnership is another record
    expect(out.records.filter((r) => r.record_id === 'persistent-offending/1.1').map((r) => r.partnership)).toEqual(['Derby CDRP', 'Lincoln CSP']);
    // The identical copy's later export date is kept
    expect(out.records[0].exported_on).toBe('2024-05-09');
  });

  it('keeps the newer copy of a conflicting record and says so', () => {
    const old = records('2024-04-01');
    const newer = records('2024-05-01').map((r) => (r.record_id === 'persistent-offending/1.1' ? { ...r, status: 'Complete' as const, rag: 'blue' as const } : r));
    newer[0] = { ...newer[0], status: 'Off track', rag: 'red' };
    const out = collate([
      { source: 'police.csv', records: newer },
      { source: 'council.csv', records: old },
    ]);
    expect(out.records).toHaveLength(old.length);
    expect(out.records[0]).toMatchObject({ status: 'Off track', exported_on: '2024-05-01' });
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({ severity: 'warning', code: 'share-conflict', sheet: 'council.csv' });
    expect(out.findings[0].message).toBe(
      'action persistent-offending/1.1 of Derby CDRP differs between police.csv (exported 2024-05-01) and council.csv (exported 2024-04-01) in status, rag; kept the copy from police.csv (newer export).',
    );
  });

  it('keeps the first file’s copy when two conflicting copies have the same date', () => {
    const a = records('2024-05-01', null);
    const b = a.map((r, i) => (i === 0 ? { ...r, title: 'Changed' } : r));
    const out = collate([
      { source: 'a.csv', records: a },
      { source: 'b.csv', records: b },
    ]);
    expect(out.records[0].title).toBe(a[0].title);
    expect(out.findings[0].message).toMatch(/\(no partnership named: files without one cannot be told apart\).*kept the copy from a\.csv \(same export date: the file listed first wins\)\.$/);
  });
});
