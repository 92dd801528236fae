import { isLinkValue } from '../../../src/core/sheets/spec';
import { startsDangerously } from '../../../src/core/share/neutralise';
import { aboutLines, aboutSheetSpec, dataSharingSheetSpec, exportMeta } from '../../../src/core/share/sheets';
import { depersonalise } from '../../../src/core/share/depersonalise';
import { knownPeopleFromPlan } from '../../../src/core/share/people';
import { NUMERIC_COLUMNS, UNIFORM_COLUMNS, uniformRecords } from '../../../src/core/share/uniform-format';
import { criminalDamageMeasurements, criminalDamageTarget, HOSTILE_TEXTS, hostileActions, seed003Actions } from './fixtures';

const EXPORTED_ON = '2024-05-17';

describe('Data sharing sheet', () => {
  const records = uniformRecords({
    partnership: 'Derby CDRP',
    actions: [...seed003Actions(), ...hostileActions()],
    targets: [criminalDamageTarget()],
    measurements: criminalDamageMeasurements(),
    exportedOn: EXPORTED_ON,
  });
  const spec = dataSharingSheetSpec(records);

  it('has the v1 header, one row per record, in an Excel table named DataSharing', () => {
    expect(spec.key).toBe('DataSharing');
    expect(spec.name).toBe('Data sharing');
    expect(spec.rows[0]).toEqual([...UNIFORM_COLUMNS]);
    expect(spec.rows).toHaveLength(records.length + 1);
    expect(spec.tables).toEqual([{ name: 'DataSharing', range: `A1:Z${records.length + 1}`, style: expect.any(String) }]);
    expect(spec.freeze).toEqual({ rows: 1, columns: 0 });
    expect(spec.columns).toHaveLength(26);
  });

  it('holds values only: no links, no formulas, text neutralised, numbers as numbers, dates as ISO text', () => {
    const numericIdx = NUMERIC_COLUMNS.map((c) => UNIFORM_COLUMNS.indexOf(c));
    for (const row of spec.rows.slice(1)) {
      row.forEach((v, i) => {
        expect(isLinkValue(v)).toBe(false);
        expect(v instanceof Date).toBe(false);
        if (typeof v === 'string') expect(startsDangerously(v)).toBe(false);
        if (numericIdx.includes(i)) expect(v === null || typeof v === 'number').toBe(true);
      });
    }
    const hostileTitles = spec.rows
      .filter((r) => r[2] === 'action')
      .slice(-HOSTILE_TEXTS.length)
      .map((r) => r[UNIFORM_COLUMNS.indexOf('title')]);
    expect(hostileTitles[0]).toBe(`'${HOSTILE_TEXTS[0]}`);
    const m = spec.rows.find((r) => r[3] === 'T1@2004/05')!;
    expect(m[UNIFORM_COLUMNS.indexOf('variance')]).toBe(-45);
    expect(m[UNIFORM_COLUMNS.indexOf('period_start')]).toBe('2004-04-01');
  });

  it('still makes a valid table when there is nothing to share', () => {
    const empty = dataSharingSheetSpec([], { name: 'Data sharing (SaferPlan)' });
    expect(empty.name).toBe('Data sharing (SaferPlan)');
    expect(empty.rows).toHaveLength(2);
    expect(empty.tables![0].range).toBe('A1:Z2');
  });
});

describe('About sheet', () => {
  it('says the schema version, mode, date and suppression of the export', () => {
    const actions = seed003Actions();
    const recs = depersonalise(uniformRecords({ partnership: 'Derby CDRP', actions, targets: [], measurements: [], exportedOn: EXPORTED_ON }), knownPeopleFromPlan(actions), { suppressBelow: 5 });
    const meta = exportMeta(recs, { exportedOn: EXPORTED_ON, partnership: 'Derby CDRP', depersonalised: true, suppressBelow: 5 });
    expect(meta).toEqual({
      schemaVersion: '1',
      exportedOn: EXPORTED_ON,
      partnership: 'Derby CDRP',
      mode: 'de-personalised',
      suppressBelow: 5,
      roundNhs: false,
      counts: { action: 17, indicator: 0, measurement: 0 },
    });
    const spec = aboutSheetSpec(meta);
    expect(spec.key).toBe('About');
    const facts = Object.fromEntries(spec.rows.slice(1).map((r) => [r[0], r[1]]));
    expect(facts['Schema version']).toBe('1');
    expect(facts['Exported on']).toBe(EXPORTED_ON);
    expect(facts['Mode']).toMatch(/^De-personalised/);
    expect(facts['Small counts']).toMatch(/^Counts below 5 shown as "<5"; figures that would give a hidden count back .* are hidden too/);
    expect(facts['Records']).toBe('17 actions, 0 indicators, 0 measurements');
  });

  it('says a personalised export contains personal data', () => {
    const meta = exportMeta([], { exportedOn: EXPORTED_ON, partnership: null, depersonalised: false });
    const lines = Object.fromEntries(aboutLines(meta));
    expect(lines['Mode']).toMatch(/^Personalised.*personal data/);
    expect(lines['Small counts']).toBe('Not suppressed');
  });
});
