import { readFileSync } from 'fs';
import http from 'http';
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
    const grids = [
      makeGrid(
        'Plan',
        [
          ['Ref', 'Due'],
          ['1.1', new Date(Date.UTC(2005, 8, 30))],
        ],
        [parseRange('A1:B1')],
      ),
      { ...makeGrid('Actions', [['Ref']]), hidden: true },
    ];
    const json = workbookJson('plan.xlsx', grids, { Actions: 'Actions' });
    const fake = FakeExcel.fromJson(json);
    const dump = fake.dump();
    expect(dump.sheets[0].values[1][1]).toEqual(new Date(Date.UTC(2005, 8, 30)));
    expect(dump.sheets[0].merges).toEqual(['A1:B1']);
    expect(dump.sheets[1].visibility).toBe('Hidden');
    expect(dump.names).toEqual([{ name: 'SaferPlan_Actions', formula: '=Actions!$A$1' }]);
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
    const page = { Origin: server.url, 'Content-Type': 'application/octet-stream' };
    const ok = await fetch(`${server.url}/api/workbook`, { method: 'POST', body: readFileSync(SAMPLE_WORKBOOK), headers: { ...page, 'X-File-Name': encodeURIComponent('my plan.xlsx') } });
    expect((await ok.json()).name).toBe('my plan.xlsx');
    const bad = await fetch(`${server.url}/api/workbook`, { method: 'POST', body: 'Ref,Action\n1,Do it', headers: page });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/not an \.xlsx workbook/);
  });

  it('serves files from its folder and nothing outside it', async () => {
    expect((await fetch(`${server.url}/workbench-server.test.ts`)).status).toBe(200);
    expect((await fetch(`${server.url}/../../package.json`)).status).not.toBe(200);
    expect((await fetch(`${server.url}/%2e%2e/%2e%2e/package.json`)).status).not.toBe(200);
  });
});

/** One request with Node's http client, headers exactly as given (Host included). */
function request(
  url: string,
  o: { method?: string; path: string; headers?: Record<string, string>; body?: Buffer | string },
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, method: o.method ?? 'GET', path: o.path, headers: o.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(o.body);
  });
}

describe('workbench server against hostile requests', () => {
  let server: WorkbenchServer;
  let host: string;
  const xlsx = readFileSync(SAMPLE_WORKBOOK);
  beforeAll(async () => {
    server = await startWorkbenchServer({ root: __dirname });
    host = new URL(server.url).host;
  });
  afterAll(() => server.close());
  const upload = (headers: Record<string, string>) => request(server.url, { method: 'POST', path: '/api/workbook', headers: { Host: host, ...headers }, body: xlsx });

  it('takes an upload from the page itself: its own Origin, application/octet-stream', async () => {
    const ok = await upload({ Origin: server.url, 'Content-Type': 'application/octet-stream', 'Sec-Fetch-Site': 'same-origin' });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).sheets).toHaveLength(2);
    expect(ok.headers['access-control-allow-origin']).toBeUndefined();
    // localhost by name, on the same port, is the same workbench.
    const port = new URL(server.url).port;
    expect((await upload({ Host: `localhost:${port}`, Origin: `http://localhost:${port}`, 'Content-Type': 'application/octet-stream' })).status).toBe(200);
  });

  it('refuses a page on the web: a foreign Origin, another site, another port or scheme', async () => {
    for (const origin of ['https://evil.example', 'null', `https://${host}`, 'http://127.0.0.1:1']) {
      const r = await upload({ Origin: origin, 'Content-Type': 'application/octet-stream' });
      expect([origin, r.status]).toEqual([origin, 403]);
      expect(JSON.parse(r.body).error).toMatch(/Only the workbench page/);
    }
    expect((await upload({ Origin: server.url, 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'application/octet-stream' })).status).toBe(403);
    // A cross-origin GET of the sample is refused too.
    expect((await request(server.url, { path: '/api/workbook', headers: { Host: host, Origin: 'https://evil.example' } })).status).toBe(403);
  });

  it('refuses a foreign Host (DNS rebinding), for the API and the files', async () => {
    const r = await upload({ Host: 'evil.example', Origin: 'http://evil.example', 'Content-Type': 'application/octet-stream' });
    expect(r.status).toBe(403);
    expect((await request(server.url, { path: '/api/workbook', headers: { Host: `evil.example:${new URL(server.url).port}` } })).status).toBe(403);
    expect((await request(server.url, { path: '/workbench-server.test.ts', headers: { Host: 'localhost.evil.example' } })).status).toBe(403);
    expect((await request(server.url, { path: '/workbench-server.test.ts', headers: { Host: host } })).status).toBe(200);
  });

  it("refuses an upload without the page's Origin, or of another content type (what a form or a no-preflight fetch sends)", async () => {
    expect((await upload({ 'Content-Type': 'application/octet-stream' })).status).toBe(403);
    for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/json']) {
      const r = await upload({ Origin: server.url, 'Content-Type': type });
      expect([type, r.status]).toEqual([type, 415]);
    }
    expect((await request(server.url, { method: 'POST', path: '/api/workbook', headers: { Host: host, Origin: server.url }, body: xlsx })).status).toBe(415);
  });

  it('answers a malformed URL with 400 and keeps serving', async () => {
    for (const path of ['/%E0%A4%A', '/api/%E0%A4%A', '/%', '/a%zz']) {
      const r = await request(server.url, { path, headers: { Host: host } });
      expect([path, r.status]).toEqual([path, 400]);
    }
    const name = await upload({ Origin: server.url, 'Content-Type': 'application/octet-stream', 'X-File-Name': '%E0%A4%A' });
    expect(name.status).toBe(400);
    expect((await request(server.url, { path: '/api/workbook', headers: { Host: host } })).status).toBe(200);
  });
});

describe('the workbench dev server (webpack.config.js)', () => {
  it("mounts the API after webpack-dev-server's host and cross-origin checks, not ahead of them", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const configure = require('../../webpack.config.js') as (env: object, argv: object) => Promise<{ devServer: { setupMiddlewares: (m: { name: string }[]) => { name: string }[] } }>;
    const config = await configure({ WEBPACK_SERVE: true, workbench: true }, { mode: 'development' });
    const names = config.devServer.setupMiddlewares(['host-header-check', 'cross-origin-header-check', 'set-headers', 'webpack-dev-middleware'].map((name) => ({ name }))).map((m) => m.name);
    expect(names).toEqual(['host-header-check', 'cross-origin-header-check', 'saferplan-workbench-api', 'set-headers', 'webpack-dev-middleware']);
    expect(() => config.devServer.setupMiddlewares([{ name: 'webpack-dev-middleware' }])).toThrow(/cross-origin-header-check/);
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
