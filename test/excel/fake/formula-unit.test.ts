/** The evaluator's subset on a hand-made sheet: criteria, blanks, element-wise arrays, errors for the unknown. */
import { FakeExcel } from '../../../src/excel/fake';
import { FormulaEvaluator } from '../../../src/excel/fake/formula/evaluate';

const fake = FakeExcel.fromGrids([
  {
    sheet: 'S',
    rows: [
      ['Priority', 'Status', 'Due', 'Actual'],
      ['Drugs * alcohol', 'Complete', 10, 5],
      ['Drugs and alcohol', null, 20, 'n/a'],
      [null, 'On track', 30, 7],
    ],
    merges: [],
  },
]);
fake.model.tables.push({ id: 99, name: 'T', sheet: fake.model.sheets[0], ref: { top: 1, left: 1, bottom: 4, right: 4 }, style: 'TableStyleMedium2' });
const ev = new FormulaEvaluator({ model: fake.model, today: 25 });
const f = (formula: string) => ev.formula(fake.model.sheets[0], formula);

test('COUNTIFS: exact text with escaped wildcards, wildcards, blanks, numbers against a cell', () => {
  expect(f('COUNTIFS(T[Priority],"=Drugs ~* alcohol")')).toBe(1);
  expect(f('COUNTIFS(T[Priority],"=Drugs*")')).toBe(2);
  expect(f('COUNTIFS(T[Priority],"=")')).toBe(1);
  expect(f('COUNTIFS(T[Due],"<"&TODAY(),T[Status],"complete")')).toBe(1);
  expect(f('COUNTIFS(T[Due],">="&(TODAY()-10),T[Due],"<="&(TODAY()+10))')).toBe(2);
});

test('SUMPRODUCT treats text as zero; comparisons are element-wise; blanks compare as ""', () => {
  expect(f('SUMPRODUCT(--(T[Status]="On track"),T[Actual])')).toBe(7);
  expect(f('SUMPRODUCT((T[Due]>10)*ISNUMBER(T[Actual]))')).toBe(1);
  expect(f('IF(B3="","blank","not")')).toBe('blank');
  expect(f('COUNTA(T[Status])')).toBe(2);
});

test('arithmetic, precedence and functions; unknown functions are #NAME?', () => {
  expect(f('1+2*3^2')).toBe(19);
  expect(f('-2^2')).toBe(4);
  expect(f('"a"&1&TRUE')).toBe('a1TRUE');
  expect(f('_xlfn.GAMMA.INV(0.975,11,1)') as number).toBeCloseTo(18.3903560420178, 9);
  expect(f('INT(2.7)+ABS(-1)+MAX(1,4)+SQRT(9)')).toBe(10);
  expect(f('XLOOKUP(1,A1:A2,B1:B2)')).toEqual({ error: '#NAME?' });
  expect(f('1/0')).toEqual({ error: '#DIV/0!' });
});
