/** Live cells in the file: the formula in <f>, newer functions prefixed _xlfn., core's value cached in <v>. */
import { SheetSpec } from '../../../src/core/sheets/spec';
import { fileFormula } from '../../../src/file/formula-text';
import { sheetBody } from '../../../src/file/sheet-xml/sheet-body';

test('newer functions get _xlfn., text in quotes and older functions do not', () => {
  expect(fileFormula('IF(A1>500,GAMMA.INV(0.975,A1+1,1),chisq.inv(0.025,4))')).toBe('IF(A1>500,_xlfn.GAMMA.INV(0.975,A1+1,1),_xlfn.CHISQ.INV(0.025,4))');
  expect(fileFormula('"GAMMA.INV(1)"&COUNTIFS(Actions[Status],"=Complete")')).toBe('"GAMMA.INV(1)"&COUNTIFS(Actions[Status],"=Complete")');
  expect(fileFormula('_xlfn.GAMMA.INV(0.5,2,1)')).toBe('_xlfn.GAMMA.INV(0.5,2,1)');
});

test('a formula cell carries its cached value, typed as the value is', () => {
  const spec: SheetSpec = {
    key: 'Summary',
    name: 'Summary',
    rows: [
      [
        { formula: 'COUNTIFS(Actions[Status],"=Complete")', cached: 3 },
        { formula: 'IF(B1="","",B1&" <ok>")', cached: 'x <ok>' },
        { formula: 'IF(A1=0,"",1)', cached: null },
        { formula: 'A1>2', cached: true },
        { formula: 'TODAY()', cached: new Date(Date.UTC(2005, 10, 30)) },
      ],
    ],
  };
  const grid = { rows: 1, columns: 5, ids: [0, 0, 0, 0, 0] };
  const xml = Buffer.concat(sheetBody(spec, grid as never, [0], false).sheetData).toString('utf8');
  expect(xml).toContain('<c r="A1"><f>COUNTIFS(Actions[Status],"=Complete")</f><v>3</v></c>');
  expect(xml).toContain('<c r="B1" t="str"><f>IF(B1="","",B1&amp;" &lt;ok&gt;")</f><v>x &lt;ok&gt;</v></c>');
  expect(xml).toContain('<c r="C1" t="str"><f>IF(A1=0,"",1)</f><v></v></c>');
  expect(xml).toContain('<c r="D1" t="b"><f>A1&gt;2</f><v>1</v></c>');
  expect(xml).toContain('<c r="E1"><f>TODAY()</f><v>38686</v></c>');
});
