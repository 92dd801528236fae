import fc from 'fast-check';
import { readReturns, PartnerReturn, WHOLE_PRIORITY } from '../../../src/core/returns';
import { ASB, BASINGSTOKE, CAR, CCG, DA, GARRISON, HART_RUSHMOOR, HFRS, PROBATION_FILLED, ROBBERY, PRIORITIES, SNH, grid, offset } from './seed002';

function one(rows: Parameters<typeof grid>[1], sheet = 'Return'): { ret: PartnerReturn; findings: ReturnType<typeof readReturns>['findings'] } {
  const { returns, findings } = readReturns([grid(sheet, rows)]);
  expect(returns).toHaveLength(1);
  return { ret: returns[0], findings };
}

function byPriority(r: PartnerReturn): Record<string, { status: string; missing: string[] }> {
  return Object.fromEntries(r.priorities.map((p) => [p.priority, { status: p.status, missing: p.missing }]));
}

/** The A1 address of the answer next to the nth (1-based) row whose label is `label`. */
function answerCell(rows: (string | null)[][], label: string, nth: number, col = 'B'): string {
  let seen = 0;
  for (let i = 0; i < rows.length; i++) if (rows[i][0] === label && ++seen === nth) return `${col}${i + 1}`;
  throw new Error(`no ${label} #${nth}`);
}

describe('readReturns on seed 002 proformas', () => {
  test('Shared Community Safety Team: filled in, In year impact left as template text -> incomplete', () => {
    const { ret, findings } = one(SNH);
    expect(ret.agency).toBe('SNH Shared Community Safety Team');
    expect(ret.name).toBe('David Lipscombe, James Knight');
    expect(ret.role).toBe('Community Safety Team Leaders');
    expect(ret.priorities.map((p) => p.priority)).toEqual([...PRIORITIES]);
    expect(byPriority(ret)).toEqual({
      [ASB]: { status: 'incomplete', missing: ['In year impact'] },
      [DA]: { status: 'incomplete', missing: ['In year impact'] },
      [ROBBERY]: { status: 'incomplete', missing: ['In year impact'] },
      [CAR]: { status: 'incomplete', missing: ['In year impact'] },
    });
    expect(ret.complete).toBe(false);
    expect(ret.missing).toEqual([]);
    // the partnership answer is every bullet row under the prompt
    const asb = ret.priorities[0];
    expect(asb.partnership.text.split('\n')).toHaveLength(3);
    expect(asb.narrative).toMatch(/^Despite a reduction/);
    // the page break in Domestic Abuse Output 2 carries both boxes on
    const da2 = ret.priorities[1].outputs[1];
    expect(da2.output.text).toBe('Multi-agency training\n18 half / full day training sessions have been delivered to 854 multi agency practitioners.');
    expect(da2.impact.text).toMatch(/ability to\nattract top speakers/);
    // "T – N/A" inside a SWOT is content, not "not applicable"
    expect(ret.priorities[2].outputs[1].impact.state).toBe('given');
    // findings: template text left in place, located at the box; the blank In year impact also located
    const template = findings.filter((f) => f.code === 'return-template-text' && f.severity === 'warning');
    expect(template.map((f) => f.cell)).toEqual([answerCell(SNH, 'In year impact', 1), answerCell(SNH, 'In year impact', 2), answerCell(SNH, 'In year impact', 3)]);
    expect(template[0].message).toContain('In year impact');
    expect(template[0].message).toContain(ASB);
    expect(template[0].message).toMatch(/replace it with/);
    expect(findings.find((f) => f.code === 'return-missing')?.cell).toBe(answerCell(SNH, 'In year impact', 4));
    expect(findings.every((f) => f.sheet === 'Return')).toBe(true);
  });

  test('Hampshire Constabulary Hart & Rushmoor: every priority answered, some boxes one under another -> complete', () => {
    const { ret, findings } = one(HART_RUSHMOOR);
    expect(ret.agency).toBe('Hampshire Constabulary – Hart & Rushmoor');
    expect(byPriority(ret)).toEqual({
      [ASB]: { status: 'complete', missing: [] },
      [DA]: { status: 'complete', missing: [] },
      [ROBBERY]: { status: 'complete', missing: [] },
      [CAR]: { status: 'complete', missing: [] },
    });
    expect(ret.complete).toBe(true);
    const asb1 = ret.priorities[0].outputs[0];
    expect(asb1.output.text).toMatch(/Hook ASB[\s\S]*new drug crime process/);
    expect(asb1.impact.text).toMatch(/too soon[\s\S]*Reports of ASB reduced/);
    const car = ret.priorities[3];
    expect(car.narrative).toMatch(/^The threat of serious organised crime/);
    expect(car.outputs.map((o) => o.output.text)).toEqual(['Op Sceptre – national weeks of action to tackle knife crime', 'Beat The Bleep', 'Monthly MET meeting', '']);
    expect(car.outputs[0].impact.text).toMatch(/Activities have included:\n- Surrender bins/);
    expect(ret.priorities[2].inYearImpact.text).toMatch(/^Robbery reports rose by 65%/);
    expect(ret.date).toBe('05/06/20');
    expect(findings.filter((f) => f.severity === 'warning')).toEqual([]);
  });

  test('Hampshire Constabulary Basingstoke: "Partner to complete" impacts -> incomplete, missing lists the impacts', () => {
    const { ret, findings } = one(BASINGSTOKE);
    expect(ret.agency).toBe('Hampshire Constabulary- Basingstoke and Deane');
    const impacts = (ns: number[]) => ns.map((n) => `Output ${n} impact`);
    expect(byPriority(ret)).toEqual({
      [ASB]: { status: 'incomplete', missing: [...impacts([1, 2, 3]), 'In year impact'] },
      [DA]: { status: 'incomplete', missing: [...impacts([1, 2, 3]), 'In year impact'] },
      [ROBBERY]: { status: 'incomplete', missing: [...impacts([1, 2, 3, 4]), 'In year impact'] },
      [CAR]: { status: 'incomplete', missing: [...impacts([1, 2, 3, 4]), 'In year impact'] },
    });
    expect(ret.complete).toBe(false);
    // Output 2 of Robbery goes on after a page break
    const rob2 = ret.priorities[2].outputs[1];
    expect(rob2.output.text).toMatch(/risks of knife crime and\nbeing associated with those carrying knives/);
    expect(rob2.impact.state).toBe('template');
    expect(rob2.impact.cell).toBe(answerCell(BASINGSTOKE, 'Output 2', 3, 'D'));
    // each impact left as template text is a located warning; the unused Output 4 is only info
    const warn = findings.filter((f) => f.code === 'return-template-text' && f.severity === 'warning');
    expect(warn).toHaveLength(3 + 1 + 3 + 1 + 4 + 1 + 4 + 1);
    expect(warn[0].cell).toBe(answerCell(BASINGSTOKE, 'Output 1', 1, 'D'));
    expect(warn[0].message).toMatch(/Output 1 impact still holds the template text \("Partner to complete/);
    expect(findings.some((f) => f.severity === 'info' && f.code === 'return-template-text' && f.cell === answerCell(BASINGSTOKE, 'Output 4', 1))).toBe(true);
  });

  test('Hampshire Fire and Rescue Service: "not a key priority ... N/A" priorities -> not applicable', () => {
    const { ret, findings } = one(HFRS);
    expect(byPriority(ret)).toEqual({
      [ASB]: { status: 'complete', missing: [] },
      [DA]: { status: 'complete', missing: [] },
      [ROBBERY]: { status: 'not applicable', missing: [] },
      [CAR]: { status: 'not applicable', missing: [] },
    });
    expect(ret.complete).toBe(true);
    expect(ret.priorities[0].outputs[1].output.state).toBe('not applicable');
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  test('NHCCG (health): template text left, "Data to follow", N/A typed after the template words', () => {
    const { ret, findings } = one(CCG);
    expect(ret.agency).toBe('NHCCG');
    expect(byPriority(ret)).toEqual({
      [ASB]: { status: 'incomplete', missing: ['Output 1 impact', 'In year impact'] },
      [DA]: { status: 'incomplete', missing: ['Output 1 impact', 'In year impact'] },
      [ROBBERY]: { status: 'not applicable', missing: [] },
      [CAR]: { status: 'incomplete', missing: ['Output 1 impact', 'In year impact'] },
    });
    expect(ret.missing).toEqual(['How the partnership assisted']);
    expect(ret.complete).toBe(false);
    expect(ret.priorities[0].outputs[0].impact.state).toBe('pending');
    expect(findings.filter((f) => f.code === 'return-pending')).toHaveLength(2);
    // "Partner to complete" left above a real answer: an answer, with a note to delete the template words
    const car = ret.priorities[3];
    expect(car.partnership.state).toBe('given');
    expect(car.partnership.templateLeft).toBe(true);
    expect(findings.some((f) => f.code === 'return-template-left' && f.cell === car.partnership.cell)).toBe(true);
    const assist = findings.find((f) => f.code === 'return-template-text' && /How the partnership assisted/.test(f.message));
    expect(assist?.severity).toBe('warning');
    expect(assist?.cell).toBe('A8');
  });

  test('Garrison: labels without the Impact label, a missing Output 4, SWOT carried on after a gap', () => {
    const { ret } = one(GARRISON);
    expect(byPriority(ret)).toEqual({
      [ASB]: { status: 'complete', missing: [] },
      [DA]: { status: 'complete', missing: [] },
    });
    const asb4 = ret.priorities[0].outputs[3];
    expect(asb4.output.text).toBe('Trialling of parking restrictions in Service Family Accommodation areas.');
    expect(asb4.impact.text).toMatch(/^Strength – Families feel more secure/);
    expect(ret.priorities[1].outputs).toHaveLength(3);
    expect(ret.priorities[1].outputs[2].impact.text).toMatch(/deal with them\nThreat – N\/A$/);
  });

  test('an agency that filled everything -> complete', () => {
    const { ret, findings } = one(PROBATION_FILLED);
    expect(ret.priorities.map((p) => p.status)).toEqual(['complete', 'complete', 'complete', 'complete']);
    expect(ret.priorities.every((p) => p.missing.length === 0)).toBe(true);
    expect(ret.complete).toBe(true);
    expect(findings).toEqual([]);
  });
});

describe('readReturns: workbooks', () => {
  test('several agencies one under another on one sheet, in order', () => {
    const rows = [
      ['Partnership Plan 2019/20 Overview and Scrutiny Feedback'],
      [],
      ...SNH,
      [],
      ...HART_RUSHMOOR,
      ...BASINGSTOKE,
      [],
      [],
      ...HFRS,
      ...CCG,
      ['Community Safety Partnership Membership'],
      ['Hart District Council'],
    ];
    const { returns } = readReturns([grid('Scrutiny', rows)]);
    expect(returns.map((r) => [r.agency, r.complete])).toEqual([
      ['SNH Shared Community Safety Team', false],
      ['Hampshire Constabulary – Hart & Rushmoor', true],
      ['Hampshire Constabulary- Basingstoke and Deane', false],
      ['Hampshire Fire and Rescue Service', true],
      ['NHCCG', false],
    ]);
    expect(returns.every((r) => r.sheet === 'Scrutiny' && r.priorities.length === 4)).toBe(true);
    expect(returns[4].signature).toBe('J Berry');
    expect(returns[1].cell).toBe(`A${2 + SNH.length + 2}`);
  });

  test('one return per sheet; sheets without a proforma give nothing', () => {
    const plan = grid('Plan', [
      ['Priority', 'Action', 'Lead Agency'],
      ['Robbery', 'Patrols', 'Police'],
      ['Agency', 'Priority', 'Status'],
    ]);
    const { returns } = readReturns([plan, grid('Fire', HFRS), grid('CCG', CCG)]);
    expect(returns.map((r) => [r.sheet, r.agency])).toEqual([
      ['Fire', 'Hampshire Fire and Rescue Service'],
      ['CCG', 'NHCCG'],
    ]);
  });

  test('a paste that did not land in A1 reads the same, with cells where they are', () => {
    const { ret, findings } = one(offset(BASINGSTOKE, 3, 2));
    expect(byPriority(ret)[ROBBERY].missing).toEqual(['Output 1 impact', 'Output 2 impact', 'Output 3 impact', 'Output 4 impact', 'In year impact']);
    expect(ret.cell).toBe('C4');
    expect(findings.find((f) => f.code === 'return-template-text')?.cell).toMatch(/^F\d+$/);
  });

  test('labels with a colon, in any case, and "Label: value" in one cell', () => {
    const rows = [
      ['Priority feedback template:'],
      ['Agency: Hart District Council'],
      ['priority:', 'Robbery'],
      ['INSERT BELOW HOW YOU WORKED IN PARTNERSHIP OVER 2019/20 TO TACKLE THE ABOVE PRIORITY:'],
      ['Joint patrols with the police.'],
      ['Output 1: Joint patrols', null, 'impact:', 'S: visible presence. Robbery down 12%.'],
      ['In-year impact:', 'n/a'],
    ];
    const { ret } = one(rows);
    expect(ret.agency).toBe('Hart District Council');
    expect(ret.priorities[0]).toMatchObject({ priority: 'Robbery', status: 'complete', missing: [] });
    expect(ret.priorities[0].outputs[0].output.text).toBe('Joint patrols');
  });

  test("the plan's priorities: names aligned, a priority left out is listed, an unknown one reported", () => {
    const rows = [...HFRS.slice(0, HFRS.findIndex((r) => r[1] === ROBBERY) - 1), ['Priority', 'Burglary'], ['In year impact', 'N/A']];
    const { returns, findings } = readReturns([grid('Fire', rows)], { priorities: ['Anti-social behaviour', 'Domestic abuse', 'Robbery'] });
    expect(returns[0].priorities.map((p) => [p.priority, p.status, p.missing])).toEqual([
      ['Anti-social behaviour', 'complete', []],
      ['Domestic abuse', 'complete', []],
      ['Burglary', 'incomplete', ['How you worked in partnership', 'Output 1', 'Output 1 impact']],
      ['Robbery', 'incomplete', [WHOLE_PRIORITY]],
    ]);
    expect(returns[0].complete).toBe(false);
    expect(findings.map((f) => f.code)).toEqual(expect.arrayContaining(['return-priority-unknown', 'return-priority-absent']));
  });

  test('a return without an agency is still read, and says so', () => {
    const rows = [['PRIORITY FEEDBACK TEMPLATE'], ['AGENCY', null], ['Priority', 'Robbery'], ['In year impact', 'Down 5%']];
    const { ret, findings } = one(rows, 'Sheet1');
    expect(ret.missing).toContain('Agency');
    expect(ret.agency).toMatch(/agency not named/);
    expect(ret.complete).toBe(false);
    expect(findings.find((f) => f.code === 'return-no-agency')?.cell).toBe('B2');
    // one return per sheet, the sheet named after the agency: counted under the sheet's name
    const named = one(rows, 'Hart District Council');
    expect(named.ret.agency).toBe('Hart District Council');
    expect(named.ret.missing).not.toContain('Agency');
    expect(named.findings.find((f) => f.code === 'return-agency-from-sheet')?.severity).toBe('info');
  });

  test('label and answer in one cell (Alt+Enter), prompt and answer in one cell', () => {
    const rows = [
      ['PRIORITY FEEDBACK TEMPLATE'],
      ['AGENCY\nRushmoor Borough Council'],
      ['Please explain HOW the partnership has assisted your agency to achieve the priorities of our CSP. Joint patrols and shared data.'],
      ['Priority\nRobbery'],
      ['Insert below how you worked in partnership over 2019/20 to tackle the above priority,\ninclude details of any specific projects or partners work with.\nCCTV reviews with the police.'],
      ['Output 1\nCCTV reviews', 'Impact\nS: quick identification of suspects. 14 arrests.'],
      ['In year impact\nRobbery down from 58 to 49.'],
    ];
    const { ret } = one(rows);
    expect(ret.agency).toBe('Rushmoor Borough Council');
    expect(ret.assistance).toMatchObject({ text: 'Joint patrols and shared data.', state: 'given' });
    const p = ret.priorities[0];
    expect(p.priority).toBe('Robbery');
    expect(p.partnership.text).toBe('CCTV reviews with the police.');
    expect(p.outputs[0].output.text).toBe('CCTV reviews');
    expect(p.outputs[0].impact.text).toBe('S: quick identification of suspects. 14 arrests.');
    expect(p.inYearImpact.text).toBe('Robbery down from 58 to 49.');
    expect(p.status).toBe('complete');
  });

  test('merged label cells over the rows a Word cell became', () => {
    // Output 2's label and "Impact" merged over three rows; the text one paragraph a row
    const rows = [
      ['PRIORITY FEEDBACK TEMPLATE'],
      ['AGENCY', 'Hart District Council'],
      ['Priority', 'Domestic Abuse'],
      ['Insert below how you worked in partnership over 2019/20 to tackle the above priority'],
      ['Funding for the IDVA service.'],
      ['Output 1', 'IDVA funded', 'Impact', 'S: 120 victims supported'],
      ['Output 2', 'Training:', 'Impact', 'S: well attended'],
      [null, '6 sessions', null, 'W: capacity'],
      [null, '140 staff', null, 'T: funding'],
      ['In year impact', 'Repeat victims down 4%'],
    ];
    const g = grid('Return', rows);
    const merged = {
      ...g,
      merges: [
        { top: 7, left: 1, bottom: 9, right: 1 },
        { top: 7, left: 3, bottom: 9, right: 3 },
      ],
    };
    const { returns } = readReturns([merged]);
    const o2 = returns[0].priorities[0].outputs[1];
    expect(o2.output.text).toBe('Training:\n6 sessions\n140 staff');
    expect(o2.impact.text).toBe('S: well attended\nW: capacity\nT: funding');
    expect(o2.impact.cell).toBe('D7');
    expect(returns[0].priorities[0].status).toBe('complete');
    // no answer to "how the partnership has assisted your agency": the return is not complete
    expect(returns[0].missing).toEqual(['How the partnership assisted']);
    expect(returns[0].complete).toBe(false);
  });

  test('property: where the paste landed and blank rows between rows do not change the judgement', () => {
    const all = [SNH, HART_RUSHMOOR, BASINGSTOKE, HFRS, CCG, GARRISON, PROBATION_FILLED];
    const expected = all.map((rows) => readReturns([grid('R', rows)]).returns.map((r) => [r.agency, r.complete, r.priorities.map((p) => [p.status, p.missing])]));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: all.length - 1 }), fc.nat(6), fc.nat(3), fc.array(fc.nat(200), { maxLength: 8 }), (i, down, right, blanks) => {
        const rows = [...offset(all[i], down, right)];
        for (const at of blanks) rows.splice(Math.min(at, rows.length), 0, []);
        const got = readReturns([grid('R', rows)]).returns.map((r) => [r.agency, r.complete, r.priorities.map((p) => [p.status, p.missing])]);
        expect(got).toEqual(expected[i]);
      }),
      { numRuns: 150 },
    );
  });
});
