/**
 * The motivated intruder: a workbook that names people of many traditions everywhere a real one
 * does (leads that split and leads that do not, a panel membership list, a return's NAME row, a
 * sheet name, free text with titles, e-mail addresses, logins and phone numbers, a victim). The
 * de-personalised export must hold none of them, in any form.
 */
import fc from 'fast-check';
import { Action } from '../../../src/core/plan';
import { COMMON_WORD_SURNAMES } from '../../../src/core/people';
import { aboutSheetSpec, dataSharingSheetSpec, depersonaliseWithReport, exportMeta, freeTexts, learnPeople, toCsv, uniformRecords } from '../../../src/core/share';
import { shareRecords } from '../../../src/core/app/share';
import { analyse } from '../../../src/core/app/analyse';
import { buildGrid } from '../../fixtures/grid-builder';
import { seed001AsbGrid } from '../../fixtures/seed001';
import { action } from './fixtures';
import { AGENCIES, GIVEN, SURNAMES, TestPerson } from './names';

const EXPORTED_ON = '2024-05-17';

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]?");
}

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[^\p{L}]/gu, '')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/** Whole-word search, any case unless `capital` (then the first letter as written). */
function has(text: string, needle: string, capital = false): boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${esc(needle)}(?![\\p{L}\\p{N}])`, capital ? 'u' : 'iu');
  return re.test(text);
}

/** Every form of a person an intruder could search for, and whether it leaked. */
function leaks(text: string, p: { given: string; surname: string }): string[] {
  const out: string[] = [];
  const forms = [`${p.given} ${p.surname}`, `${p.surname}, ${p.given}`, `${p.given[0]}. ${p.surname}`, `${p.given[0]} ${p.surname}`];
  for (const f of forms) if (has(text, f)) out.push(f);
  const everyday = COMMON_WORD_SURNAMES.has(p.surname.toLowerCase());
  if (has(text, p.surname, everyday)) out.push(p.surname);
  if (has(text, p.given, true)) out.push(p.given);
  const s = ascii(p.surname);
  const g = ascii(p.given);
  for (const login of [`${g}.${s}`, `${g[0]}.${s}`, `${g[0]}${s}`]) if (text.toLowerCase().includes(login)) out.push(login);
  return out;
}

const NUMBERS = ['01332 123456', '07700 900123', '+44 1332 654321', '(0114) 273 4567', '0800 555 0199'];

function digitsLeak(text: string): string[] {
  const flat = text.replace(/[\s()+-]/g, '');
  return NUMBERS.filter((n) => flat.includes(n.replace(/[\s()+-]/g, '').replace(/^44/, '')));
}

function exportTexts(grids: ReturnType<typeof buildGrid>[]) {
  const a = analyse(grids, {}, { today: new Date(Date.UTC(2024, 4, 17)) });
  const { records, meta } = shareRecords(a.plan, a.indicators, { exportedOn: EXPORTED_ON, depersonalise: true, grids });
  const sheetCells = [dataSharingSheetSpec(records), aboutSheetSpec(meta)]
    .flatMap((s) => s.rows.flat())
    .filter((v) => v !== null)
    .map(String);
  return { csv: toCsv(records), sheets: sheetCells.join('\n'), meta, records };
}

describe('motivated-intruder fixture', () => {
  const PEOPLE = [
    { given: 'Amara', surname: 'Okafor' },
    { given: 'Wojciech', surname: 'Kowalski' },
    { given: 'Siobhan', surname: 'Ní Bhriain' },
    { given: 'Dave', surname: 'Hart' },
    { given: 'Ioana', surname: 'Popescu' },
    { given: 'Chinonso', surname: 'Eze' },
    { given: 'Mehmet', surname: 'Yılmaz' },
    { given: 'Kemi', surname: 'Adebayo' },
    { given: 'Helen', surname: 'Boocock' },
  ];
  const panel = buildGrid('Panel', [
    ['Anti-social Behaviour Panel'],
    ['Strategic Group Member and Chair', 'Ioana Popescu', 'Derby City Council'],
    ['Team Members', 'Amara Okafor', 'Probation'],
    [null, 'Helen Boocock', 'Probation'],
  ]);
  const ret = buildGrid('Return', [['PRIORITY FEEDBACK TEMPLATE'], ['AGENCY', 'Derbyshire Police'], ['NAME', 'Chinonso Eze, Mehmet Yılmaz'], ['ROLE', 'Inspectors']]);
  const plan = buildGrid('Kemi Adebayo', [
    ['Derby Community Safety Partnership'],
    ['No', 'Action', 'Lead', 'Target', 'Timescale'],
    ['1.1', 'Agree the protocol with Amara Okafor; contact helen.boocock@derby.gov.uk or 01332 123456', 'Amara Okafor Probation', 'Protocol agreed', 'March 2025'],
    ['1.2', 'Kowalski, Wojciech to chair; W. Kowalski (login wkowalski) to minute', 'Wojciech Kowalski Housing', 'Minutes', 'March 2025'],
    ['1.3', 'Review with DS Smith, Insp. Jones and Ms Patel; Popescu to report', 'Siobhan Ni Bhriain, Community Safety Team', 'Report', 'June 2025'],
    ['1.4', 'Dave Hart to brief; call 07700 900123 or +44 1332 654321; h.boocock and HBoocock copied', 'Dave Hart Police', 'Briefing held', 'June 2025'],
    ['1.5', 'Support victim Priya Shah and witness Tom Brennan; CHINONSO EZE and Yılmaz to present; Adebayo signs off', 'Victim Support', 'Support given', 'July 2025'],
    ['1.6', 'Youth Offending Team and Safer Sheffield Partnership to run the Pingle School project on Liberation Day', 'Sheffield City Council /South Yorkshire Police', 'Project run', 'July 2025'],
  ]);
  const out = exportTexts([panel, ret, plan]);

  test.each([
    ['CSV', 'csv'],
    ['sheets', 'sheets'],
  ] as const)('the %s hold no form of anyone named', (_label, key) => {
    const text = out[key];
    for (const p of PEOPLE) expect({ p: p.surname, leaks: leaks(text, p) }).toEqual({ p: p.surname, leaks: [] });
    for (const name of ['Smith', 'Jones', 'Patel', 'Priya', 'Shah', 'Brennan']) expect({ name, found: has(text, name, true) }).toEqual({ name, found: false });
    expect(text).not.toMatch(/[\p{L}\p{N}._-]@[\p{L}\p{N}-]+\./u);
    expect(digitsLeak(text)).toEqual([]);
  });

  test('the plan keeps its meaning: agencies, places and the rest of the text stay', () => {
    const titles = out.records.map((r) => r.title).join('\n');
    expect(titles).toContain('Youth Offending Team and Safer Sheffield Partnership to run the Pingle School project on Liberation Day');
    const agencies = out.records.map((r) => r.lead_agency);
    expect(agencies).toEqual(['Probation', 'Housing', 'Community Safety Team', 'Police', 'Victim Support', 'Sheffield City Council; South Yorkshire Police']);
    expect(out.records.every((r) => r.lead_officer === null)).toBe(true);
    expect(out.records[0].title).toBe('Agree the protocol with Probation; contact [e-mail] or [phone]');
    expect(out.records[2].title).toBe('Review with [person], [person] and [person]; Derby City Council to report');
  });

  test('the About sheet states what was removed, by kind, and what to check by hand', () => {
    expect(out.meta.removed).toMatchObject({ 'e-mail address': 1, 'phone number': 3 });
    expect(out.meta.removed!['named person']).toBeGreaterThan(10);
    expect(out.meta.removed!['titled name'] + out.meta.removed!['named person']).toBeGreaterThan(12);
    const about = Object.fromEntries(aboutSheetSpec(out.meta).rows.map((r) => [r[0], r[1]]));
    expect(about['Removed']).toMatch(/^\d+ named people, 1 e-mail address, 3 phone numbers, \d+ titled names?, \d+ victim or witness names?$/);
    expect(about['Check by hand']).toContain('Liberation Day');
  });
});

// ---- the property ----

interface Placed extends TestPerson {
  agency: string;
}

const placedArb: fc.Arbitrary<Placed> = fc.record({
  title: fc.constant(null),
  given: fc.constantFrom(...GIVEN),
  middle: fc.constant(null),
  surname: fc.constantFrom(...SURNAMES),
  agency: fc.constantFrom(...AGENCIES),
});

/** The ways a plan writes a person, given one person. */
const FORMS: ((p: Placed) => string)[] = [
  (p) => `${p.given} ${p.surname}`,
  (p) => `${p.surname}, ${p.given}`,
  (p) => `${p.given[0]}. ${p.surname}`,
  (p) => `DS ${p.surname}`,
  (p) => `Cllr ${p.given} ${p.surname}`,
  (p) => p.surname,
  (p) => `${p.given} ${p.surname}`.toUpperCase(),
  (p) => `${p.given} ${p.surname}`.toLowerCase(),
  (p) => `${ascii(p.given)}.${ascii(p.surname)}@derby.gov.uk`,
  (p) => `${ascii(p.given)[0]}${ascii(p.surname)}`,
  (p) => `${p.given} to report back`,
];

describe('property: de-personalised exports hold none of the generated people', () => {
  test('for any plan with people placed anywhere, no name form, e-mail address or phone number survives', () => {
    const arb = fc
      .uniqueArray(placedArb, { minLength: 1, maxLength: 4, selector: (p) => `${p.given}|${p.surname}` })
      .filter((ps) => {
        // Two people whose given name and surname coincide cannot be told apart by anyone.
        const words = ps.flatMap((p) => [p.given, p.surname]);
        return new Set(words).size === words.length;
      })
      .chain((people) =>
        fc.record({
          people: fc.constant(people),
          placements: fc.array(
            fc.record({
              who: fc.nat(people.length - 1),
              form: fc.nat(FORMS.length - 1),
              field: fc.constantFrom('action', 'theme', 'priority', 'leadAgency', 'leadOfficer', 'sheet', 'panel'),
              phone: fc.option(fc.constantFrom(...NUMBERS)),
            }),
            { minLength: 1, maxLength: 10 },
          ),
        }),
      );
    fc.assert(
      fc.property(arb, ({ people, placements }) => {
        const actions: Action[] = people.map((p, i) =>
          action({ ref: `1.${i + 1}`, priority: 'Community Safety', action: 'To reduce the fear of crime', leadAgency: `${p.given} ${p.surname} ${p.agency}` }),
        );
        const panelRows: (string | null)[][] = [['Team Members', null, null]];
        placements.forEach((pl, k) => {
          const p = people[pl.who];
          const text = `${FORMS[pl.form](p)}${pl.phone ? ` on ${pl.phone}` : ''}`;
          const a = actions[k % people.length];
          if (pl.field === 'action') a.action = `${a.action}; ${text} to attend`;
          else if (pl.field === 'theme') a.theme = `Objective ${k} – led by ${text}`;
          else if (pl.field === 'priority') a.priority = `Community Safety (${text})`;
          // Every person keeps the lead that names them (so the workbook does name them somewhere a
          // reader can tell is a person); these placements add further actions.
          else if (pl.field === 'leadOfficer') actions.push(action({ ref: `2.${k}`, action: 'Extra', leadOfficer: `${p.given} ${p.surname}`, leadAgency: p.agency }));
          else if (pl.field === 'leadAgency') actions.push(action({ ref: `2.${k}`, action: 'Extra', leadAgency: `${p.given} ${p.surname}\n${p.agency}` }));
          else if (pl.field === 'sheet') actions.push(action({ ref: `2.${k}`, action: 'Extra', source: { sheet: `${p.given} ${p.surname}`, cell: `A${k + 2}` } }));
          else panelRows.push([null, `${p.given} ${p.surname}`, p.agency]);
        });
        const records = uniformRecords({ partnership: 'Derby CDRP', actions, targets: [], measurements: [], exportedOn: EXPORTED_ON });
        const grids = [buildGrid('Panel', panelRows)];
        const known = learnPeople({ actions, grids, texts: freeTexts(records) });
        const { records: out, report } = depersonaliseWithReport(records, known);
        const meta = exportMeta(out, { exportedOn: EXPORTED_ON, partnership: out[0].partnership, depersonalised: true, report });
        const csv = toCsv(out);
        const sheets = [dataSharingSheetSpec(out), aboutSheetSpec(meta)]
          .flatMap((s) => s.rows.flat())
          .filter((v) => v !== null)
          .join('\n');
        for (const text of [csv, sheets]) {
          for (const p of people) expect({ p: `${p.given} ${p.surname}`, leaks: leaks(text, p) }).toEqual({ p: `${p.given} ${p.surname}`, leaks: [] });
          expect(text).not.toMatch(/[\p{L}\p{N}._-]@[\p{L}\p{N}-]+\./u);
          expect(digitsLeak(text)).toEqual([]);
        }
      }),
      { seed: 20261205, numRuns: 100 },
    );
  });
});

describe('learning from the seeds', () => {
  test('seed 001’s panel membership table teaches its members with their agencies', () => {
    const people = learnPeople({ actions: [], grids: [seed001AsbGrid()] });
    const byName = Object.fromEntries(people.map((p) => [p.name, p.replacement]));
    expect(byName).toMatchObject({
      'Mark Alfliat': 'South Derbyshire District Council',
      'Stephen Taylor': 'South Derbyshire District Council',
      'Ian Duckmanton': 'Partnership Support Team',
      'PC Dee Hornblower': 'Swadlincote Police',
      'Lesley Reece': 'Derbyshire County Council',
    });
    expect(Object.keys(byName)).not.toContain('Performance Management');
    expect(Object.keys(byName)).not.toContain('Youth Engagement');
  });

  test('seed 002’s NAME rows teach every person they list', () => {
    const grid = buildGrid('Returns', [
      ['<b>AGENCY</b>', 'SNH Shared Community Safety Team'],
      ['<b>NAME</b>', 'David Lipscombe, James Knight'],
      ['<b>ROLE</b>', 'Community Safety Team Leaders'],
      ['AGENCY', 'British Army – Aldershot Garrison'],
      ['NAME', 'Lieutenant Colonel C J Baines MBE'],
      ['ROLE', 'Garrison Commander'],
    ]);
    const names = learnPeople({ actions: [], grids: [grid] }).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['David Lipscombe', 'James Knight', 'Lieutenant Colonel C J Baines MBE']));
    expect(names).not.toContain('Community Safety Team Leaders');
  });
});
