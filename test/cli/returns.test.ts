import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { CliIO, UnusableInputError, UsageError } from '../../src/cli/io';
import { returns } from '../../src/cli/commands/returns';
import { makeReturnsTemplate, returnsTemplate } from '../../src/cli/commands/returns-template';
import { readReturns } from '../../src/core/returns';
import { XlsxFileHost } from '../../src/file/xlsx-host';
import { ASB, BASINGSTOKE, CAR, CCG, DA, HFRS, ROBBERY } from '../core/returns/seed002';

function fakeIO(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), today: new Date(Date.UTC(2020, 5, 30)) };
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'saferplan-returns-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** An .xlsx with the given sheets of rows, as a partner's pasted return would be. */
async function workbook(name: string, sheets: Record<string, (string | null)[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(sheet);
    rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  }
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('saferplan returns', () => {
  test('--json prints exactly { returns: [{ agency, sheet, complete, priorities: [{ priority, status, missing }] }] }', async () => {
    const a = await workbook('fire-and-health.xlsx', { Scrutiny: [...HFRS, [], ...CCG] });
    const b = await workbook('police.xlsx', { Basingstoke: BASINGSTOKE });
    const io = fakeIO();
    expect(await returns([a, b, '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout.join('\n'));
    expect(Object.keys(json)).toEqual(['returns']);
    expect(json.returns.map((r: { agency: string; sheet: string; complete: boolean }) => [r.agency, r.sheet, r.complete])).toEqual([
      ['Hampshire Fire and Rescue Service', 'Scrutiny', true],
      ['NHCCG', 'Scrutiny', false],
      ['Hampshire Constabulary- Basingstoke and Deane', 'Basingstoke', false],
    ]);
    expect(json.returns[0].priorities).toEqual([
      { priority: ASB, status: 'complete', missing: [] },
      { priority: DA, status: 'complete', missing: [] },
      { priority: ROBBERY, status: 'not applicable', missing: [] },
      { priority: CAR, status: 'not applicable', missing: [] },
    ]);
    expect(json.returns[2].priorities[0]).toEqual({ priority: ASB, status: 'incomplete', missing: ['Output 1 impact', 'Output 2 impact', 'Output 3 impact', 'In year impact'] });
    expect(io.stderr.some((l) => l.includes('police.xlsx: 1 return, 0 complete'))).toBe(true);
  });

  test('the human-readable result lists statuses, what is missing and where template text was left', async () => {
    const a = await workbook('health.xlsx', { CCG });
    const io = fakeIO();
    expect(await returns([a], io)).toBe(0);
    const out = io.stdout.join('\n');
    expect(out).toContain('NHCCG (');
    expect(out).toContain(`incomplete      ${DA}: missing Output 1 impact, In year impact`);
    expect(out).toContain(`not applicable  ${ROBBERY}`);
    expect(out).toMatch(/WARNING CCG!B\d+ +NHCCG, .*In year impact still holds the template text/);
  });

  test('unusable input: exit 2 with one clear line (thrown for the CLI shell to print)', async () => {
    const notXlsx = path.join(dir, 'notes.xlsx');
    await fs.writeFile(notXlsx, 'just text');
    await expect(returns([notXlsx], fakeIO())).rejects.toBeInstanceOf(UnusableInputError);
    const plan = await workbook('plan-only.xlsx', {
      Plan: [
        ['Priority', 'Action', 'Lead'],
        ['Robbery', 'Patrols', 'Police'],
      ],
    });
    await expect(returns([plan], fakeIO())).rejects.toThrow(/no partner return found/);
    await expect(returns([], fakeIO())).rejects.toBeInstanceOf(UsageError);
  });
});

describe('saferplan returns-template', () => {
  const priorities = ['Anti-social behaviour', 'Domestic abuse', 'Robbery'];
  const fixed = makeReturnsTemplate(() => ({ partnership: 'Safer North Hampshire', priorities, period: '2019/20' }));

  test('writes a blank return that reads back as every priority incomplete', async () => {
    const input = await workbook('plan.xlsx', { Plan: [['anything']] });
    const out = path.join(dir, 'fire-return.xlsx');
    const io = fakeIO();
    expect(await fixed([input, '-o', out, '--agency', 'Hampshire Fire and Rescue Service'], io)).toBe(0);
    const grids = await (await XlsxFileHost.open(out)).readGrids();
    const { returns: read } = readReturns(grids);
    expect(read).toHaveLength(1);
    expect(read[0].agency).toBe('Hampshire Fire and Rescue Service');
    expect(read[0].priorities.map((p) => [p.priority, p.status])).toEqual(priorities.map((p) => [p, 'incomplete']));
    expect(io.stdout.join('\n')).toContain('3 priorities');
  });

  test('a partner fills it in Excel; saferplan returns judges it', async () => {
    const input = await workbook('plan2.xlsx', { Plan: [['anything']] });
    const blank = path.join(dir, 'ccg-return.xlsx');
    expect(await fixed([input, '-o', blank, '--agency', 'NHCCG'], fakeIO())).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(blank);
    const ws = wb.worksheets[0];
    const rowsWith = (label: string) => {
      const found: number[] = [];
      ws.eachRow((row, n) => {
        if (String(row.getCell(1).value ?? '').startsWith(label)) found.push(n);
      });
      return found;
    };
    ws.getCell(rowsWith('Please explain HOW')[0] + 1, 2).value = 'Regular contact with the community safety officer.';
    const prompts = rowsWith('Insert below how you worked');
    const out1 = rowsWith('Output 1');
    const inYear = rowsWith('In year impact');
    ws.getCell(prompts[0] + 1, 2).value = 'High Intensity User model with SHFT.';
    ws.getCell(out1[0], 2).value = 'Reduced emergency presentations';
    ws.getCell(out1[0], 4).value = 'S: fewer repeat callers. 20% fewer presentations.';
    ws.getCell(inYear[0], 2).value = 'Presentations down from 310 to 248.';
    ws.getCell(prompts[1] + 1, 2).value = 'Awareness raised with health professionals.';
    ws.getCell(out1[1], 2).value = 'Safety of domestic abuse victims';
    ws.getCell(out1[1], 4).value = 'Data to follow';
    ws.getCell(rowsWith('Applies to our agency?')[2], 2).value = 'No';
    const filled = path.join(dir, 'ccg-filled.xlsx');
    await wb.xlsx.writeFile(filled);

    const io = fakeIO();
    expect(await returns([filled, '--json'], io)).toBe(0);
    const [r] = JSON.parse(io.stdout.join('\n')).returns;
    expect(r).toEqual({
      agency: 'NHCCG',
      sheet: 'NHCCG',
      complete: false,
      priorities: [
        { priority: 'Anti-social behaviour', status: 'complete', missing: [] },
        { priority: 'Domestic abuse', status: 'incomplete', missing: ['Output 1 impact', 'In year impact'] },
        { priority: 'Robbery', status: 'not applicable', missing: [] },
      ],
    });
  });

  test('priorities from the plan in IN.xlsx (structure engine)', async () => {
    const plan = await workbook('real-plan.xlsx', {
      'Action plan': [
        ['Priority', 'Action', 'Lead', 'Timescale'],
        ['Robbery', 'Targeted patrols in hotspot areas', 'Police', 'March 2020'],
        ['Domestic Abuse', 'Multi-agency training for practitioners', 'Community Safety Team', 'Ongoing'],
        ['Robbery', 'Education sessions in schools on knife crime', 'Police', 'December 2019'],
      ],
    });
    const out = path.join(dir, 'police-return.xlsx');
    expect(await returnsTemplate([plan, '-o', out, '--agency', 'Hampshire Constabulary'], fakeIO())).toBe(0);
    const { returns: read } = readReturns(await (await XlsxFileHost.open(out)).readGrids());
    expect(read[0].priorities.map((p) => p.priority)).toEqual(['Robbery', 'Domestic Abuse']);
  });

  test('bad arguments and inputs', async () => {
    const input = await workbook('plan3.xlsx', { Plan: [['anything']] });
    await expect(fixed([input, '--agency', 'X'], fakeIO())).rejects.toBeInstanceOf(UsageError);
    await expect(fixed([input, '-o', path.join(dir, 'x.xlsx')], fakeIO())).rejects.toThrow(/--agency/);
    await expect(fixed([input, '-o', input, '--agency', 'X'], fakeIO())).rejects.toThrow(/never writes its input/);
    const none = makeReturnsTemplate(() => ({ partnership: null, priorities: [] }));
    await expect(none([input, '-o', path.join(dir, 'y.xlsx'), '--agency', 'X'], fakeIO())).rejects.toThrow(/no priorities found/);
  });
});
