import { Action } from '../../../src/core/plan';
import { toCsv } from '../../../src/core/share/csv';
import { depersonalise } from '../../../src/core/share/depersonalise';
import { suppressSmallCounts } from '../../../src/core/share/suppress';
import { DEFAULT_ROLE, knownPeopleFromPlan, nameRedactor, parsePersonName, splitPersonAndAgency } from '../../../src/core/share/people';
import { uniformRecords } from '../../../src/core/share/uniform-format';
import { action, criminalDamageMeasurements, criminalDamageTarget, SEED_003_NAME_WORDS, seed003Actions } from './fixtures';

const EXPORTED_ON = '2024-05-17';

/** A name word as it may be written: any apostrophe, or none. */
function nameWordPattern(word: string): RegExp {
  const body = word.replace(/'/g, "(?:['’‘ʼ`´′]\\s?|\\s)?");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}

function survivingNames(text: string, words = SEED_003_NAME_WORDS): string[] {
  return words.filter((w) => nameWordPattern(w).test(text));
}

/** Seed 003 with the officers also named inside free text, the way minutes and updates name them. */
function seed003WithNamesInText(split: boolean): Action[] {
  const acts = seed003Actions(split);
  acts[0] = { ...acts[0], action: `${acts[0].action}\nAgreed with Tim O’Neill (typographic apostrophe) and reported by T. O'Neill.` };
  acts[1] = { ...acts[1], action: `${acts[1].action} Mr Simmonds to chase; Dave to report back.` };
  acts[2] = { ...acts[2], theme: 'Objective 1 – led by HELEN BOOCOCK with Boocock, Helen as deputy', action: `${acts[2].action} See tim o'neill's note.` };
  acts[3] = { ...acts[3], priority: 'Persistent Offending (Andy Luscombe)', source: { sheet: "Squires' sheet", cell: 'A20' } };
  acts[4] = { ...acts[4], leadAgency: acts[4].leadAgency, action: `${acts[4].action} Karen Oliffe/Andy Smith & Sharon Squires to attend.` };
  return acts;
}

describe('de-personalised export of a plan like seed 003', () => {
  for (const split of [true, false]) {
    it(`leaves none of the officers’ names anywhere in the CSV (${split ? 'person and agency split' : 'manager cell as written'})`, () => {
      const actions = seed003WithNamesInText(split);
      const records = uniformRecords({ partnership: 'Derby CDRP', actions, targets: [], measurements: [], exportedOn: EXPORTED_ON });
      const before = toCsv(records);
      expect(survivingNames(before).sort()).toEqual([...SEED_003_NAME_WORDS].sort()); // the check can fail

      const csv = toCsv(depersonalise(records, knownPeopleFromPlan(actions)));
      expect(survivingNames(csv)).toEqual([]);
      expect(csv).not.toMatch(/O[’']Neill/i);
    });
  }

  it('empties lead_officer and puts the agency where the name was', () => {
    const actions = seed003WithNamesInText(true);
    const records = uniformRecords({ partnership: null, actions, targets: [], measurements: [], exportedOn: EXPORTED_ON });
    const out = depersonalise(records, knownPeopleFromPlan(actions));
    expect(out.every((r) => r.lead_officer === null)).toBe(true);
    expect(out[0].title).toContain('Agreed with CDRP (typographic apostrophe) and reported by CDRP.');
    expect(out[1].title).toContain('CDRP Team to chase; CDRP Team to report back.');
    expect(out[2].title).toContain("See CDRP's note.");
    expect(out[3].priority).toBe('Persistent Offending (CDRP)');
    expect(out[3].source_sheet).toBe(`${DEFAULT_ROLE}' sheet`); // Sharon Squires has no agency in seed 003
    // The rest of the text is untouched
    expect(out[5]).toEqual({ ...records[5], lead_officer: null });
  });

  it('also removes people named in partner proformas, passed alongside the lead officers', () => {
    const actions = [action({ action: 'Chief Inspector John Halfacre to present; Halfacre also chairs MET', leadAgency: 'Police' })];
    const records = uniformRecords({ partnership: null, actions, targets: [], measurements: [], exportedOn: EXPORTED_ON });
    const people = [...knownPeopleFromPlan(actions), { name: 'Chief Inspector John Halfacre', replacement: 'Police' }];
    expect(depersonalise(records, people)[0].title).toBe('Police to present; Police also chairs MET');
  });

  it('does not touch vocabulary, dates or numbers', () => {
    const people = [{ name: 'Amber Green', replacement: 'Police' }];
    const recs = uniformRecords({
      partnership: null,
      actions: [action({ action: 'Amber Green to lead', status: 'At risk', due: '2004-03-31' })],
      targets: [criminalDamageTarget()],
      measurements: criminalDamageMeasurements(),
      exportedOn: EXPORTED_ON,
    });
    const out = depersonalise(recs, people);
    expect(out[0]).toMatchObject({ title: 'Police to lead', status: 'At risk', rag: 'amber', due_date: '2004-03-31' });
    expect(out.slice(1)).toEqual(recs.slice(1));
  });
});

describe('knownPeopleFromPlan', () => {
  it('collects each lead officer once, with the agency they most often lead for', () => {
    const people = knownPeopleFromPlan(seed003Actions());
    expect(people).toEqual([
      { name: "Tim O'Neill", replacement: 'CDRP' },
      { name: 'Dave Simmonds', replacement: 'CDRP Team' },
      { name: 'Helen Boocock', replacement: 'Probation' },
      { name: 'Andy Luscombe', replacement: 'CDRP' },
      { name: 'Andy Smith', replacement: 'Derby Division' },
      { name: 'Karen Oliffe', replacement: 'NDC' },
      { name: 'Sharon Squires', replacement: DEFAULT_ROLE },
    ]);
  });

  it('separates the agency written after the name when the plan did not', () => {
    const people = knownPeopleFromPlan(seed003Actions(false));
    expect(people.find((p) => p.name === 'Helen Boocock')).toEqual({ name: 'Helen Boocock', replacement: 'Probation' });
    expect(people.find((p) => p.name === 'Dave Simmonds')?.replacement).toBe('CDRP Team');
  });

  it('reads several people in one cell and skips roles', () => {
    const people = knownPeopleFromPlan([
      action({ action: 'a', leadOfficer: 'PC Eileen Banton\nSgt Andy Wright', leadAgency: 'Swadlincote Police' }),
      action({ action: 'b', leadOfficer: 'Community Safety Manager', leadAgency: 'BDBC' }),
      action({ action: 'c', leadOfficer: 'Police District Partnership Inspector' }),
    ]);
    expect(people).toEqual([
      { name: 'PC Eileen Banton', replacement: 'Swadlincote Police' },
      { name: 'Sgt Andy Wright', replacement: 'Swadlincote Police' },
    ]);
  });
});

describe('nameRedactor', () => {
  const redact = nameRedactor([
    { name: 'PC Dee Hornblower', replacement: 'Swadlincote Police' },
    { name: 'Sgt Andy Wright', replacement: 'Partnership Support Team' },
    { name: 'Yvonne Wright', replacement: 'Education' },
  ]);

  it('replaces full names, titled forms and initials, case-insensitively', () => {
    expect(redact('PC Dee Hornblower to draft the policy')).toBe('Swadlincote Police to draft the policy');
    expect(redact('Dee Hornblower Derbys’ Police')).toBe('Swadlincote Police Derbys’ Police');
    expect(redact('SGT ANDY WRIGHT')).toBe('Partnership Support Team');
    expect(redact('Sgt Wright and PC Hornblower')).toBe('Partnership Support Team and Swadlincote Police');
    expect(redact('D. Hornblower; Y Wright')).toBe('Swadlincote Police; Education');
    expect(redact('Hornblower, Dee')).toBe('Swadlincote Police');
  });

  it('does not repeat the agency when it follows the name', () => {
    expect(redact('Sgt Andy Wright Partnership Support Team')).toBe('Partnership Support Team');
  });

  it('replaces a word shared by people of different agencies by a role, not by either agency', () => {
    expect(redact('Wright will report')).toBe(`${DEFAULT_ROLE} will report`);
    expect(redact('Dee will report')).toBe('Swadlincote Police will report');
  });

  it('matches whole words only, and single names only when written as names', () => {
    expect(redact('Wrighton and Deeside; the dee estuary; right')).toBe('Wrighton and Deeside; the dee estuary; right');
  });

  it('never leaves a name inside a replacement', () => {
    const r = nameRedactor([
      { name: 'Sue Haslett', replacement: 'Haslett Associates' },
      { name: 'Tim Brown', replacement: 'CDRP' },
    ]);
    expect(r('Sue Haslett and Tim Brown')).toBe(`${DEFAULT_ROLE} and CDRP`);
  });
});

describe('person names', () => {
  it('strip titles and find the surname', () => {
    expect(parsePersonName('Chief Inspector John Halfacre')).toEqual({ tokens: ['John', 'Halfacre'], first: 'John', surname: 'Halfacre' });
    expect(parsePersonName('Jan van der Berg')?.surname).toBe('van der Berg');
    expect(parsePersonName('BDBC Licensing Team')).toBeNull();
  });

  it('split a name from the agency written after it', () => {
    expect(splitPersonAndAgency('PC Eileen Banton Swadlincote Police')).toEqual({ name: 'PC Eileen Banton', agency: 'Swadlincote Police' });
    expect(splitPersonAndAgency("Tim O'Neill CDRP")).toEqual({ name: "Tim O'Neill", agency: 'CDRP' });
    expect(splitPersonAndAgency('Sharon Squires')).toEqual({ name: 'Sharon Squires', agency: null });
    expect(splitPersonAndAgency('CDRP Team')).toBeNull();
  });
});

describe('small-count suppression', () => {
  const base = uniformRecords({
    partnership: null,
    actions: [],
    targets: [{ ...criminalDamageTarget(), baseline: { period: '2003/04', value: 4 }, target: { period: '2007/08', value: 2 } }],
    measurements: [
      ...criminalDamageMeasurements().map((m) => ({ ...m, value: m.value === null ? null : 3, milestone: 3.5, target: 2, variance: m.value === null ? null : -0.5 })),
      { ...criminalDamageMeasurements()[0], targetId: 'T2', indicator: 'Repeat victims (%)', unit: 'percent' as const, value: 2, milestone: 3, target: 1, variance: -1 },
    ],
    exportedOn: EXPORTED_ON,
  });

  it('shows counts below N as "<N" and hides variances that would reveal them', () => {
    const out = suppressSmallCounts(base, 5);
    expect(out[0]).toMatchObject({ value: '<5', target: '<5' });
    expect(out[1]).toMatchObject({ value: '<5', milestone: '<5', target: '<5', variance: 'suppressed' });
    expect(out[3]).toMatchObject({ value: null, milestone: '<5', variance: null });
  });

  it('leaves counts at or above N, and percentages, as numbers; hides the rest of a trajectory whose target is hidden', () => {
    // The target 2 is below 3: the milestones (3.5) lie on the line to it, so they would give it back.
    expect(suppressSmallCounts(base, 3)[1]).toMatchObject({ value: 3, milestone: 'suppressed', target: '<3', variance: 'suppressed' });
    expect(suppressSmallCounts(base, 2)[1]).toMatchObject({ value: 3, milestone: 3.5, target: 2, variance: -0.5 });
    const pct = suppressSmallCounts(base, 5).find((r) => r.unit === 'percent')!;
    expect(pct).toMatchObject({ value: 2, milestone: 3, target: 1, variance: -1 });
  });

  it('is applied by depersonalise when asked, and refuses a nonsense threshold', () => {
    expect(depersonalise(base, [], { suppressBelow: 5 })[0].value).toBe('<5');
    expect(depersonalise(base, [])[0].value).toBe(4);
    expect(() => suppressSmallCounts(base, 0)).toThrow(/positive/);
  });
});
