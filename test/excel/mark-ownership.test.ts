/**
 * Issue 11: on the office.js host too, a SaferPlan_<Key> name makes a sheet ours only while the
 * record in its comment agrees with the sheet's first row (or, for a mark of an older build, the
 * first row is the fixed header of its key). A user's sheet is never taken, whatever names exist.
 */
import { buildWorkbook } from '../../src/core/app/commands';
import { ExcelHost } from '../../src/excel';
import { FakeExcel, capabilitiesOf, excelRunOf } from '../../src/excel/fake';
import { seed000Grid } from '../fixtures/seed000';
import { buildGrid } from '../fixtures/grid-builder';

const TODAY = new Date(Date.UTC(2005, 10, 30));
const userRows = [
  ['Meeting', 'Raised by', 'Issue'],
  ['3 March', 'Sue Haslett', 'CCTV in the market square is not recorded overnight'],
];

function hostOn(fake: FakeExcel): ExcelHost {
  return new ExcelHost({ run: excelRunOf(fake), capabilities: capabilitiesOf(fake) });
}

async function names(fake: FakeExcel): Promise<{ name: string; value: string; comment: string }[]> {
  return excelRunOf(fake)(async (context) => {
    const n = context.workbook.names.load('items/name,items/value,items/comment');
    await context.sync();
    return n.items.map((i) => ({ name: i.name, value: i.value as string, comment: i.comment }));
  });
}

const sheetOf = (fake: FakeExcel, name: string) => fake.dump().sheets.find((s) => s.name === name);

describe('a mark and the sheet must agree (office.js host, in-memory Excel)', () => {
  test.each([
    ['no comment', ''],
    ['a forged record', 'Written by SaferPlan. first row 0123456789abcdef'],
  ])("a SaferPlan_Issues name on a user's sheet (%s) does not make build take it", async (_label, comment) => {
    const fake = FakeExcel.fromGrids([seed000Grid(), buildGrid('Issues', userRows)]);
    await excelRunOf(fake)(async (context) => {
      context.workbook.names.add('SaferPlan_Issues', context.workbook.worksheets.getItem('Issues').getRange('A1'), comment);
      await context.sync();
    });
    await excelRunOf(fake)(async (context) => {
      context.workbook.worksheets.getItem('Issues').getRange('C2').format.fill.color = '#FF0000';
      await context.sync();
    });
    const userBefore = JSON.stringify(sheetOf(fake, 'Issues'));
    const host = hostOn(fake);
    expect(await host.generatedSheets()).toEqual({});
    const grids = await host.readGrids();
    // Read as the user's sheet it is: no generated flag, and its fill colours read like any other.
    expect(grids.find((g) => g.sheet === 'Issues')).toMatchObject({ rows: userRows, fills: [undefined, [undefined, undefined, '#FF0000']] });
    expect(grids.find((g) => g.sheet === 'Issues')?.generated).toBeUndefined();

    const first = await buildWorkbook(host, { today: TODAY });
    expect(first.written).toContain('Issues (SaferPlan)');
    expect(JSON.stringify(sheetOf(fake, 'Issues'))).toBe(userBefore);
    expect((await host.generatedSheets()).Issues).toBe('Issues (SaferPlan)');
    const mark = (await names(fake)).filter((n) => n.name === 'SaferPlan_Issues');
    expect(mark).toEqual([{ name: 'SaferPlan_Issues', value: "'Issues (SaferPlan)'!$A$1", comment: expect.stringMatching(/first row [0-9a-f]{16}/) }]);

    // Building again regenerates ours in place and leaves the user's sheet alone.
    const order = fake.dump().sheets.map((s) => s.name);
    await buildWorkbook(host, { today: TODAY });
    expect(fake.dump().sheets.map((s) => s.name)).toEqual(order);
    expect(JSON.stringify(sheetOf(fake, 'Issues'))).toBe(userBefore);
  });

  test('sheets of an older build (marks without a record) are still ours, and a Status typed into Actions is read back', async () => {
    const fake = FakeExcel.fromGrids([seed000Grid()]);
    const host = hostOn(fake);
    await buildWorkbook(host, { today: TODAY });
    const order = fake.dump().sheets.map((s) => s.name);
    for (const n of fake.model.names) n.comment = '';
    expect(await host.generatedSheets()).toMatchObject({ Actions: 'Actions', Issues: 'Issues', Summary: 'Summary' });

    const actions = sheetOf(fake, 'Actions')!;
    const status = actions.values[0].indexOf('Status');
    expect(status).toBeGreaterThan(0);
    await excelRunOf(fake)(async (context) => {
      context.workbook.worksheets.getItem('Actions').getRange().getCell(1, status).values = [['Complete']];
      await context.sync();
    });
    await buildWorkbook(host, { today: TODAY });
    expect(fake.dump().sheets.map((s) => s.name)).toEqual(order);
    expect(sheetOf(fake, 'Actions')!.values[1][status]).toBe('Complete');
    // The marks carry their record again.
    expect((await names(fake)).filter((n) => n.name.startsWith('SaferPlan_')).every((n) => /first row [0-9a-f]{16}/.test(n.comment))).toBe(true);
  });

  test("a changed header makes the sheet the user's: the next build writes ours beside it", async () => {
    const fake = FakeExcel.fromGrids([seed000Grid()]);
    const host = hostOn(fake);
    await buildWorkbook(host, { today: TODAY });
    await excelRunOf(fake)(async (context) => {
      context.workbook.worksheets.getItem('Issues').getRange('A1').values = [['My notes']];
      await context.sync();
    });
    const mine = JSON.stringify(sheetOf(fake, 'Issues'));
    expect((await host.generatedSheets()).Issues).toBeUndefined();
    await buildWorkbook(host, { today: TODAY });
    expect(JSON.stringify(sheetOf(fake, 'Issues'))).toBe(mine);
    expect((await host.generatedSheets()).Issues).toBe('Issues (SaferPlan)');
  });
});

test("a write that fails mid-swap never leaves a claimed user's sheet taken, and tidies up either way", async () => {
  const spec = {
    key: 'Issues' as const,
    name: 'Issues',
    rows: [
      ['Severity', 'Sheet', 'Cell', 'What is wrong and how to fix it', 'Code'],
      ['error', 'Plan', 'B2', 'A test finding', 'x'],
    ],
  };
  const finished = new Set<boolean>();
  // Sync 3 carries the content (a failure there rolls back); sync 4 is the swap (the new sheet is whole, so it is finished).
  const failures = [{ at: 3, applyOperations: 1 }, ...[0, 2, 4, 6, 8, 10].map((applyOperations) => ({ at: 4, applyOperations }))];
  for (const { at, applyOperations } of failures) {
    const fake = FakeExcel.fromGrids([seed000Grid(), buildGrid('Issues', userRows)]);
    await excelRunOf(fake)(async (context) => {
      context.workbook.names.add('SaferPlan_Issues', context.workbook.worksheets.getItem('Issues').getRange('A1'));
      await context.sync();
    });
    const userBefore = JSON.stringify(sheetOf(fake, 'Issues'));
    const host = hostOn(fake);
    // Look, the claimed sheet's first row, the content, then the swap.
    fake.failSync(at, 'GeneralException', { applyOperations });
    await expect(host.writeSheets([{ ...spec, name: 'Issues (SaferPlan)' }])).rejects.toMatchObject({ code: 'GeneralException' });
    expect(JSON.stringify(sheetOf(fake, 'Issues'))).toBe(userBefore);
    const names = fake.dump().sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith('SaferPlan build'))).toEqual([]);
    const ours = await host.generatedSheets();
    finished.add(names.includes('Issues (SaferPlan)'));
    if (names.includes('Issues (SaferPlan)')) expect(ours.Issues).toBe('Issues (SaferPlan)');
    else expect(ours.Issues).toBeUndefined();
  }
  // Both ways out were taken: rolled back, and finished.
  expect([...finished].sort()).toEqual([false, true]);
});
