import { CellValue, Grid, parseA1, parseRange } from '../../../src/core/grid';
import { PLACEHOLDER, readReturns, returnTemplateSheetSpecs, returnSheetName } from '../../../src/core/returns';
import { SheetSpec, readBackValue } from '../../../src/core/sheets/spec';

const PLAN = {
  partnership: 'Safer North Hampshire',
  priorities: ['Anti-social behaviour', 'Domestic Abuse', 'Robbery'],
  period: '2019/20',
};

/** What a host would read back from the written sheet. */
function asGrid(spec: SheetSpec): Grid {
  const rows = spec.rows.map((r) => r.map((v): CellValue => readBackValue(v)));
  return { sheet: spec.name, rows, merges: [] };
}

function rowOf(spec: SheetSpec, label: string, nth = 1): number {
  let seen = 0;
  for (let i = 0; i < spec.rows.length; i++) if (spec.rows[i][0] === label && ++seen === nth) return i;
  throw new Error(`no row ${label} #${nth}`);
}

function set(spec: SheetSpec, cell: string, value: CellValue): void {
  const { row, col } = parseA1(cell);
  const r = spec.rows[row - 1] as CellValue[];
  while (r.length < col) r.push(null);
  r[col - 1] = value;
}

/** The answer row under the nth partnership prompt. */
function partnershipAnswerRow(spec: SheetSpec, nth: number): number {
  let seen = 0;
  for (let i = 0; i < spec.rows.length; i++) if (String(spec.rows[i][0] ?? '').startsWith('Insert below how you worked') && ++seen === nth) return i + 1;
  throw new Error('no prompt');
}

describe('returnTemplateSheetSpecs', () => {
  test('seed 002 layout: agency, name, role; per priority the partnership answer, Outputs 1-4 with Impact, In year impact', () => {
    const [spec] = returnTemplateSheetSpecs(PLAN, 'Hampshire Fire and Rescue Service');
    expect(spec.key).toBe('Returns');
    expect(spec.rows[0]).toEqual(['PRIORITY FEEDBACK TEMPLATE']);
    expect(spec.rows[1][0]).toBe('Safer North Hampshire: partner return for 2019/20');
    expect(spec.rows[rowOf(spec, 'AGENCY')]).toEqual(['AGENCY', 'Hampshire Fire and Rescue Service']);
    expect(spec.rows[rowOf(spec, 'NAME')][0]).toBe('NAME');
    expect(spec.rows[rowOf(spec, 'ROLE')][0]).toBe('ROLE');
    expect(spec.rows.filter((r) => r[0] === 'Priority').map((r) => r[1])).toEqual(PLAN.priorities);
    const o = rowOf(spec, 'Output 1', 2);
    expect(spec.rows.slice(o, o + 4).map((r) => [r[0], r[2]])).toEqual([1, 2, 3, 4].map((n) => [`Output ${n}`, 'Impact']));
    expect(spec.rows[o][3]).toBe(PLACEHOLDER.impact);
    expect(spec.rows[o + 4][0]).toBe('In year impact');
    expect(spec.rows.some((r) => typeof r[0] === 'string' && r[0].includes('over 2019/20 to tackle the above priority'))).toBe(true);
  });

  test('boxes to fill are yellow with prompts, placeholders turn grey, Yes/No and date rules', () => {
    const [spec] = returnTemplateSheetSpecs(PLAN, 'NHCCG');
    const yellow = (spec.styles ?? []).filter((s) => s.fill === '#FFF2CC').map((s) => parseRange(s.range));
    const isYellow = (cell: string) => {
      const { row, col } = parseA1(cell);
      return yellow.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
    };
    const o1 = rowOf(spec, 'Output 1') + 1;
    expect(isYellow(`B${o1}`)).toBe(true);
    expect(isYellow(`D${o1}`)).toBe(true);
    expect(isYellow(`C${o1}`)).toBe(false);
    expect(isYellow(`B${rowOf(spec, 'In year impact') + 1}`)).toBe(true);
    expect(isYellow(`B${rowOf(spec, 'NAME') + 1}`)).toBe(true);
    const applies = (spec.validations ?? []).filter((v) => v.type === 'list' && v.values.join() === 'Yes,No');
    expect(applies).toHaveLength(PLAN.priorities.length);
    expect(applies.every((v) => !!v.prompt)).toBe(true);
    const date = (spec.validations ?? []).find((v) => v.type === 'date');
    expect(date?.range).toBe(`B${rowOf(spec, 'Date') + 1}`);
    expect(date?.prompt).toMatch(/dd\/mm\/yyyy/);
    // each grey rule looks for the placeholder the box starts with
    for (const cf of spec.conditionalFormats ?? []) {
      const r = parseRange(cf.range);
      const value = String(spec.rows[r.top - 1][r.left - 1]);
      expect(cf.rule.type).toBe('expression');
      const probe = /SEARCH\("([^"]+)"/.exec((cf.rule as { formula: string }).formula)![1];
      expect(value.startsWith(probe)).toBe(true);
    }
  });

  test('round trip: the blank template reads as every priority incomplete', () => {
    const [spec] = returnTemplateSheetSpecs(PLAN, 'Hampshire Fire and Rescue Service');
    const { returns, findings } = readReturns([asGrid(spec)]);
    expect(returns).toHaveLength(1);
    const r = returns[0];
    expect(r.agency).toBe('Hampshire Fire and Rescue Service');
    expect(r.sheet).toBe(spec.name);
    expect(r.complete).toBe(false);
    expect(r.missing).toEqual(['How the partnership assisted']);
    expect(r.priorities.map((p) => [p.priority, p.status, p.missing])).toEqual(
      PLAN.priorities.map((p) => [p, 'incomplete', ['How you worked in partnership', 'Output 1', 'Output 1 impact', 'In year impact']]),
    );
    expect(findings.filter((f) => f.code === 'return-template-text' && f.severity === 'warning')).toHaveLength(1 + 4 * PLAN.priorities.length);
  });

  test('round trip: a filled template judges each priority', () => {
    const [spec] = returnTemplateSheetSpecs(PLAN, 'Hampshire Fire and Rescue Service');
    const b = (label: string, nth: number) => rowOf(spec, label, nth) + 1;
    set(spec, `B${b('NAME', 1)}`, 'Ryan Thurman');
    // the partnership's help to the agency
    const assist = spec.rows.findIndex((r) => String(r[0] ?? '').startsWith('Please explain HOW')) + 2;
    set(spec, `B${assist}`, 'Shared objectives help us reach people at risk of fire.');
    // 1: complete
    set(spec, `B${partnershipAnswerRow(spec, 1)}`, 'Schools education team and social media campaigns.');
    set(spec, `B${b('Output 1', 1)}`, 'Reduction in deliberate fires');
    set(spec, `D${b('Output 1', 1)}`, '668 deliberate fires in 19/20.');
    set(spec, `B${b('In year impact', 1)}`, 'Down from 743 in 18/19, a decrease of 10%.');
    // 2: an output without its impact, in-year left as template
    set(spec, `B${partnershipAnswerRow(spec, 2)}`, 'Safe and Well visits through the VOG.');
    set(spec, `B${b('Output 2', 2)}`, 'Safe and Well visits');
    // 3: does not apply
    set(spec, `B${b('Applies to our agency?', 3)}`, 'No');
    set(spec, `B${b('Date', 1)}`, new Date(Date.UTC(2020, 5, 18)));
    const { returns } = readReturns([asGrid(spec)]);
    const r = returns[0];
    expect(r.priorities.map((p) => [p.priority, p.status, p.missing])).toEqual([
      ['Anti-social behaviour', 'complete', []],
      ['Domestic Abuse', 'incomplete', ['Output 2 impact', 'In year impact']],
      ['Robbery', 'not applicable', []],
    ]);
    expect(r.name).toBe('Ryan Thurman');
    expect(r.date).toBe('18/06/2020');
    expect(r.missing).toEqual([]);
    expect(r.complete).toBe(false);
  });

  test('N/A typed in the partnership box makes the priority not applicable', () => {
    const [spec] = returnTemplateSheetSpecs({ partnership: null, priorities: ['Robbery'] }, 'NHCCG');
    set(spec, `B${partnershipAnswerRow(spec, 1)}`, 'N/A');
    const r = readReturns([asGrid(spec)]).returns[0];
    expect(r.priorities[0].status).toBe('not applicable');
    expect(spec.rows[1][0]).toBe('Partner return');
  });

  test('sheet names Excel accepts', () => {
    expect(returnSheetName('Hampshire Fire and Rescue Service')).toBe('Hampshire Fire and Rescue');
    expect(returnSheetName('Police: Hart/Rushmoor [North]')).toBe('Police Hart Rushmoor North');
    expect(returnSheetName('  ')).toBe('Priority feedback');
    expect(returnSheetName('Supercalifragilisticexpialidocious Borough')).toBe('Supercalifragilisticexpialidoci');
    expect(returnSheetName('x'.repeat(40)).length).toBe(31);
  });
});
