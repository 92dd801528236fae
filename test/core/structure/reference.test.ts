import { parseRefCell, splitRefFromText } from '../../../src/core/structure/reference';
import { structurePlan } from '../../../src/core/structure/structure';

describe('reference grammar', () => {
  test.each([
    ['1', '1', []],
    ['1.1', '1.1', []],
    ['1.1.2', '1.1.2', []],
    ['1a', '1a', []],
    ['1(a)', '1(a)', []],
    ['1.a', '1.a', []],
    ['PA1)', 'PA1', []],
    ['EA1', 'EA1', []],
    ['A1', 'A1', []],
    ['Action 1', 'Action 1', []],
    ['ii', 'ii', []],
    ['(iv)', 'iv', []],
    ['IV', 'IV', []],
    ['1d*', '1d', ['*']],
    ['4.1 *', '4.1', ['*']],
    ['3 ▲', '3', ['▲']],
    ['2b †', '2b', ['†']],
    ['2.', '2', []],
    // A plan or register of a thousand actions or more.
    ['1000', '1000', []],
    ['1000.1', '1000.1', []],
    ['12345.678a', '12345.678a', []],
  ])('a cell holding %s is reference %s', (text, ref, markers) => {
    expect(parseRefCell(text)).toEqual({ ref, markers });
  });

  test.each(['Ongoing', 'Police', 'n/a', 'TBC', '1 April', 'mix', ''])('a cell holding "%s" is no reference', (text) => {
    expect(parseRefCell(text)).toBeNull();
  });

  test.each([
    ['1.1 Gain knowledge', '1.1', [], 'Gain knowledge'],
    ['1a Run a campaign', '1a', [], 'Run a campaign'],
    ['1(b) Run a campaign', '1(b)', [], 'Run a campaign'],
    ['1.c Run a campaign', '1.c', [], 'Run a campaign'],
    ['1d* Provide alley gates', '1d', ['*'], 'Provide alley gates'],
    ['PA1) Identify activities', 'PA1', [], 'Identify activities'],
    ['Action 3: Deliver training', 'Action 3', [], 'Deliver training'],
    ['(ii) Review the policy', 'ii', [], 'Review the policy'],
    ['iv. Review the policy', 'iv', [], 'Review the policy'],
    ['2) Publish', '2', [], 'Publish'],
    ['3* Publish', '3', ['*'], 'Publish'],
    ['4.2 ▲ Street pastors', '4.2', ['▲'], 'Street pastors'],
  ])('"%s" leads with reference %s', (text, ref, markers, rest) => {
    expect(splitRefFromText(text)).toEqual({ ref: { ref, markers }, rest });
  });

  test.each(['4 officers trained', '12 programmes', '1st April launch', 'i.e. the town centre', 'NI 17 Perceptions', 'I will report', 'Increase awareness'])(
    '"%s" has no reference in front',
    (text) => {
      expect(splitRefFromText(text).ref).toBeNull();
    },
  );
});

test('a plan past its 999th section keeps every action apart (refs 999.3, 1000.1, 1000.2)', () => {
  const rows: (string | null)[][] = [['No', 'Action', 'Lead', 'Timescale']];
  for (const section of [999, 1000, 1001])
    for (let item = 1; item <= 3; item++)
      rows.push([`${section}.${item}`, `To deliver action ${section}.${item}`, item === 2 ? 'Sue Haslett\nDerbyshire Constabulary' : 'Probation Service', 'March 2006']);
  const { plan } = structurePlan([{ sheet: 'Action Plan', rows, merges: [] }]);
  expect(plan.actions.map((a) => a.ref)).toEqual(['999.1', '999.2', '999.3', '1000.1', '1000.2', '1000.3', '1001.1', '1001.2', '1001.3']);
  expect(plan.actions.map((a) => a.leadAgency)).toEqual(Array.from({ length: 3 }, () => ['Probation Service', 'Derbyshire Constabulary', 'Probation Service']).flat());
});

describe('a lone letter leading the text', () => {
  test('is a reference only with its bracket', () => {
    expect(splitRefFromText('a) A full review be undertaken').ref?.ref).toBe('a');
    expect(splitRefFromText('(b) Audit the estates').ref?.ref).toBe('b');
    expect(splitRefFromText('A full review be undertaken').ref).toBeNull();
    expect(splitRefFromText('a. n. other to attend').ref).toBeNull();
  });
});
