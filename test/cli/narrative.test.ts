/**
 * A narrative plan (seed 004 pasted from Word) on the command line: structure and build read it,
 * and returns-template --priority writes each task group's action plan with its activities.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { runCaptured } from '../support/cli';
import { Grid, makeGrid, CellValue } from '../../src/core/grid';
import { structurePlan } from '../../src/core/structure/structure';
import { seed004Grid } from '../fixtures/seed004';
import { gridsToXlsx } from '../fixtures/workbook';

const dir = mkdtempSync(path.join(os.tmpdir(), 'saferplan-narrative-'));
const TODAY = new Date(Date.UTC(2012, 5, 1));

const run = (args: string[]) => runCaptured(args, TODAY);

async function gridsOf(file: string): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => {
    const rows: CellValue[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      rows[r - 1] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = cell.value;
        rows[r - 1][c - 1] = v === null || v === undefined ? null : typeof v === 'object' && !(v instanceof Date) ? String((v as { text?: string }).text ?? '') : (v as CellValue);
      });
    });
    return makeGrid(
      ws.name,
      Array.from(rows, (r) => r ?? []),
    );
  });
}

let input: string;
beforeAll(async () => {
  input = path.join(dir, 'carlisle-eden-2012-13.xlsx');
  writeFileSync(input, await gridsToXlsx([seed004Grid()]));
});

test('structure --json reads the headline activities instead of failing with "no header row"', async () => {
  const r = await run(['structure', input, '--json']);
  expect(r.status).toBe(0);
  const json = JSON.parse(r.stdout) as { actions: { priority: string; source: { cell: string } }[]; issues: { code: string }[] };
  expect(json.actions.filter((a) => a.priority === 'Anti social behaviour')).toHaveLength(11);
  expect(json.actions.filter((a) => a.priority === 'Violent crime')).toHaveLength(10);
  expect(json.issues.filter((i) => i.code === 'activity-needs-lead').length).toBe(json.actions.length);
});

test('build writes the workbook', async () => {
  const out = path.join(dir, 'built.xlsx');
  const r = await run(['build', input, '-o', out]);
  expect(r.status).toBe(0);
  const names = (await gridsOf(out)).map((g) => g.sheet);
  expect(names).toEqual(expect.arrayContaining(['Partnership Plan', 'Summary', 'Actions', 'Issues']));
});

test('returns-template --priority writes a task group action plan that reads back as an action plan of that priority', async () => {
  const out = path.join(dir, 'asb-task-group.xlsx');
  const r = await run(['returns-template', input, '-o', out, '--priority', 'anti-social behaviour']);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('11 activities of Anti social behaviour');
  const grids = await gridsOf(out);
  expect(grids.map((g) => g.sheet)).toEqual(['Anti social behaviour plan']);
  const back = structurePlan(grids).plan.actions;
  expect(back).toHaveLength(11);
  expect(back.every((a) => a.priority === 'Anti social behaviour' && a.theme === 'To reduce anti social behaviour and criminal damage throughout Carlisle and Eden')).toBe(true);
  expect(back[0].action).toMatch(/^The Partnership will fully support the Multi Agency/);
  expect(back.every((a) => a.status === 'Not started' && a.leadAgency === null)).toBe(true);
});

test('returns-template --priority all gives one sheet per priority; an unknown priority is one clear line', async () => {
  const out = path.join(dir, 'all-task-groups.xlsx');
  expect((await run(['returns-template', input, '-o', out, '--priority', 'all'])).status).toBe(0);
  expect((await gridsOf(out)).map((g) => g.sheet)).toEqual(['Anti social behaviour plan', 'Violent crime plan', 'Domestic violence plan', 'Reducing re-offending plan']);
  const bad = await run(['returns-template', input, '-o', path.join(dir, 'x.xlsx'), '--priority', 'Burglary']);
  expect(bad.status).toBe(2);
  expect(bad.stderr.split('\n').filter((l) => l && !l.startsWith('Reading'))).toHaveLength(1);
  expect(bad.stderr).toContain('Anti social behaviour; Violent crime; Domestic violence; Reducing re-offending');
});
