import { capabilitiesOf, excelRunOf, FakeExcel } from '../../src/excel/fake';
import type { ChangeEvent } from '../../src/taskpane/connector/connector';
import { changeHandlerCount, worksheetId } from '../../src/excel/fake/events';
import { ExcelConnector } from '../../src/taskpane/connector/excel-connector';
import { LiveValidation } from '../../src/taskpane/live/live-validation';
import { seed001AsbGrid } from '../fixtures/seed001';
import { ASB, CAR, CCG, DA, grid as returnGrid, HFRS, ROBBERY } from '../core/returns/seed002';

const seed001Grids = () => [seed001AsbGrid()];

const today = new Date(Date.UTC(2005, 10, 30));

function setup(apiVersion = '1.17') {
  const fake = FakeExcel.fromGrids(seed001Grids(), { apiVersion });
  const notices: string[] = [];
  const connector = new ExcelConnector({ run: excelRunOf(fake), capabilities: capabilitiesOf(fake), onNotice: (m) => notices.push(m) });
  return { fake, connector, notices };
}

/** Lets the in-memory Excel deliver its events (after the request, as Excel does) and the debounce run. */
const settle = (ms = 50) => new Promise((r) => setTimeout(r, ms));

describe('ExcelConnector on the in-memory Excel', () => {
  it('runs Structure through ExcelHost and writes the Actions sheet, in a constant number of round trips', async () => {
    const { fake, connector } = setup();
    const r = await connector.runCommand('structure', { today });
    expect(r.plan.actions.length).toBeGreaterThan(0);
    expect(fake.sheetNames()).toContain('Actions');
    expect(r.written[0]).toBe('Actions');
    expect(fake.syncCount).toBeLessThan(20);
  });

  it('returnPlan gives the plan\u2019s priorities for a partner return, reading only', async () => {
    const { fake, connector } = setup();
    const sheets = fake.sheetNames();
    const plan = await connector.returnPlan({ today });
    const structured = await connector.runCommand('validate', { today });
    const expected = [...new Set(structured.plan.actions.map((a) => a.priority).filter((p): p is string => !!p && p.trim() !== ''))];
    expect(plan.priorities.length).toBeGreaterThan(0);
    expect(plan.priorities.map((p) => p.toLowerCase())).toEqual(expect.arrayContaining(expected.map((p) => p.replace(/\s+/g, ' ').trim().toLowerCase())));
    expect(fake.sheetNames()).toEqual(sheets);
  });

  it('returnPlan of a workbook holding last year\u2019s returns, not the plan, gives the priorities they answered', async () => {
    const fake = FakeExcel.fromGrids([returnGrid('Fire', HFRS), returnGrid('CCG', CCG)]);
    const connector = new ExcelConnector({ run: excelRunOf(fake), capabilities: capabilitiesOf(fake), onNotice: () => undefined });
    const plan = await connector.returnPlan({ today });
    expect(plan.priorities).toEqual(expect.arrayContaining([ASB, DA, ROBBERY, CAR]));
    expect(plan.priorities.every((p) => !p.startsWith('('))).toBe(true);
  });

  it('Validate reads only: the workbook is the same afterwards', async () => {
    const { fake, connector } = setup();
    const before = JSON.stringify(fake.dump());
    const r = await connector.runCommand('validate', { today });
    expect(r.written).toEqual([]);
    expect(JSON.stringify(fake.dump())).toBe(before);
  });

  it('goes to a finding: activates its sheet and selects its cell in one round trip', async () => {
    const { fake, connector } = setup();
    const sheet = fake.sheetNames()[0];
    fake.resetCounters();
    await connector.selectCell(sheet, 'C7');
    expect(fake.syncCount).toBe(1);
    expect(fake.model.selection?.sheet.name).toBe(sheet);
    expect(fake.model.selection?.ref).toEqual({ top: 7, left: 3, bottom: 7, right: 3 });
    expect(fake.model.sheets.find((s) => s.id === fake.model.activeSheetId)?.name).toBe(sheet);
  });

  it('explains a bad sheet name instead of throwing Excel\u2019s raw error', async () => {
    const { connector } = setup();
    await expect(connector.selectCell('No such sheet', 'A1')).rejects.toMatchObject({ name: 'ExcelHostError' });
  });

  it('registers for edits once, however often the pane asks: one onChanged handler, every listener told of each edit', async () => {
    const { fake, connector } = setup();
    const heard: [string, ChangeEvent][] = [];
    const l = (c: ChangeEvent) => void heard.push(['l', c]);
    expect(await connector.watchChanges(l)).toBe(true);
    expect(await connector.watchChanges(l)).toBe(true);
    expect(await connector.watchChanges((c) => void heard.push(['m', c]))).toBe(true);
    expect(changeHandlerCount(fake.model)).toBe(1);
    const sheet = fake.sheetNames()[0];
    fake.edit(sheet, 'F36', 'Complete');
    await settle();
    const id = worksheetId(fake.sheet(sheet));
    expect(heard).toEqual([
      ['l', { source: 'Local', worksheet: id, address: 'F36' }],
      ['m', { source: 'Local', worksheet: id, address: 'F36' }],
    ]);
  });

  it('an Excel with worksheet events but not the collection\u2019s (1.7, 1.8) registers on each sheet', async () => {
    const { fake, connector } = setup('1.8');
    const heard: ChangeEvent[] = [];
    expect(await connector.watchChanges((c) => void heard.push(c))).toBe(true);
    expect(changeHandlerCount(fake.model)).toBe(fake.sheetNames().length);
    fake.edit(fake.sheetNames()[0], 'B2', 'x', 'Remote');
    await settle();
    expect(heard.map((c) => [c.source, c.address])).toEqual([['Remote', 'B2']]);
  });

  it('an Excel without events reports that it cannot watch edits, and never asks Excel for them', async () => {
    const fake = FakeExcel.fromGrids(seed001Grids(), { apiVersion: '1.6' });
    const connector = new ExcelConnector({ run: excelRunOf(fake), capabilities: capabilitiesOf(fake) });
    expect(await connector.watchChanges(() => undefined)).toBe(false);
    expect(fake.syncCount).toBe(0);
  });

  it('a registration Excel refuses is an error, not a quiet false', async () => {
    // Claims 1.9, but the Excel behind it is 1.8: the collection's onChanged fails with ApiNotFound.
    const fake = FakeExcel.fromGrids(seed001Grids(), { apiVersion: '1.8' });
    const connector = new ExcelConnector({ run: excelRunOf(fake), capabilities: { isSetSupported: () => true } });
    await expect(connector.watchChanges(() => undefined)).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('a co-author\u2019s (Remote) edit, raised by Excel\u2019s onChanged, re-validates once and never writes; our own writes raise nothing', async () => {
    const { fake, connector } = setup();
    const checks: number[] = [];
    const live = new LiveValidation({
      debounceMs: 5,
      revalidate: async () => {
        const r = await connector.runCommand('validate', { today });
        checks.push(r.findings.length);
      },
    });
    expect(await connector.watchChanges(live.onChange)).toBe(true);
    // Structure writes sheets with events switched off: no re-validation follows.
    await connector.runCommand('structure', { today });
    await settle();
    expect(checks).toEqual([]);
    const s0 = fake.syncCount;
    await connector.runCommand('validate', { today });
    const validateSyncs = fake.syncCount - s0;
    fake.resetCounters();
    fake.edit(fake.sheetNames()[0], 'A1', 'Edited by a colleague', 'Remote');
    const after = JSON.stringify(fake.dump());
    await settle();
    expect(checks.length).toBe(1);
    expect(JSON.stringify(fake.dump())).toBe(after);
    // Exactly the round trips of one read-only check: no write request followed.
    expect(fake.syncCount).toBe(validateSyncs);
  });
});
