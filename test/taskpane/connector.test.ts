import { capabilitiesOf, excelRunOf, FakeExcel } from '../../src/excel/fake';
import type { ChangeListener } from '../../src/taskpane/connector/connector';
import { ExcelConnector } from '../../src/taskpane/connector/excel-connector';
import { LiveValidation } from '../../src/taskpane/live/live-validation';
import { seed001AsbGrid } from '../fixtures/seed001';
import { ASB, CAR, CCG, DA, grid as returnGrid, HFRS, ROBBERY } from '../core/returns/seed002';

const seed001Grids = () => [seed001AsbGrid()];

const today = new Date(Date.UTC(2005, 10, 30));

function setup(apiVersion = '1.17') {
  const fake = FakeExcel.fromGrids(seed001Grids(), { apiVersion });
  let emit: ChangeListener = () => undefined;
  const notices: string[] = [];
  const connector = new ExcelConnector({ run: excelRunOf(fake), capabilities: capabilitiesOf(fake), onNotice: (m) => notices.push(m), changes: (l) => (emit = l) });
  return { fake, connector, emit: (c: Parameters<ChangeListener>[0]) => emit(c), notices };
}

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
    const connector = new ExcelConnector({ run: excelRunOf(fake), capabilities: capabilitiesOf(fake), onNotice: () => undefined, changes: () => undefined });
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

  it('registers for edits once, however often the pane asks', async () => {
    let registrations = 0;
    const fake = FakeExcel.fromGrids(seed001Grids());
    const connector = new ExcelConnector({ run: excelRunOf(fake), capabilities: capabilitiesOf(fake), changes: () => void registrations++ });
    const l = () => undefined;
    expect(await connector.watchChanges(l)).toBe(true);
    expect(await connector.watchChanges(l)).toBe(true);
    expect(await connector.watchChanges(() => undefined)).toBe(true);
    expect(registrations).toBe(1);
  });

  it('an Excel without events reports that it cannot watch edits, rather than failing', async () => {
    const fake = FakeExcel.fromGrids(seed001Grids(), { apiVersion: '1.6' });
    const connector = new ExcelConnector({ run: excelRunOf(fake), capabilities: capabilitiesOf(fake) });
    expect(await connector.watchChanges(() => undefined)).toBe(false);
  });

  it('a co-author\u2019s (Remote) edit re-validates and never writes', async () => {
    const { fake, connector, emit } = setup();
    await connector.runCommand('structure', { today });
    const checks: number[] = [];
    const live = new LiveValidation({
      debounceMs: 5,
      revalidate: async () => {
        const r = await connector.runCommand('validate', { today });
        checks.push(r.findings.length);
      },
    });
    await connector.watchChanges(live.onChange);
    const before = JSON.stringify(fake.dump());
    const s0 = fake.syncCount;
    await connector.runCommand('validate', { today });
    const validateSyncs = fake.syncCount - s0;
    fake.resetCounters();
    emit({ source: 'Remote', worksheet: fake.sheetNames()[0], address: 'A1' });
    await new Promise((r) => setTimeout(r, 50));
    expect(checks.length).toBe(1);
    expect(JSON.stringify(fake.dump())).toBe(before);
    // Exactly the round trips of one read-only check: no write request followed.
    expect(fake.syncCount).toBe(validateSyncs);
  });
});
