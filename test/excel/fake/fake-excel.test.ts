import { FakeExcel } from '../../../src/excel/fake';
import { utcDate } from '../../../src/core/grid';

function twoSheets(): FakeExcel {
  return FakeExcel.fromGrids([
    {
      sheet: 'Plan',
      rows: [
        ['Action', 'Due'],
        ['Patrols', utcDate(2020, 3, 31)],
      ],
      merges: [],
    },
    { sheet: 'Notes', rows: [['n']], merges: [] },
  ]);
}

describe('in-memory Excel: loading and syncing', () => {
  it('throws PropertyNotLoaded on a read before load and sync, like Excel', async () => {
    const fake = twoSheets();
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Plan').getRange('A1:B2');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      r.load('values');
      // Loaded but not yet synced: still unavailable.
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(r.values).toEqual([
        ['Action', 'Due'],
        ['Patrols', 43921],
      ]);
      // Only what was loaded is readable.
      expect(() => r.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('loads collection items through paths and counts one round trip per sync', async () => {
    const fake = twoSheets();
    await fake.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name,items/position');
      expect(() => sheets.items).toThrow();
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.position])).toEqual([
        ['Plan', 0],
        ['Notes', 1],
      ]);
      expect(() => sheets.items[0].visibility).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.requestBytes).toHaveLength(1);
  });

  it('isNullObject is known only after a sync', async () => {
    const fake = twoSheets();
    await fake.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Nope');
      const there = ctx.workbook.worksheets.getItemOrNullObject('Notes');
      expect(() => missing.isNullObject).toThrow();
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
    });
  });

  it('queues writes and applies them at sync, in order', async () => {
    const fake = twoSheets();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Notes');
      ws.getRange('A1:B1').values = [['first', 1]];
      ws.getRange('A1').values = [['second']];
      expect(fake.sheet('Notes').cells.size).toBe(1); // nothing applied yet
      expect(fake.rawValues('Notes')).toEqual([['n']]);
      await ctx.sync();
      expect(fake.rawValues('Notes')).toEqual([['second', 1]]);
    });
  });

  it('reads in a request see the writes queued before them', async () => {
    const fake = twoSheets();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Notes');
      ws.getRange('C3').values = [['x']];
      const used = ws.getUsedRange(true).load('address');
      await ctx.sync();
      expect(used.address).toBe('Notes!A1:C3');
    });
  });

  it('keeps text with a leading apostrophe and converts numeric-looking text as Excel does', async () => {
    const fake = twoSheets();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Notes').getRange('A1:D1').values = [["'2019/20", '42', "'=not a formula", 'TRUE']];
    });
    expect(fake.rawValues('Notes')).toEqual([['2019/20', 42, '=not a formula', true]]);
  });

  it('rejects a values array whose shape does not match the range, at sync, with InvalidArgument', async () => {
    const fake = twoSheets();
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Notes').getRange('A1:B2').values = [['a', 'b']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(fake.rawValues('Notes')).toEqual([['n']]);
  });

  it('serialises Dates as text on the wire, so a host must write serial numbers', async () => {
    const fake = twoSheets();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Notes').getRange('A1').values = [[utcDate(2020, 1, 1) as unknown as string]];
    });
    expect(fake.rawValues('Notes')[0][0]).toBe('2020-01-01T00:00:00.000Z');
  });
});

describe('in-memory Excel: limits and failures', () => {
  it('rejects a request over the payload limit with RequestPayloadSizeLimitExceeded and applies nothing', async () => {
    const fake = FakeExcel.fromGrids([{ sheet: 'S', rows: [['keep']], merges: [] }], { payloadLimitBytes: 2000 });
    const big = Array.from({ length: 100 }, (_x, i) => [`row ${i} with some text`]);
    await expect(
      fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('S');
        ws.getRange('B1').values = [['small']];
        ws.getRange('A1:A100').values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.rawValues('S')).toEqual([['keep']]);
    expect(fake.maxRequestBytes).toBeGreaterThan(2000);
  });

  it('defaults to the 5 MB limit of Excel on the web', () => {
    expect(new FakeExcel().payloadLimitBytes).toBe(5 * 1024 * 1024);
  });

  it('rejects writes to a protected sheet with AccessDenied', async () => {
    const fake = twoSheets();
    fake.sheet('Plan').protected = true;
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Plan').getRange('A1').values = [['x']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fake.rawValues('Plan')[0][0]).toBe('Action');
  });

  it('rejects adding sheets when the workbook structure is protected', async () => {
    const fake = twoSheets();
    fake.model.protected = true;
    await expect(fake.run(async (ctx) => void ctx.workbook.worksheets.add('New'))).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fake.sheetNames()).toEqual(['Plan', 'Notes']);
  });

  it('fails an injected sync without rolling back the operations before the failure', async () => {
    const fake = twoSheets();
    fake.failSync(1, 'GeneralException', { applyOperations: 1 });
    await expect(
      fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Notes');
        ws.getRange('A1').values = [['one']];
        ws.getRange('A2').values = [['two']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect(fake.rawValues('Notes')).toEqual([['one']]);
  });

  it('refuses members above its requirement set with ApiNotFound', async () => {
    const fake = twoSheets();
    const old = FakeExcel.fromGrids([{ sheet: 'S', rows: [['a']], merges: [] }], { apiVersion: '1.12' });
    expect(old.isSetSupported('ExcelApi', '1.13')).toBe(false);
    expect(fake.isSetSupported('ExcelApi', '1.13')).toBe(true);
    await expect(
      old.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1:B2').getMergedAreasOrNullObject().load('address');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('in-memory Excel: objects', () => {
  it('reads merged areas, tables, names and charts back', async () => {
    const fake = FakeExcel.fromJson({
      sheets: [
        {
          name: 'My plan',
          rows: [
            ['Title', null],
            ['A', 1],
            ['B', 2],
          ],
          merges: ['A1:B1'],
        },
      ],
      names: [{ name: 'Marker', ref: "'My plan'!$A$1" }],
    });
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('My plan');
      const merged = ws.getRange().getMergedAreasOrNullObject().load('address');
      const t = ws.tables.add('A2:B3', true);
      t.name = 'Figures';
      const chart = ws.charts.add('ColumnClustered', ws.getRange('A2:B3'), 'Columns');
      chart.title.text = 'Figures';
      const names = ctx.workbook.names.load('items/name,items/formula');
      await ctx.sync();
      expect(merged.address).toBe("'My plan'!A1:B1");
      expect(names.items.map((n) => [n.name, n.formula])).toEqual([['Marker', "='My plan'!$A$1"]]);
    });
    const d = fake.dump().sheets[0];
    expect(d.tables).toEqual([{ name: 'Figures', range: 'A2:B3', style: 'TableStyleMedium2' }]);
    expect(d.charts[0].title).toBe('Figures');
    expect(d.charts[0].series).toHaveLength(1);
  });

  it('turns a name into #REF! when its sheet is deleted', async () => {
    const fake = twoSheets();
    await fake.run(async (ctx) => {
      ctx.workbook.names.add('SaferPlan_Actions', ctx.workbook.worksheets.getItem('Notes').getRange('A1'));
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Notes').delete();
    });
    expect(fake.dump().names).toEqual([{ name: 'SaferPlan_Actions', formula: '=#REF!$A$1' }]);
  });

  it('does not let the last visible sheet be hidden or deleted', async () => {
    const fake = FakeExcel.fromGrids([{ sheet: 'Only', rows: [['a']], merges: [] }]);
    await expect(fake.run(async (ctx) => void (ctx.workbook.worksheets.getItem('Only').visibility = 'Hidden'))).rejects.toMatchObject({ code: 'InvalidOperation' });
    await expect(fake.run(async (ctx) => ctx.workbook.worksheets.getItem('Only').delete())).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('refuses duplicate sheet and table names', async () => {
    const fake = twoSheets();
    await expect(fake.run(async (ctx) => void ctx.workbook.worksheets.add('plan'))).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    await expect(
      fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Plan');
        ws.tables.add('A1:B2', true).name = 'T';
        ws.getRange('D1:E2').values = [
          ['x', 'y'],
          [1, 2],
        ];
        ws.tables.add('D1:E2', true).name = 'T';
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  it('checks conditional format formulas and validation list lengths', async () => {
    const fake = twoSheets();
    await expect(
      fake.run(async (ctx) => {
        const cf = ctx.workbook.worksheets.getItem('Plan').getRange('A2:A3').conditionalFormats.add('Custom');
        cf.custom.rule.formula = 'A2>1';
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Plan').getRange('A2:A3').dataValidation.rule = { list: { inCellDropDown: true, source: 'x'.repeat(300) } };
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('loads a JSON model with dates, errors and hidden sheets, and dumps it back', () => {
    const fake = FakeExcel.fromJson({
      sheets: [
        { name: 'A', rows: [[{ date: '2021-04-01' }, { error: '#N/A' }, 3]] },
        { name: 'B', rows: [['x']], visibility: 'Hidden' },
      ],
    });
    const grids = fake.toGrids();
    expect(grids[0].rows[0]).toEqual([utcDate(2021, 4, 1), { error: '#N/A' }, 3]);
    expect(grids[1].hidden).toBe(true);
  });
});
