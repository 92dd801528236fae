/**
 * The command line end to end on .xlsx files laid out like the seeds: JSON contracts, exit
 * statuses, bad input, build twice, and LibreOffice opening what we write.
 */
import { createHash } from 'crypto';
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runCaptured } from '../support/cli';
import { Grid, cellText } from '../../src/core/grid';
import { XlsxFileHost } from '../../src/file/xlsx-host';
import { seed000Grid } from '../fixtures/seed000';
import { seed001AsbGrid } from '../fixtures/seed001';
import { seed003Grid } from '../fixtures/seed003';
import { gridsToXlsx } from '../fixtures/workbook';
import { buildGrid } from '../fixtures/grid-builder';
import { HAS_SOFFICE, libreofficeConvert, onPath } from '../support/libreoffice';

const dir = mkdtempSync(path.join(os.tmpdir(), 'saferplan-cli-'));
const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts/summary');
const TODAY = new Date(Date.UTC(2005, 10, 30));

async function write(name: string, grids: Grid[]): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, await gridsToXlsx(grids));
  return file;
}

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

const run = (args: string[], today = TODAY) => runCaptured(args, today);

let seed000: string;
let seed001: string;
let seed003: string;

beforeAll(async () => {
  seed000 = await write('basingstoke-2009-10.xlsx', [seed000Grid()]);
  seed001 = await write('south-derbyshire-asb.xlsx', [seed001AsbGrid()]);
  seed003 = await write('derby-persistent-offending.xlsx', [seed003Grid()]);
});

describe('saferplan structure --json', () => {
  test.each([
    ['seed 000', () => seed000, 50],
    ['seed 001', () => seed001, 19],
    ['seed 003', () => seed003, 17],
  ])('%s gives the model.md JSON with every action', async (_name, file, count) => {
    const before = sha(file());
    const r = await run(['structure', file(), '--json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['actions', 'targets', 'issues']);
    expect(json.actions).toHaveLength(count);
    expect(Object.keys(json.actions[0])).toEqual(['ref', 'priority', 'strand', 'theme', 'action', 'leadOfficer', 'leadAgency', 'measure', 'timescale', 'start', 'due', 'status', 'flags', 'source']);
    for (const f of json.issues) expect(Object.keys(f)).toEqual(['severity', 'code', 'sheet', 'cell', 'message']);
    expect(sha(file())).toBe(before); // the input is never written
  });
});

describe('saferplan validate', () => {
  test('exit 0 with warnings only, 1 with errors, and --json gives { issues }', async () => {
    const ok = await run(['validate', seed003, '--json']);
    expect(ok.status).toBe(0);
    expect(Object.keys(JSON.parse(ok.stdout))).toEqual(['issues']);

    const bad = await write('bad-plan.xlsx', [
      buildGrid('Plan', [
        ['No', 'Action', 'Lead', 'Timescale', 'Status'],
        ['1.1', 'Do one thing', 'Community Safety Team', 'March 2006', 'Done-ish'],
        ['1.1', 'Do another thing', null, 'TBC', 'On track'],
      ]),
    ]);
    const r = await run(['validate', bad, '--json']);
    expect(r.status).toBe(1);
    const codes = JSON.parse(r.stdout).issues.map((i: { code: string; cell: string }) => `${i.code}@${i.cell}`);
    expect(codes).toEqual(expect.arrayContaining(['unknown-status@E2', 'duplicate-ref@A3', 'missing-lead@C3', 'unreadable-timescale@D3']));
    const status = JSON.parse(r.stdout).issues.find((i: { code: string }) => i.code === 'unknown-status');
    expect(status.message).toContain('Did you mean "Complete"?');
  });
});

describe('bad input: exit 2, one clear line, never a stack trace', () => {
  async function expectUnusable(file: string, pattern: RegExp) {
    const before = sha(file);
    for (const cmd of ['structure', 'validate']) {
      const r = await run([cmd, file, '--json']);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n').filter((l) => l.startsWith('saferplan'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(sha(file)).toBe(before);
  }

  test('not an xlsx', async () => {
    const f = path.join(dir, 'notes.xlsx');
    writeFileSync(f, 'Minutes of the meeting');
    await expectUnusable(f, /not an \.xlsx workbook/);
  });
  test('password-protected', async () => {
    const f = path.join(dir, 'locked.xlsx');
    writeFileSync(f, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    await expectUnusable(f, /password-protected/);
  });
  test('an empty workbook', async () => {
    await expectUnusable(await write('empty.xlsx', [buildGrid('Sheet1', [])]), /workbook is empty/);
  });
  test('a sheet of #REF!', async () => {
    const refs = Array.from({ length: 6 }, () => Array.from({ length: 5 }, () => ({ error: '#REF!' })));
    await expectUnusable(await write('refs.xlsx', [buildGrid('Sheet1', refs)]), /No sheet has a header row SaferPlan recognises/);
  });
  test('a missing file and a bad option', async () => {
    expect((await run(['structure', path.join(dir, 'nope.xlsx')])).stderr).toMatch(/no such file/);
    const r = await run(['structure', seed003, '--colour']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Unknown option '--colour'/);
  });
  test('cells of 32,767 characters and formulas are read, not fatal', async () => {
    const long = 'x'.repeat(32767);
    const f = await write('long.xlsx', [
      buildGrid('Plan', [
        ['No', 'Action', 'Lead', 'Timescale'],
        ['1.1', long, 'Police', 'March 2006'],
      ]),
    ]);
    const r = await run(['structure', f, '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).actions[0].action).toHaveLength(32767);
  });
});

async function chartCount(file: string): Promise<number> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).length;
}

async function valuesOf(file: string): Promise<Record<string, unknown[][]>> {
  const grids = await (await XlsxFileHost.open(file)).readGrids();
  return Object.fromEntries(grids.map((g) => [g.sheet, g.rows.map((r) => r.map((v) => (v instanceof Date ? v.toISOString() : v)))]));
}

describe('saferplan build', () => {
  test('building a built workbook gives the same sheets, charts and values; user sheets unchanged', async () => {
    const once = path.join(dir, 'built-once.xlsx');
    const twice = path.join(dir, 'built-twice.xlsx');
    const r1 = await run(['build', seed001, '-o', once]);
    expect(r1.status).toBe(0);
    const r2 = await run(['build', once, '-o', twice]);
    expect(r2.status).toBe(0);
    const [a, b, input] = await Promise.all([valuesOf(once), valuesOf(twice), valuesOf(seed001)]);
    expect(Object.keys(a)).toEqual(['ASB Action Plan', 'Summary', 'Actions', 'Data sharing', 'Issues', 'About']);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    expect(b).toEqual(a);
    expect(a['ASB Action Plan']).toEqual(input['ASB Action Plan']);
    expect(await chartCount(twice)).toBe(await chartCount(once));
    expect(await chartCount(once)).toBeGreaterThanOrEqual(2);
  });

  test("people's status updates in the Actions sheet survive a rebuild", async () => {
    const once = path.join(dir, 'edited-once.xlsx');
    await run(['build', seed003, '-o', once], new Date(Date.UTC(2003, 8, 1)));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(once);
    const ws = wb.getWorksheet('Actions')!;
    const header = (ws.getRow(1).values as unknown[]).map((v) => cellText((v ?? null) as never));
    const statusCol = header.indexOf('Status');
    const noteCol = header.indexOf('Progress note');
    ws.getRow(2).getCell(statusCol).value = 'Complete';
    ws.getRow(2).getCell(noteCol).value = 'Reported to the Strategy Implementation Group';
    const edited = path.join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const rebuilt = path.join(dir, 'edited-rebuilt.xlsx');
    expect((await run(['build', edited, '-o', rebuilt], new Date(Date.UTC(2003, 8, 1)))).status).toBe(0);
    const v = await valuesOf(rebuilt);
    expect(v.Actions[1][statusCol - 1]).toBe('Complete');
    expect(v.Actions[1][noteCol - 1]).toBe('Reported to the Strategy Implementation Group');
  });

  (HAS_SOFFICE ? test : test.skip)('LibreOffice opens every built workbook and draws the summary', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const [name, file] of [
      ['seed000', seed000],
      ['seed001', seed001],
      ['seed003', seed003],
    ] as const) {
      const out = path.join(ARTIFACTS, `${name}-built.xlsx`);
      expect((await run(['build', file, '-o', out])).status).toBe(0);
      const pdf = libreofficeConvert(out, 'pdf', ARTIFACTS);
      if (onPath('pdftotext')) {
        const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
        expect(text).toContain('Actions by priority and status');
      }
      if (onPath('pdftoppm') && name === 'seed001') {
        const pages = execFileSync('pdftotext', [pdf, '-']).toString().split('\f');
        const summaryPage = pages.findIndex((p) => p.includes('Actions at a glance')) + 1;
        expect(summaryPage).toBeGreaterThan(0);
        execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(summaryPage), '-l', String(summaryPage), '-singlefile', pdf, path.join(ARTIFACTS, 'summary-seed001')]);
      }
    }
  });
});

describe("people's edits follow their action, not its old cell", () => {
  test("rows inserted in the plan do not hand one action's status to another", async () => {
    const plan = (rows: (string | null)[][]) => buildGrid('Plan', [['No', 'Action', 'Lead', 'Timescale', 'Status'], ...rows]);
    const v1 = await write('edits-v1.xlsx', [
      plan([
        ['1.1', 'First', 'Police', 'March 2006', null],
        ['1.2', 'Second', 'Council', 'March 2006', null],
      ]),
    ]);
    const built = path.join(dir, 'edits-built.xlsx');
    expect((await run(['build', v1, '-o', built])).status).toBe(0);
    // An officer marks 1.1 Complete in the Actions sheet…
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(built);
    const actions = wb.getWorksheet('Actions')!;
    const header = (actions.getRow(1).values as unknown[]).map((x) => cellText((x ?? null) as never));
    actions.getRow(2).getCell(header.indexOf('Status')).value = 'Complete';
    // …and the analyst inserts a new action 1.0 above it in the plan.
    const plan2 = wb.getWorksheet('Plan')!;
    plan2.spliceRows(2, 0, ['1.0', 'A new first action', 'Fire', 'March 2006']);
    const edited = path.join(dir, 'edits-edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const rebuilt = path.join(dir, 'edits-rebuilt.xlsx');
    expect((await run(['build', edited, '-o', rebuilt])).status).toBe(0);
    const json = JSON.parse((await run(['structure', rebuilt, '--json'])).stdout);
    const status = Object.fromEntries(json.actions.map((a: { ref: string; status: string | null }) => [a.ref, a.status]));
    expect(status).toEqual({ '1.0': null, '1.1': 'Complete', '1.2': null });
  });
});
