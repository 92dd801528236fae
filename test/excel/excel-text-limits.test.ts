/**
 * Issue 11: the office.js host keeps to the limits the file writer keeps (src/core/grid/excel-text.ts):
 * at most 32,767 characters a cell, Word's line and page breaks as line breaks, other control
 * characters removed. The in-memory Excel refuses longer text, as Excel does.
 */
import { buildWorkbook } from '../../src/core/app/commands';
import { ExcelHost } from '../../src/excel';
import { FakeExcel, capabilitiesOf, excelRunOf } from '../../src/excel/fake';
import { buildGrid } from '../fixtures/grid-builder';

const TODAY = new Date(Date.UTC(2005, 10, 30));
const long = 'Provide diversionary activities for young people. '.repeat(900).trim();

test('a build with over-long text and control characters writes what a cell holds, and reports the cut', async () => {
  const fake = FakeExcel.fromGrids([
    buildGrid('Plan', [
      ['Ref', 'Action', 'Lead', 'Timescale'],
      ['1.1', 'Hotline\x0bopen weekdays\x0cand\x01weekends', 'Sue Haslett Police', 'March 2006'],
      ['1.2', long, 'Dave Simmonds CDRP Team', 'September 2005'],
    ]),
  ]);
  const host = new ExcelHost({ run: excelRunOf(fake), capabilities: capabilitiesOf(fake) });
  const result = await buildWorkbook(host, { today: TODAY });
  const actions = fake.dump().sheets.find((s) => s.name === 'Actions')!;
  const col = actions.values[0].indexOf('Action');
  const texts = actions.values.slice(1).map((r) => r[col] as string);
  expect(texts).toContain('Hotline\nopen weekdays\nand weekends');
  const cut = texts.find((t) => t.startsWith('Provide'))!;
  expect(cut).toHaveLength(32_767);
  expect(long.startsWith(cut)).toBe(true);
  expect(result.findings.filter((f) => f.code === 'text-cut' && f.sheet === 'Actions')).toHaveLength(1);
  const issues = fake.dump().sheets.find((s) => s.name === 'Issues')!;
  expect(issues.values.some((r) => r.includes('text-cut'))).toBe(true);
});

test('the in-memory Excel refuses text longer than a cell holds, as Excel does', async () => {
  const fake = FakeExcel.fromGrids([buildGrid('S', [['a']])]);
  await expect(
    excelRunOf(fake)(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1').values = [["'" + 'x'.repeat(32_768)]];
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidArgument' });
});
