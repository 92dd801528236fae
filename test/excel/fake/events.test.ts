import { FakeExcel } from '../../../src/excel/fake';
import type { FakeChangedArgs } from '../../../src/excel/fake/events';

const book = (apiVersion = '1.17') =>
  FakeExcel.fromGrids(
    [
      { sheet: 'Plan', rows: [['Action']], merges: [] },
      { sheet: 'Notes', rows: [['n']], merges: [] },
    ],
    { apiVersion },
  );
const settle = () => new Promise((r) => setTimeout(r, 10));

describe('in-memory Excel: onChanged events', () => {
  it('delivers edits to the sheet\u2019s and the collection\u2019s handlers: a person\u2019s, a co-author\u2019s and the add-in\u2019s own writes', async () => {
    const fake = book();
    const sheet: FakeChangedArgs[] = [];
    const all: FakeChangedArgs[] = [];
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Plan').onChanged.add(async (e) => void sheet.push(e));
      ctx.workbook.worksheets.onChanged.add(async (e) => void all.push(e));
      await ctx.sync();
    });
    fake.edit('Plan', 'B2', 'typed');
    fake.edit('Notes', 'A1', 5, 'Remote');
    await settle();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Plan').getRange('C1:D2').values = [
        [1, 2],
        [3, 4],
      ];
      await ctx.sync();
      // Handlers run after the request has answered, not inside it.
      expect(all).toHaveLength(2);
    });
    await settle();
    expect(sheet.map((e) => [e.source, e.address])).toEqual([
      ['Local', 'B2'],
      ['Local', 'C1:D2'],
    ]);
    expect(all.map((e) => [e.source, e.address])).toEqual([
      ['Local', 'B2'],
      ['Remote', 'A1'],
      ['Local', 'C1:D2'],
    ]);
    expect(all[0]).toMatchObject({ type: 'WorksheetChanged', changeType: 'RangeEdited', worksheetId: '{00000001-0000-0000-0000-000000000000}' });
    expect(fake.dump().sheets[0].values[1][1]).toBe('typed');
  });

  it('raises nothing while the add-in has switched events off, or after a handler is removed', async () => {
    const fake = book();
    const heard: string[] = [];
    await fake.run(async (ctx) => {
      const handler = ctx.workbook.worksheets.onChanged.add(async (e) => void heard.push(e.address));
      await ctx.sync();
      ctx.runtime.enableEvents = false;
      ctx.workbook.worksheets.getItem('Plan').getRange('A2').values = [['quiet']];
      ctx.runtime.enableEvents = true;
      ctx.workbook.worksheets.getItem('Plan').getRange('A3').values = [['heard']];
      await ctx.sync();
      await settle();
      expect(heard).toEqual(['A3']);
      handler.remove();
      await ctx.sync();
    });
    fake.edit('Plan', 'A4', 'x');
    await settle();
    expect(heard).toEqual(['A3']);
  });

  it('registering needs ExcelApi 1.7 on a sheet and 1.9 on the collection, or the request fails with ApiNotFound', async () => {
    await expect(
      book('1.6').run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Plan').onChanged.add(async () => undefined);
        await ctx.sync();
      }),
    ).rejects.toThrow('Worksheet.onChanged needs ExcelApi 1.7');
    await expect(
      book('1.8').run(async (ctx) => {
        ctx.workbook.worksheets.onChanged.add(async () => undefined);
        await ctx.sync();
      }),
    ).rejects.toThrow('WorksheetCollection.onChanged needs ExcelApi 1.9');
    await book('1.7').run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Plan').onChanged.add(async () => undefined);
      await ctx.sync();
    });
  });
});
