import { readFileSync } from 'fs';
import { makeGrid, parseRange } from '../../src/core/grid';
import { FakeExcel } from '../../src/excel/fake';
import { SAMPLE_WORKBOOK } from '../../src/workbench/server/api';
import { startWorkbenchServer, WorkbenchServer } from '../../src/workbench/server/serve';
import { cellJson, workbookJson } from '../../src/workbench/server/workbook-json';
import { typedValue } from '../../src/workbench/cell-edit';
import { formatCell } from '../../src/workbench/cell-format';
import { readParams } from '../../src/workbench/params';

describe('workbook JSON for the in-memory Excel', () => {
  it('tags dates and errors, keeps merges, hidden sheets and SaferPlan marks', () => {
    expect(cellJson(new Date(Date.UTC(2005, 8, 30)))).toEqual({ date: '2005-09-30' });
    expect(cellJson(new Date(Date.UTC(2005, 8, 30, 9, 30)))).toEqual({ date: '2005-09-30T09:30:00.000Z' });
    expect(cellJson({ error: '#REF!' })).toEqual({ error: '#REF!' });
    const grids = [makeGrid('Plan', [['Ref', 'Due'], ['1.1', new Date(Date.UTC(2005, 8, 30))]], [parseRange('A1:B1')]), { ...makeGrid('Actions', [['Ref']]), hidden: true }];
    const json = workbookJson('plan.xlsx', grids, { Actions: 'Actions' });
    const fake = FakeExcel.fromJson(json);
    const dump = fake.dump();
    expect(dump.sheets[0].values[1][1]).toEqual(new Date(Date.UTC(2005, 8, 30)));
    expect(dump.sheets[0].merges).toEqual(['A1:B1']);
    expect(dump.sheets[1].visibility).toBe('Hidden');
    expect(dump.names).toEqual([{ name: 'SaferPlan_Actions', formula: "=Actions!$A$1" }]);
  });
});

describe('workbench server', () => {
  let server: WorkbenchServer;
  beforeAll(async () => {
    server = await startWorkbenchServer({ root: __dirname });
  });
  afterAll(() => server.close());

  it('serves the sample workbook as JSON', async () => {
    const res = await fetch(`${server.url}/api/workbook`);
    expect(res.status).toBe(200);
    const json = await res.json();
    expect(json.name).toBe('south-derbyshire-2005-06.xlsx');
    expect(json.sheets.map((s: { name: string }) => s.name)).toEqual(['Targets 2005-06', 'ASB Action Plan']);
  });

  it('reads an uploaded .xlsx, and refuses a file that is not one', async () => {
    const ok = await fetch(`${server.url}/api/workbook`, { method: 'POST', body: readFileSync(SAMPLE_WORKBOOK), headers: { 'X-File-Name': encodeURIComponent('my plan.xlsx') } });
    expect((await ok.json()).name).toBe('my plan.xlsx');
    const bad = await fetch(`${server.url}/api/workbook`, { method: 'POST', body: 'Ref,Action\n1,Do it' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/not an \.xlsx workbook/);
  });

  it('serves files from its folder and nothing outside it', async () => {
    expect((await fetch(`${server.url}/workbench-server.test.ts`)).status).toBe(200);
    expect((await fetch(`${server.url}/../../package.json`)).status).not.toBe(200);
    expect((await fetch(`${server.url}/%2e%2e/%2e%2e/package.json`)).status).not.toBe(200);
  });
});

describe('workbench page settings and typing', () => {
  it('reads ?today, ?api and ?theme', () => {
    const p = readParams('?today=2005-11-30&api=1.7&theme=dark&live=200');
    expect(p.today.toISOString()).toBe('2005-11-30T00:00:00.000Z');
    expect(p.todayFixed).toBe(true);
    expect(p.apiVersion).toBe('1.7');
    expect(p.theme).toBe('dark');
    expect(p.liveDelayMs).toBe(200);
    expect(p.paneWidth).toBe(360);
    expect(readParams('?pane=320').paneWidth).toBe(320);
    expect(readParams('?pane=12').paneWidth).toBe(360);
    expect(readParams('?today=nonsense', new Date(2020, 0, 2)).today.toISOString()).toBe('2020-01-02T00:00:00.000Z');
  });

  it('takes typed values as Excel would', () => {
    expect(typedValue('42')).toBe(42);
    expect(typedValue('31/03/2006')).toEqual(new Date(Date.UTC(2006, 2, 31)));
    expect(typedValue('31/02/2006')).toBe('31/02/2006');
    expect(typedValue('Complete')).toBe('Complete');
    expect(typedValue(' ')).toBeNull();
  });
});

describe('grid cell text', () => {
  it('applies the number formats SaferPlan writes', () => {
    expect(formatCell(0.0526315789, '0%')).toBe('5%');
    expect(formatCell(0.158, '0.0%')).toBe('15.8%');
    expect(formatCell(1234.5, '#,##0')).toBe('1,235');
    expect(formatCell(58.25, '0.0')).toBe('58.3');
    expect(formatCell(19, 'General')).toBe('19');
    expect(formatCell(new Date(Date.UTC(2005, 8, 30)), 'dd/mm/yyyy')).toBe('30/09/2005');
  });
});
