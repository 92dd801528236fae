import { STATUS_BRAG } from '../../../src/core/plan';
import { parseCsv, toCsv } from '../../../src/core/share/csv';
import { actionRecordIds, SCHEMA_VERSION, UNIFORM_COLUMNS, uniformRecords } from '../../../src/core/share/uniform-format';
import { action, criminalDamageMeasurements, criminalDamageTarget, seed003Actions } from './fixtures';

/** The header of model.md, "Uniform data-sharing format, version 1", copied as written there. */
const MODEL_MD_HEADER = `schema_version, partnership, record_type, record_id, priority, strand, theme, title,
lead_agency, lead_officer, status, rag, start_date, due_date, period, period_start, period_end,
value, milestone, target, variance, unit, direction, source_sheet, source_cell, exported_on`
  .split(',')
  .map((s) => s.trim());

const EXPORTED_ON = '2024-05-17';

function seed003Records() {
  return uniformRecords({ partnership: 'Derby CDRP', actions: seed003Actions(), targets: [], measurements: [], exportedOn: EXPORTED_ON });
}

describe('uniform format v1 columns', () => {
  it('are exactly the columns of model.md, in order', () => {
    expect([...UNIFORM_COLUMNS]).toEqual(MODEL_MD_HEADER);
    expect(SCHEMA_VERSION).toBe('1');
  });
});

describe('a plan laid out like seed 003', () => {
  it('exports exactly the v1 header and one action record per action', () => {
    const csv = toCsv(seed003Records());
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(MODEL_MD_HEADER);
    expect(csv.split('\r\n')[0]).toBe('\uFEFF' + MODEL_MD_HEADER.join(','));
    const body = rows.slice(1);
    expect(body).toHaveLength(17);
    expect(body.every((r) => r[2] === 'action' && r[0] === '1' && r.length === 26)).toBe(true);
    expect(body.map((r) => r[3])).toEqual(seed003Actions().map((a) => `persistent-offending/${a.ref}`));
  });

  it('carries each action’s fields into the right columns', () => {
    const recs = seed003Records();
    const first = recs[0];
    expect(first).toMatchObject({
      schema_version: '1',
      partnership: 'Derby CDRP',
      record_type: 'action',
      record_id: 'persistent-offending/1.1',
      priority: 'Persistent Offending',
      theme: expect.stringMatching(/^Objective 1/),
      title: 'Gain knowledge of the national picture of drugs and crime to inform local strategy.',
      lead_agency: 'CDRP',
      lead_officer: "Tim O'Neill",
      start_date: '2003-09-01',
      due_date: '2005-09-30',
      source_sheet: 'Persistent Offending',
      source_cell: 'A14',
      exported_on: EXPORTED_ON,
      value: null,
      unit: null,
    });
    // "Current and ongoing" has no dates; "Sharon Squires" has no agency
    const ongoing = recs.find((r) => r.record_id.endsWith('/6.2'))!;
    expect([ongoing.start_date, ongoing.due_date]).toEqual([null, null]);
    expect(recs.find((r) => r.record_id.endsWith('/6.3'))!.lead_agency).toBeNull();
  });

  it('gives actions the BRAG of their status, and no rag for Not started / Cancelled / blank', () => {
    const acts = seed003Actions();
    const recs = seed003Records();
    acts.forEach((a, i) => expect(recs[i].rag).toBe(a.status ? STATUS_BRAG[a.status] : null));
    expect(recs.map((r) => r.rag)).toEqual(expect.arrayContaining(['blue', 'green', 'amber', 'red', null]));
    expect(recs.some((r) => (r.rag as string) === 'overdue')).toBe(false);
  });
});

describe('record ids', () => {
  it('are the ref within its priority, the ref alone, or where the action starts', () => {
    const acts = [
      action({ action: 'a', ref: 'PA1', priority: 'Fear of Crime' }),
      action({ action: 'b', ref: 'PA1', priority: 'Criminal Damage' }),
      action({ action: 'c', ref: '2.5' }),
      action({ action: 'd', source: { sheet: 'Plan 2005', cell: 'B9' } }),
    ];
    expect(actionRecordIds(acts)).toEqual(['fear-of-crime/PA1', 'criminal-damage/PA1', '2.5', 'Plan 2005!B9']);
  });

  it('stay unique when a ref is repeated within a priority', () => {
    const acts = [action({ action: 'a', ref: '1.1', priority: 'P', source: { sheet: 'S', cell: 'A3' } }), action({ action: 'b', ref: '1.1', priority: 'P', source: { sheet: 'S', cell: 'A7' } })];
    const ids = actionRecordIds(acts);
    expect(ids).toEqual(['p/1.1@S!A3', 'p/1.1@S!A7']);
  });
});

describe('indicators and measurements', () => {
  const recs = uniformRecords({
    partnership: null,
    actions: [],
    targets: [criminalDamageTarget()],
    measurements: criminalDamageMeasurements(),
    exportedOn: EXPORTED_ON,
    periodRange: (p) => (p === '2003/04' ? { start: '2003-04-01', end: '2004-03-31' } : p === '2007/08' ? { start: '2007-04-01', end: '2008-03-31' } : null),
  });

  it('writes the indicator then its measurements in period order', () => {
    expect(recs.map((r) => `${r.record_type}:${r.record_id}`)).toEqual(['indicator:T1', 'measurement:T1@2004/05', 'measurement:T1@2005/06', 'measurement:T1@2006/07']);
  });

  it('puts the baseline in period/value, the target in target and the span in start/due dates', () => {
    expect(recs[0]).toMatchObject({
      title: 'Criminal damage offences',
      period: '2003/04',
      period_start: '2003-04-01',
      period_end: '2004-03-31',
      value: 1140,
      target: 960,
      start_date: '2003-04-01',
      due_date: '2008-03-31',
      unit: 'count',
      direction: 'reduce',
      rag: 'amber', // the latest measurement with a rag (2005/06)
      source_sheet: 'Targets',
      source_cell: 'A3',
    });
  });

  it('keeps negative variances as numbers', () => {
    const m = recs.find((r) => r.record_id === 'T1@2004/05')!;
    expect(m).toMatchObject({ value: 1050, milestone: 1095, variance: -45, rag: 'green', period_start: '2004-04-01', period_end: '2005-03-31' });
    const csvRow = parseCsv(toCsv(recs)).find((r) => r[3] === 'T1@2004/05')!;
    expect(csvRow[UNIFORM_COLUMNS.indexOf('variance')]).toBe('-45');
  });

  it('computes the target value from the change when only a change is given', () => {
    const t = { ...criminalDamageTarget(), target: { period: '2007/08', change: -0.16 } };
    const [ind] = uniformRecords({ partnership: null, actions: [], targets: [t], measurements: [], exportedOn: EXPORTED_ON });
    expect(ind.target).toBe(957.6);
    expect(ind.due_date).toBeNull(); // no way to resolve 2007/08 without periodRange or a measurement
  });
});

describe('input checks', () => {
  it('refuses an export date that is not ISO', () => {
    expect(() => uniformRecords({ partnership: null, actions: [], targets: [], measurements: [], exportedOn: '17/05/2024' })).toThrow(/ISO/);
  });

  it('drops dates that are not real ISO dates rather than writing them', () => {
    const [r] = uniformRecords({
      partnership: null,
      actions: [action({ action: 'x', start: '2003-02-30', due: '2003-13-01' })],
      targets: [],
      measurements: [],
      exportedOn: EXPORTED_ON,
    });
    expect([r.start_date, r.due_date]).toEqual([null, null]);
  });
});
