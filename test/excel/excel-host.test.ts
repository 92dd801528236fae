import { ExcelHost } from '../../src/excel';
import { capabilitiesOf, excelRunOf, FakeExcel } from '../../src/excel/fake';
import { markComment } from '../../src/core/sheets/ownership';
import { utcDate } from '../../src/core/grid';
import { actionsSpec, summarySpec } from './specs';

function hostFor(fake: FakeExcel, extra: Partial<ConstructorParameters<typeof ExcelHost>[0]> = {}): ExcelHost {
  return new ExcelHost({ run: excelRunOf(fake), capabilities: capabilitiesOf(fake), ...extra });
}

function userWorkbook(): FakeExcel {
  return FakeExcel.fromJson({
    sheets: [
      {
        name: 'Plan 2009',
        rows: [
          ['Community Safety Plan', null, null],
          ['Ref', 'Action', 'Due'],
          ['1.1', 'Reduce ASB in the town centre', { date: '2010-03-31' }],
          ['1.2', { error: '#REF!' }, 40268],
        ],
        numberFormats: [[], [], [], [null, null, 'General']],
        merges: ['A1:C1'],
      },
      { name: 'Lists', rows: [['Red'], ['Green']], visibility: 'Hidden' },
    ],
  });
}

describe('ExcelHost.readGrids', () => {
  it('reads every sheet anchored at A1 with dates, errors, merges and hidden flags in two round trips', async () => {
    const fake = userWorkbook();
    const grids = await hostFor(fake).readGrids();
    expect(fake.syncCount).toBe(2);
    expect(grids.map((g) => g.sheet)).toEqual(['Plan 2009', 'Lists']);
    const plan = grids[0];
    expect(plan.rows[0]).toEqual(['Community Safety Plan', null, null]);
    expect(plan.rows[2]).toEqual(['1.1', 'Reduce ASB in the town centre', utcDate(2010, 3, 31)]);
    // A number in a General cell stays a number; an error stays a value.
    expect(plan.rows[3]).toEqual(['1.2', { error: '#REF!' }, 40268]);
    expect(plan.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
    expect(plan.generated).toBeUndefined();
    expect(grids[1].hidden).toBe(true);
  });

  it('reads a 10,000-row sheet in the same two round trips', async () => {
    const rows = Array.from({ length: 10_000 }, (_x, i) => [`Action ${i}`, i, { date: '2020-04-01' }]);
    const fake = FakeExcel.fromJson({
      sheets: [
        { name: 'Plan', rows },
        { name: 'Other', rows: [['x']] },
      ],
    });
    const grids = await hostFor(fake).readGrids();
    expect(fake.syncCount).toBe(2);
    expect(grids[0].rows[9_999]).toEqual(['Action 9999', 9999, utcDate(2020, 4, 1)]);
  });

  it('pads a used range that does not start at A1', async () => {
    const fake = FakeExcel.fromJson({ sheets: [{ name: 'S', rows: [[], [null, null, 'x', 1]] }] });
    const [g] = await hostFor(fake).readGrids();
    expect(g.rows).toEqual([[], [null, null, 'x', 1]]);
  });

  it('flags generated sheets by their SaferPlan_ names and reads empty sheets as empty', async () => {
    const fake = FakeExcel.fromJson({
      sheets: [
        { name: 'Plan', rows: [['a']] },
        { name: 'Actions', rows: [['Ref']] },
        { name: 'Blank', rows: [] },
      ],
      // The mark's comment records the first row SaferPlan wrote; the sheet still has it.
      names: [{ name: 'SaferPlan_Actions', ref: 'Actions!$A$1', comment: markComment({ key: 'Actions', rows: [['Ref']] }) }],
    });
    const grids = await hostFor(fake).readGrids();
    expect(grids.map((g) => [g.sheet, !!g.generated, g.rows.length])).toEqual([
      ['Plan', false, 1],
      ['Actions', true, 1],
      ['Blank', false, 0],
    ]);
  });

  it('reads without merged areas below ExcelApi 1.13, with a notice instead of a crash', async () => {
    const fake = FakeExcel.fromJson(
      {
        sheets: [
          {
            name: 'S',
            rows: [
              ['Title', null],
              ['a', 'b'],
            ],
            merges: ['A1:B1'],
          },
        ],
      },
      { apiVersion: '1.12' },
    );
    const host = hostFor(fake);
    const [g] = await host.readGrids();
    expect(g.merges).toEqual([]);
    expect(g.rows[1]).toEqual(['a', 'b']);
    expect(host.notices.join(' ')).toMatch(/merged/);
  });

  it('falls back to reading in row blocks when the answer is over the response limit', async () => {
    const rows = Array.from({ length: 400 }, (_x, i) => [`row ${i} `.padEnd(40, 'x'), i]);
    const fake = FakeExcel.fromJson({ sheets: [{ name: 'Big', rows }] }, { payloadLimitBytes: 8000 });
    const host = hostFor(fake, { readCellBudget: 100_000 });
    const [g] = await host.readGrids();
    expect(g.rows).toHaveLength(400);
    expect(g.rows[399]).toEqual([rows[399][0], 399]);
    expect(Math.max(...fake.responseBytes)).toBeGreaterThan(8000); // the first, refused answer
  });

  it('says what happened when a property read fails because it was not loaded', async () => {
    // A host written wrongly (reading before load and sync) fails loudly against the fake, as in Excel.
    const fake = userWorkbook();
    await expect(
      fake.run(async (ctx) => {
        const used = ctx.workbook.worksheets.getItem('Plan 2009').getUsedRange(true);
        used.load('values');
        return used.values;
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
  });
});

describe('ExcelHost.writeSheets', () => {
  it('creates marked sheets with tables, validations, conditional formats, freeze panes, charts and print settings', async () => {
    const fake = userWorkbook();
    const host = hostFor(fake);
    await host.writeSheets([summarySpec(), actionsSpec(5)]);
    // Calculation was suspended for every request that wrote (all but the first, which only looks).
    const writes = fake.requests.slice(1);
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((r) => r.calculationSuspended)).toBe(true);
    const d = fake.dump();
    expect(d.sheets.map((s) => s.name)).toEqual(['Plan 2009', 'Lists', 'Summary', 'Actions']);
    expect(d.names).toEqual(
      expect.arrayContaining([
        { name: 'SaferPlan_Summary', formula: '=Summary!$A$1' },
        { name: 'SaferPlan_Actions', formula: '=Actions!$A$1' },
      ]),
    );
    expect(d.names.some((n) => n.name.startsWith('SaferPlanBuild_'))).toBe(false);
    const actions = d.sheets[3];
    expect(actions.visibility).toBe('Visible');
    expect(actions.values[0]).toEqual(['Ref', 'Action', 'Lead', 'Due', 'Status', 'Progress']);
    // Text that looks like a formula stays text; dates arrive as dates; the column format applies below the header.
    expect(actions.values[1][1]).toBe('Action number 1 =not a formula');
    expect(actions.values[1][3]).toEqual(utcDate(2020, 2, 2));
    expect(actions.numberFormats[1][5]).toBe('0%');
    expect(actions.tables).toEqual([{ name: 'Actions', range: 'A1:F6', style: 'TableStyleMedium2' }]);
    expect(actions.validations).toEqual([expect.objectContaining({ range: 'E2:E6', rule: { list: { inCellDropDown: true, source: 'Blue,Red,Amber,Green' } } })]);
    expect(actions.conditionalFormats.map((c) => [c.range, c.rule.formula])).toEqual([
      ['E2:E6', '=E2="Red"'],
      ['A2:F6', '=AND($D2<>"",$D2<TODAY())'],
    ]);
    expect(actions.freeze).toEqual({ rows: 1, columns: 1 });
    expect(actions.columnWidths.B).toBeCloseTo((60 * 7 + 5) * 0.75);
    expect(actions.pageLayout).toMatchObject({ orientation: 'Landscape', printTitleRows: '1:1' });
    expect(actions.tabColor).toBe('#1F4E78');
    const summary = d.sheets[2];
    expect(summary.charts).toHaveLength(1);
    expect(summary.charts[0]).toMatchObject({ type: 'ColumnClustered', title: 'Actions by status', from: 'D2', to: 'K16', valueAxisTitle: 'Actions' });
    expect(summary.charts[0].series).toEqual([{ name: 'Actions', values: 'Summary!$B$2:$B$4', categories: 'Summary!$A$2:$A$4', color: '#4472C4' }]);
    expect(summary.values[4][0]).toBe('See actions');
    expect(summary.formulas.A5).toBe(`=HYPERLINK("#'Actions'!A1","See actions")`);
    expect(await host.generatedSheets()).toEqual({ Summary: 'Summary', Actions: 'Actions' });
  });

  it('regenerates in place: same name and position, one table and chart, user sheets untouched', async () => {
    const fake = userWorkbook();
    const host = hostFor(fake);
    await host.writeSheets([actionsSpec(5), summarySpec()]);
    // The user moves our Summary sheet to the front and adds a sheet after ours.
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Summary').position = 0;
      ctx.workbook.worksheets.add('Notes').getRange('A1').values = [['mine']];
    });
    const before = fake.dump();
    const userBefore = ['Plan 2009', 'Lists', 'Notes'].map((n) => JSON.stringify(before.sheets.find((s) => s.name === n)));
    await host.writeSheets([actionsSpec(8), summarySpec()]);
    const after = fake.dump();
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    const userAfter = ['Plan 2009', 'Lists', 'Notes'].map((n) => JSON.stringify(after.sheets.find((s) => s.name === n)));
    expect(userAfter).toEqual(userBefore);
    const actions = after.sheets.find((s) => s.name === 'Actions')!;
    expect(actions.values).toHaveLength(9);
    expect(actions.tables).toEqual([{ name: 'Actions', range: 'A1:F9', style: 'TableStyleMedium2' }]);
    expect(after.sheets.find((s) => s.name === 'Summary')!.charts).toHaveLength(1);
    expect(after.sheets.flatMap((s) => s.tables)).toHaveLength(1);
    expect(after.names.filter((n) => n.name.startsWith('SaferPlan'))).toHaveLength(2);
    expect(after.sheets.some((s) => s.name.startsWith('SaferPlan build'))).toBe(false);
  });

  it('never takes a user sheet name: a new generated sheet gets "(SaferPlan)"', async () => {
    const fake = FakeExcel.fromJson({ sheets: [{ name: 'Actions', rows: [['my own actions'], ['x']], tables: [{ name: 'Actions', range: 'A1:A2' }] }] });
    const host = hostFor(fake);
    await host.writeSheets([actionsSpec(2)]);
    expect(fake.sheetNames()).toEqual(['Actions', 'Actions (SaferPlan)']);
    expect(fake.rawValues('Actions')).toEqual([['my own actions'], ['x']]);
    expect(host.notices.join(' ')).toMatch(/already called 'Actions'/);
    // The user's table called Actions keeps its name; ours gets another.
    const d = fake.dump();
    expect(d.sheets[0].tables.map((t) => t.name)).toEqual(['Actions']);
    expect(d.sheets[1].tables.map((t) => t.name)).toEqual(['Actions_2']);
    expect(await host.generatedSheets()).toEqual({ Actions: 'Actions (SaferPlan)' });
  });

  it('chunks values by serialised size under the request limit', async () => {
    const fake = userWorkbook();
    fake.payloadLimitBytes = 60_000;
    const host = hostFor(fake, { requestBudgetBytes: 50_000 });
    await host.writeSheets([actionsSpec(2000)]);
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(60_000);
    expect(host.lastWrite!.writeRequests).toBeGreaterThan(5);
    const actions = fake.dump().sheets.find((s) => s.name === 'Actions')!;
    expect(actions.values).toHaveLength(2001);
    expect(actions.values[2000][0]).toBe('A2000');
  });

  it('shrinks and retries when Excel rejects a request as too large', async () => {
    const fake = userWorkbook();
    fake.payloadLimitBytes = 40_000;
    const host = hostFor(fake, { requestBudgetBytes: 300_000 });
    await host.writeSheets([actionsSpec(1500)]);
    expect(fake.requests.some((r) => r.error === 'RequestPayloadSizeLimitExceeded')).toBe(true);
    expect(host.lastWrite!.retries).toBeGreaterThan(0);
    expect(host.lastWrite!.budgetBytes).toBeLessThanOrEqual(40_000);
    const actions = fake.dump().sheets.find((s) => s.name === 'Actions')!;
    expect(actions.values).toHaveLength(1501);
  });

  it('keeps round trips constant in rows apart from value chunks (100 vs 10,000 rows)', async () => {
    const measure = async (n: number, budget?: number) => {
      const fake = userWorkbook();
      const host = hostFor(fake, budget ? { requestBudgetBytes: budget } : {});
      await host.writeSheets([actionsSpec(n), summarySpec()]);
      const bytes = fake.requests.slice(1, -1).reduce((t, r) => t + r.bytes, 0);
      return { syncs: fake.syncCount, writeRequests: host.lastWrite!.writeRequests, bytes };
    };
    const small = await measure(100);
    const large = await measure(10_000);
    // Look + content + swap: 10,000 rows fit one 4 MB request, so the count does not move at all.
    expect(small).toMatchObject({ syncs: 3, writeRequests: 1 });
    expect(large).toMatchObject({ syncs: 3, writeRequests: 1 });
    // With a smaller budget the only extra round trips are the content chunks, as many as the bytes need.
    const chunked = await measure(10_000, 300_000);
    expect(chunked.syncs - chunked.writeRequests).toBe(2);
    expect(chunked.writeRequests).toBeGreaterThanOrEqual(Math.ceil(chunked.bytes / 300_000));
    expect(chunked.writeRequests).toBeLessThanOrEqual(Math.ceil(chunked.bytes / 300_000) + 2);
  });

  it('chunks at the real 5 MB limit of Excel on the web', async () => {
    const fake = userWorkbook(); // default limit: 5 * 1024 * 1024 bytes
    const host = hostFor(fake); // default budget: 4 MB
    const spec = actionsSpec(12_000);
    spec.rows.forEach((r, i) => i > 0 && (r[1] = `${r[1]} `.padEnd(600, 'long action text ')));
    await host.writeSheets([spec]);
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(fake.requests.reduce((t, r) => t + r.bytes, 0)).toBeGreaterThan(5 * 1024 * 1024);
    expect(host.lastWrite!.writeRequests).toBeGreaterThanOrEqual(2);
    expect(fake.requests.some((r) => r.error)).toBe(false);
    expect(fake.dump().sheets.find((s) => s.name === 'Actions')!.values).toHaveLength(12_001);
  });

  it('leaves no half-built sheet and the old one intact when Excel fails mid-write', async () => {
    const fake = userWorkbook();
    const host = hostFor(fake);
    await host.writeSheets([actionsSpec(3)]);
    const before = fake.dump();
    fake.payloadLimitBytes = 30_000;
    const h2 = hostFor(fake, { requestBudgetBytes: 20_000 });
    fake.failSync(4, 'GeneralException', { applyOperations: 1 }); // inspect, marked sheets' first rows, first chunk, then a failing chunk
    await expect(h2.writeSheets([actionsSpec(1000)])).rejects.toMatchObject({ code: 'GeneralException', message: expect.stringMatching(/close and reopen/) });
    const after = fake.dump();
    expect(after).toEqual(before);
  });

  it('finishes the swap if it failed after the old sheet was deleted', async () => {
    const fake = userWorkbook();
    const host = hostFor(fake);
    await host.writeSheets([actionsSpec(3)]);
    // inspect, the marked sheet's first row, one content request, then the swap fails after its first operations.
    fake.failSync(4, 'GeneralException', { applyOperations: 4 });
    await expect(host.writeSheets([actionsSpec(4)])).rejects.toMatchObject({ code: 'GeneralException' });
    const d = fake.dump();
    expect(d.sheets.map((s) => s.name)).toEqual(['Plan 2009', 'Lists', 'Actions']);
    expect(d.sheets[2].values).toHaveLength(5);
    expect(await host.generatedSheets()).toEqual({ Actions: 'Actions' });
  });

  it('refuses a protected workbook with what to do, changing nothing', async () => {
    const fake = userWorkbook();
    fake.model.protected = true;
    const before = fake.dump();
    await expect(hostFor(fake).writeSheets([actionsSpec(2)])).rejects.toMatchObject({ code: 'WorkbookProtected', message: expect.stringMatching(/Review > Protect Workbook/) });
    expect(fake.dump()).toEqual(before);
  });

  it('refuses to replace a generated sheet the user protected', async () => {
    const fake = userWorkbook();
    const host = hostFor(fake);
    await host.writeSheets([actionsSpec(2)]);
    fake.sheet('Actions').protected = true;
    await expect(host.writeSheets([actionsSpec(3)])).rejects.toMatchObject({ code: 'SheetProtected', message: expect.stringMatching(/Unprotect Sheet/) });
    expect(fake.dump().sheets.find((s) => s.name === 'Actions')!.values).toHaveLength(3);
  });

  it('explains co-authoring conflicts and cell-edit mode, and cleans up', async () => {
    for (const code of ['Conflict', 'InvalidOperationInCellEditMode']) {
      const fake = userWorkbook();
      fake.failSync(2, code);
      const before = fake.dump();
      const err = await hostFor(fake)
        .writeSheets([actionsSpec(2)])
        .catch((e) => e);
      expect(err.code).toBe(code);
      expect(err.message).toMatch(code === 'Conflict' ? /someone else/i : /editing a cell/);
      expect(fake.dump()).toEqual(before);
    }
  });

  it('degrades on an older Excel: writes values and tables, skips what it cannot do, with notices', async () => {
    const fake = userWorkbook();
    const old = new FakeExcel({ apiVersion: '1.5' });
    old.model = fake.model;
    const host = hostFor(old);
    await host.writeSheets([actionsSpec(3), summarySpec()]);
    const d = old.dump();
    const actions = d.sheets.find((s) => s.name === 'Actions')!;
    expect(actions.values).toHaveLength(4);
    expect(actions.tables).toHaveLength(1);
    expect(actions.conditionalFormats).toEqual([]);
    expect(actions.validations).toEqual([]);
    expect(host.notices.join('\n')).toMatch(/ExcelApi 1.6[\s\S]*ExcelApi 1.8|ExcelApi 1.8[\s\S]*ExcelApi 1.6/);
  });

  it('refuses an Excel below ExcelApi 1.4 with a clear message', async () => {
    const fake = new FakeExcel({ apiVersion: '1.3' });
    fake.addSheet('S');
    await expect(hostFor(fake).writeSheets([actionsSpec(1)])).rejects.toMatchObject({ code: 'RequirementMissing' });
  });

  it('turns events off while writing and back on afterwards', async () => {
    const fake = userWorkbook();
    const seen: boolean[] = [];
    fake.onRequest = () => seen.push(fake.model.eventsEnabled);
    await hostFor(fake).writeSheets([actionsSpec(2)]);
    expect(seen.slice(1, -1).every((x) => x === false)).toBe(true);
    expect(fake.model.eventsEnabled).toBe(true);
  });

  it('removes sheets left over from an interrupted build', async () => {
    const fake = userWorkbook();
    const s = fake.addSheet('SaferPlan build 1');
    s.visibility = 'Hidden';
    fake.model.names.push({ name: 'SaferPlanBuild_1', target: { sheet: s, ref: { top: 1, left: 1, bottom: 1, right: 1 } }, comment: '', visible: true });
    expect((await hostFor(fake).readGrids()).find((g) => g.sheet === 'SaferPlan build 1')!.generated).toBe(true);
    await hostFor(fake).writeSheets([actionsSpec(2)]);
    expect(fake.sheetNames()).toEqual(['Plan 2009', 'Lists', 'Actions']);
  });

  it('reads back what it wrote as generated grids', async () => {
    const fake = userWorkbook();
    const host = hostFor(fake);
    await host.writeSheets([actionsSpec(3)]);
    const grids = await host.readGrids();
    const g = grids.find((x) => x.sheet === 'Actions')!;
    expect(g.generated).toBe(true);
    expect(g.rows[1]).toEqual(['A1', 'Action number 1 =not a formula', 'Police', utcDate(2020, 2, 2), 'Green', 1 / 3]);
  });
});
