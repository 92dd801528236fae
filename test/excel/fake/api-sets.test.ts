import { utcDate } from '../../../src/core/grid';
import { FakeExcel } from '../../../src/excel/fake';
import { FAKE_API_SETS, FAKE_CLASSES, implementedMembers } from '../../../src/excel/fake/api-sets';
import { FakeCollection } from '../../../src/excel/fake/client-object';
import { officeApiSets } from '../../../src/workbench/tools/api-sets';

const normal = (v: string | { get: string; set: string }) => (typeof v === 'string' ? { get: v, set: v } : v);

/** What a fake class answers for: its members, what load() can deliver, and a collection's items. */
function membersOf(cls: (typeof FAKE_CLASSES)[number][0]): string[] {
  const proto = cls.prototype as { _readers(): Record<string, unknown> };
  const readers = Object.keys(proto._readers.call(Object.create(cls.prototype)));
  return [...new Set([...implementedMembers(cls), ...readers, ...(cls.prototype instanceof FakeCollection ? ['items'] : [])])];
}

const plan = (apiVersion: string) =>
  FakeExcel.fromGrids(
    [
      {
        sheet: 'Plan',
        rows: [
          ['Action', 'Due'],
          ['Patrols', utcDate(2020, 3, 31)],
        ],
        merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
      },
      { sheet: 'Notes', rows: [['n']], merges: [] },
    ],
    { apiVersion },
  );

describe('the in-memory Excel\u2019s requirement-set table', () => {
  it('names every member the fake implements, with the set @types/office-js gives it, and nothing else', () => {
    const office = officeApiSets();
    const implemented = FAKE_CLASSES.flatMap(([cls, type]) => membersOf(cls).map((m) => `${type}.${m}`));
    implemented.push('RequestContext.runtime', 'RequestContext.workbook');
    expect(implemented.filter((k) => !(k in FAKE_API_SETS))).toEqual([]);
    expect(Object.keys(FAKE_API_SETS).filter((k) => !implemented.includes(k))).toEqual([]);
    const disagree = Object.entries(FAKE_API_SETS)
      .filter(([k, v]) => JSON.stringify(normal(v)) !== JSON.stringify(office.get(k)))
      .map(([k, v]) => `${k}: table ${JSON.stringify(v)}, office-js ${JSON.stringify(office.get(k))}`);
    expect(disagree).toEqual([]);
    // The members the issue named: events, and 1.2 members once accepted at 1.1.
    expect(FAKE_API_SETS['Worksheet.onChanged']).toBe('1.7');
    expect(FAKE_API_SETS['WorksheetCollection.onChanged']).toBe('1.9');
    expect(FAKE_API_SETS['Worksheet.visibility']).toEqual({ get: '1.1', set: '1.2' });
    expect(FAKE_API_SETS['RangeFormat.columnWidth']).toBe('1.2');
  });
});

describe('a member above the configured set fails the request with ApiNotFound', () => {
  const apiNotFound = expect.objectContaining({ code: 'ApiNotFound' });

  it('an ...OrNullObject call with nothing loaded after it', async () => {
    await expect(
      plan('1.12').run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Plan').getRange().getMergedAreasOrNullObject();
        await ctx.sync();
      }),
    ).rejects.toEqual(apiNotFound);
    await expect(
      plan('1.3').run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Plan').getUsedRangeOrNullObject();
        await ctx.sync();
      }),
    ).rejects.toThrow(/Worksheet\.getUsedRangeOrNullObject needs ExcelApi 1\.4/);
    // At the set, the same calls answer.
    await plan('1.13').run(async (ctx) => {
      const merged = ctx.workbook.worksheets.getItem('Plan').getRange().getMergedAreasOrNullObject().load('address');
      await ctx.sync();
      expect(merged.address).toBe('Plan!A1:B1');
    });
  });

  it('1.2 members at 1.1: setting visibility, column widths, worksheet protection', async () => {
    const cases: [string, (ctx: Excel.RequestContext) => void][] = [
      ['Worksheet.visibility', (ctx) => void (ctx.workbook.worksheets.getItem('Plan').visibility = 'Hidden')],
      ['RangeFormat.columnWidth', (ctx) => void (ctx.workbook.worksheets.getItem('Plan').getRange('A:A').format.columnWidth = 40)],
      ['Worksheet.protection', (ctx) => void ctx.workbook.worksheets.getItem('Plan').protection.load('protected')],
      ['Range.merge', (ctx) => ctx.workbook.worksheets.getItem('Plan').getRange('A2:B2').merge()],
    ];
    for (const [member, use] of cases) {
      const fake = plan('1.1');
      await expect(
        fake.run(async (ctx) => {
          use(ctx as unknown as Excel.RequestContext);
          await ctx.sync();
        }),
      ).rejects.toThrow(`${member} needs ExcelApi 1.2`);
      await plan('1.2').run(async (ctx) => {
        use(ctx as unknown as Excel.RequestContext);
        await ctx.sync();
      });
    }
    // Reading visibility is 1.1.
    await plan('1.1').run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Plan').load('visibility');
      await ctx.sync();
      expect(ws.visibility).toBe('Visible');
    });
  });

  it('fails where it was used: what came before in the request is done (Excel does not roll back)', async () => {
    const fake = plan('1.12');
    await expect(
      fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Plan');
        ws.getRange('C1').values = [['before']];
        ws.getRange().getMergedAreasOrNullObject();
        ws.getRange('D1').values = [['after']];
        await ctx.sync();
      }),
    ).rejects.toEqual(apiNotFound);
    expect(fake.dump().sheets[0].values[0].slice(2)).toEqual(['before']);
  });

  it('load() with no paths gives what this Excel has; a named property it lacks fails', async () => {
    await plan('1.6').run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Plan').getRange('A1').load();
      await ctx.sync();
      expect(r.address).toBe('Plan!A1');
      expect(() => r.isEntireColumn).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
    await expect(
      plan('1.6').run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Plan').getRange('A1').load('isEntireColumn');
        await ctx.sync();
      }),
    ).rejects.toThrow('Range.isEntireColumn needs ExcelApi 1.7');
    // A property Excel has in no set is still InvalidArgument, as it was.
    await expect(
      plan('1.17').run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Plan').getRange('A1').load('nonsense');
        ctx.workbook.worksheets.load('count');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
