import { readFileSync } from 'fs';
import { join } from 'path';
import schema from '../../../src/core/share/uniform-format.schema.json';
import { parseCsv, toCsv } from '../../../src/core/share/csv';
import { depersonalise } from '../../../src/core/share/depersonalise';
import { knownPeopleFromPlan } from '../../../src/core/share/people';
import { parseUniformRows } from '../../../src/core/share/read';
import { dataSharingSheetSpec } from '../../../src/core/share/sheets';
import { SCHEMA_VERSION, UNIFORM_COLUMNS, UniformRecord, uniformRecords } from '../../../src/core/share/uniform-format';
import { criminalDamageMeasurements, criminalDamageTarget, hostileActions, seed003Actions } from './fixtures';
import { validate } from './json-schema-lite';

const EXPORTED_ON = '2024-05-17';
const header = (schema as unknown as { $defs: { header: unknown } }).$defs.header as Record<string, unknown>;
const DOC = readFileSync(join(__dirname, '../../../src/core/share/UNIFORM-FORMAT.md'), 'utf8');

function allRecords(): UniformRecord[] {
  const actions = [...seed003Actions(), ...hostileActions()];
  return uniformRecords({ partnership: 'Derby CDRP', actions, targets: [criminalDamageTarget()], measurements: criminalDamageMeasurements(), exportedOn: EXPORTED_ON });
}

function asJson(r: UniformRecord): unknown {
  return JSON.parse(JSON.stringify(r));
}

describe('the JSON Schema file', () => {
  it('describes the v1 columns in order, all required, nothing else allowed', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties)).toEqual([...UNIFORM_COLUMNS]);
    expect(schema.required).toEqual([...UNIFORM_COLUMNS]);
    expect(schema.additionalProperties).toBe(false);
    expect((header.prefixItems as { const: string }[]).map((p) => p.const)).toEqual([...UNIFORM_COLUMNS]);
    expect(schema.properties.schema_version.const).toBe(SCHEMA_VERSION);
  });
});

describe('every export validates against the schema', () => {
  it('plain, de-personalised and suppressed records', () => {
    const recs = allRecords();
    const people = knownPeopleFromPlan(seed003Actions());
    for (const set of [recs, depersonalise(recs, people), depersonalise(recs, people, { suppressBelow: 1100 })]) {
      for (const r of set) expect(validate(schema, asJson(r))).toEqual([]);
    }
  });

  it('the CSV: its header line and every record read back', () => {
    const rows = parseCsv(toCsv(depersonalise(allRecords(), [], { suppressBelow: 1100 })));
    expect(validate(header, rows[0])).toEqual([]);
    const back = parseUniformRows(rows, 'x.csv');
    expect(back.records).toHaveLength(rows.length - 1);
    for (const r of back.records) expect(validate(schema, asJson(r))).toEqual([]);
  });

  it('the sheet: its header row and every row', () => {
    const spec = dataSharingSheetSpec(allRecords());
    expect(validate(header, spec.rows[0])).toEqual([]);
    for (const r of parseUniformRows(spec.rows as never, 'Data sharing').records) expect(validate(schema, asJson(r))).toEqual([]);
  });
});

describe('the schema catches a broken export', () => {
  const good = asJson(allRecords().find((r) => r.record_type === 'measurement')!) as Record<string, unknown>;

  it('a renamed column', () => {
    const { lead_officer, ...rest } = good;
    expect(validate(schema, { ...rest, owner: lead_officer })).toEqual(expect.arrayContaining(['$: missing lead_officer', '$.owner: not allowed']));
  });

  it('a missing column', () => {
    const { exported_on: _gone, ...rest } = good;
    expect(validate(schema, rest)).toContain('$: missing exported_on');
  });

  it('a reordered header', () => {
    const swapped = [...UNIFORM_COLUMNS];
    [swapped[7], swapped[8]] = [swapped[8], swapped[7]];
    expect(validate(header, swapped).length).toBeGreaterThan(0);
    expect(validate(header, [...UNIFORM_COLUMNS, 'notes'])).toEqual(['$[26]: not allowed']);
    expect(validate(header, UNIFORM_COLUMNS.slice(0, 25))).toContain('$: fewer than 26 items');
  });

  it.each([
    ['value', '1,050'],
    ['value', '5'],
    ['variance', '<5'],
    ['period_start', '01/04/2004'],
    ['period_end', '2005-02-30'],
    ['rag', 'overdue'],
    ['unit', 'people'],
    ['record_type', 'objective'],
    ['schema_version', '1.0'],
    ['schema_version', 1],
    ['record_id', ''],
    ['source_cell', 'row 3'],
    ['exported_on', null],
    ['period', null],
  ])('%s of the wrong type or value (%p)', (column, value) => {
    expect(validate(schema, { ...good, [column]: value }).length).toBeGreaterThan(0);
  });

  it('an action that carries figures', () => {
    const act = asJson(allRecords()[0]) as Record<string, unknown>;
    expect(validate(schema, act)).toEqual([]);
    expect(validate(schema, { ...act, value: 3 }).length).toBeGreaterThan(0);
  });
});

describe('UNIFORM-FORMAT.md', () => {
  it('documents every column, in order, and the version', () => {
    const documented = [...DOC.matchAll(/^\| (\d+) \| `([a-z_]+)` \|/gm)].map((m) => [Number(m[1]), m[2]]);
    expect(documented).toEqual(UNIFORM_COLUMNS.map((c, i) => [i + 1, c]));
    expect(DOC).toMatch(/^# SaferPlan uniform data-sharing format, version 1$/m);
  });

  it('has an example that is a valid v1 file', () => {
    const example = /```\n(schema_version,[\s\S]*?)```/.exec(DOC)![1];
    const back = parseUniformRows(parseCsv(example), 'UNIFORM-FORMAT.md');
    expect(back.ok).toBe(true);
    expect(back.findings).toEqual([]);
    expect(back.records.map((r) => r.record_type)).toEqual(['action', 'indicator', 'measurement']);
    for (const r of back.records) expect(validate(schema, asJson(r))).toEqual([]);
  });
});

describe('the small validator itself', () => {
  it('refuses keywords it does not implement, so the schema cannot outgrow the tests', () => {
    expect(() => validate({ type: 'string', maxLength: 3 }, 'abcd')).toThrow(/unsupported keyword "maxLength"/);
  });
});
