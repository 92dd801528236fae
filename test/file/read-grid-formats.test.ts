/** A date cell read as the sheet shows it: a format without the day means the month (or the year). */
import ExcelJS from 'exceljs';
import { cellValueAsShown, readWorksheet } from '../../src/file/read-grid';
import { structurePlan } from '../../src/core/structure/structure';

const JUL09 = new Date(Date.UTC(2009, 6, 1));

describe('cellValueAsShown', () => {
  test.each([
    ['mmm-yy', 'July 2009'],
    ['mmmm yyyy', 'July 2009'],
    ['[$-809]mmm-yy;@', 'July 2009'],
    ['"Due "mmm yyyy', 'July 2009'],
    ['yyyy', '2009'],
  ])('a date formatted %s reads as %s', (fmt, shown) => {
    expect(cellValueAsShown(JUL09, fmt)).toBe(shown);
  });

  test.each(['dd/mm/yyyy', 'd-mmm-yy', 'mm-dd-yy', 'dddd d mmmm yyyy', 'hh:mm', 'mm:ss', 'General'])('a format %s that shows a day, a time or no year keeps the date', (fmt) => {
    expect(cellValueAsShown(JUL09, fmt)).toBe(JUL09);
  });

  test('only dates are touched', () => {
    expect(cellValueAsShown(40000, 'mmm-yy')).toBe(40000);
    expect(cellValueAsShown('Jul-09', 'mmm-yy')).toBe('Jul-09');
    expect(cellValueAsShown(JUL09, undefined)).toBe(JUL09);
  });
});

describe('a timescale typed "Jul-09" in a workbook', () => {
  async function planFrom(numFmt: string) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    ws.addRow(['Number', 'Recommendation', 'Responsibility', 'Anticipated Completion Date']);
    ws.addRow([1, 'Investigate joint work on non-emergency calls', 'Head of Community Protection', JUL09]);
    ws.getCell('D2').numFmt = numFmt;
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    return structurePlan([readWorksheet(back.getWorksheet('Plan')!, false)]).plan;
  }

  test('is due at the end of July 2009 when the cell shows only the month', async () => {
    const plan = await planFrom('mmm-yy');
    expect(plan.actions.map((a) => [a.timescale, a.due])).toEqual([['July 2009', '2009-07-31']]);
  });

  test('is due on the day itself when the cell shows the day', async () => {
    const plan = await planFrom('dd/mm/yyyy');
    expect(plan.actions.map((a) => a.due)).toEqual(['2009-07-01']);
  });

  test('a sheet SaferPlan generated is read as written', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Actions');
    ws.getCell('A1').value = JUL09;
    ws.getCell('A1').numFmt = 'mmm-yy';
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(readWorksheet(back.getWorksheet('Actions')!, true).rows[0][0]).toEqual(JUL09);
  });
});
