import { POLICE_UK } from '../support/shared';
import { createHash } from 'crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { importPolice } from '../../src/cli/commands/import-police';
import { CliIO } from '../../src/cli/io';
import { cellText, Grid } from '../../src/core/grid';
import { XlsxFileHost } from '../../src/file/xlsx-host';
import { progressSheetSpec, readProgress, recogniseTargets, targetsSheetSpec } from '../../src/core/targets';
import { seed001Grid } from '../core/targets/seed001-fixture';

const DATA = POLICE_UK;
const CSVS = readdirSync(DATA)
  .filter((f) => f.endsWith('-street.csv'))
  .sort()
  .map((f) => path.join(DATA, f));

function io(): CliIO & { outText: string[]; errText: string[] } {
  const outText: string[] = [];
  const errText: string[] = [];
  return { outText, errText, out: (t) => outText.push(t), err: (t) => errText.push(t), today: new Date(Date.UTC(2020, 0, 15)) };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'import-police-'));
const file = (n: string) => path.join(dir, n);

/** A plan with two count targets (one by financial year, one by calendar year) and a survey target. */
async function planWorkbook(out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  ws.addRows([
    ['Community Safety Plan 2018-21'],
    [],
    ['Criminal Damage - Strategic target to reduce criminal damage by 10% from 250 to 225 by 2020/21'],
    [],
    [null, '2018/19 Baseline', '2019/20', '2020/21 (Target)'],
    ['Crimes', 250, 238, 225],
    [],
    ['Burglary - Target: reduce burglary by 5% (baseline 2018: 300) by 2020'],
    [],
    ['Fear of crime - Strategic target to reduce residents feeling unsafe from 30% to 25% by 2020/21'],
    [null, '2018/19', '2019/20', '2020/21'],
    ['Survey', '30%', '28%', '25%'],
  ]);
  await wb.xlsx.writeFile(out);
}

function sheet(grids: Grid[], name: string): Grid {
  const g = grids.find((x) => x.sheet === name);
  if (!g) throw new Error(`no sheet ${name} in ${grids.map((x) => x.sheet).join(', ')}`);
  return g;
}

/** Progress rows as { "T1|Jan 2019": [actual, note] }. */
function progress(g: Grid): Map<string, [unknown, string]> {
  const out = new Map<string, [unknown, string]>();
  for (const r of g.rows.slice(1)) out.set(`${cellText(r[0])}|${cellText(r[2])}`, [r[3] ?? null, cellText(r[5])]);
  return out;
}

/** Independent count: lines of the files whose Crime type field equals the type, by month. */
function countLines(type: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of CSVS) {
    for (const line of readFileSync(f, 'utf8').split('\n').slice(1)) {
      if (!line.trim()) continue;
      const fields = line.split(',');
      if (fields[9] === type) out.set(fields[1], (out.get(fields[1]) ?? 0) + 1);
    }
  }
  return out;
}

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

describe('saferplan import-police', () => {
  test('puts 2019 police counts into Progress; a second import of the same months changes nothing', async () => {
    await planWorkbook(file('plan.xlsx'));
    const before = sha(file('plan.xlsx'));
    const a = io();
    expect(await importPolice([...CSVS, '--into', file('plan.xlsx'), '-o', file('out.xlsx')], a)).toBe(0);
    expect(sha(file('plan.xlsx'))).toBe(before);
    expect(a.outText.join('\n')).toContain('12 months of police data (2019-01 to 2019-12; City of London Police)');

    const grids = await (await XlsxFileHost.open(file('out.xlsx'))).readGrids();
    const rows = progress(sheet(grids, 'Progress'));
    const damage = countLines('Criminal damage and arson');
    const burglary = countLines('Burglary');
    expect(rows.get('T1|Jan 2019')![0]).toBe(damage.get('2019-01'));
    expect(rows.get('T1|Dec 2019')![0]).toBe(damage.get('2019-12'));
    // 2019/20 has only Apr-Dec: a note, no actual.
    expect(rows.get('T1|2019/20')![0]).toBeNull();
    expect(rows.get('T1|2019/20')![1]).toMatch(/so far from 9 of 12 months \(Apr 2019 to Dec 2019\)/);
    // Calendar year 2019 is complete: the sum of its months.
    const sum2019 = [...burglary.values()].reduce((x, y) => x + y, 0);
    expect(rows.get('T2|2019')![0]).toBe(sum2019);
    expect(rows.get('T2|2019')![1]).toMatch(/^data\.police\.uk: Burglary \(City of London Police\); sum of 12 months Jan 2019 to Dec 2019$/);
    // The survey target takes no counts.
    expect([...rows.keys()].filter((k) => k.startsWith('T3|'))).toEqual(['T3|2018/19', 'T3|2019/20', 'T3|2020/21']);
    expect(rows.get('T3|2019/20')![0]).toBeNull();
    expect(
      sheet(grids, 'Targets')
        .rows.slice(1)
        .map((r) => r[0]),
    ).toEqual(['T1', 'T2', 'T3']);

    const b = io();
    expect(await importPolice([...CSVS.slice(0, 3), '--into', file('out.xlsx'), '-o', file('out2.xlsx')], b)).toBe(0);
    const again = progress(sheet(await (await XlsxFileHost.open(file('out2.xlsx'))).readGrids(), 'Progress'));
    expect(again).toEqual(rows);
    expect(sheet(await (await XlsxFileHost.open(file('out2.xlsx'))).readGrids(), 'Progress').rows.length).toBe(sheet(grids, 'Progress').rows.length);
  });

  test('a Crime type mapping table in the workbook decides what counts', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Targets list').addRows([
      ['Id', 'Indicator', 'Baseline period', 'Baseline', 'Target period', 'Target'],
      ['NTE', 'Night-time economy disorder', 'Q4 2018/19', 100, 'Q3 2019/20', 90],
    ]);
    wb.addWorksheet('Crime type mapping').addRows([
      ['Crime type', 'Indicator'],
      ['Public order', 'NTE'],
      ['Violence and sexual offences', 'NTE'],
    ]);
    await wb.xlsx.writeFile(file('nte.xlsx'));
    const x = io();
    expect(await importPolice([...CSVS, '--into', file('nte.xlsx'), '-o', file('nte-out.xlsx')], x)).toBe(0);
    const rows = progress(sheet(await (await XlsxFileHost.open(file('nte-out.xlsx'))).readGrids(), 'Progress'));
    const po = countLines('Public order');
    const vso = countLines('Violence and sexual offences');
    const q = (ms: string[]) => ms.reduce((s, m) => s + (po.get(m) ?? 0) + (vso.get(m) ?? 0), 0);
    expect(rows.get('NTE|Q4 2018/19')![0]).toBe(q(['2019-01', '2019-02', '2019-03']));
    expect(rows.get('NTE|Q2 2019/20')![0]).toBe(q(['2019-07', '2019-08', '2019-09']));
  });

  test('a plan with no targets still gets its Police data sheet (type x month, quarter and financial-year totals), exit 0', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Plan').addRows([
      ['Action', 'Lead', 'Timescale'],
      ['Street pastors', 'Police', 'March 2020'],
    ]);
    await wb.xlsx.writeFile(file('no-targets.xlsx'));
    const x = io();
    expect(await importPolice([...CSVS, '--into', file('no-targets.xlsx'), '-o', file('no-targets-out.xlsx')], x)).toBe(0);
    expect(x.errText.join('\n')).toMatch(/no targets were found/);
    const grids = await (await XlsxFileHost.open(file('no-targets-out.xlsx'))).readGrids();
    expect(grids.map((g) => g.sheet)).toEqual(['Plan', 'Police data']);
    const g = sheet(grids, 'Police data');
    const header = g.rows[0].map((v) => cellText(v));
    expect(header.slice(0, 3)).toEqual(['Crime type', 'Jan 2019', 'Feb 2019']);
    // Quarters of the financial year (1 April, 1 July, 1 October, 1 January) and the years, part ones marked.
    expect(header.slice(13)).toEqual(['Q4 2018/19', 'Q1 2019/20', 'Q2 2019/20', 'Q3 2019/20', '2018/19 (to date)', '2019/20 (to date)']);
    const burglary = countLines('Burglary');
    const row = g.rows.find((r) => r[0] === 'Burglary')!;
    expect(row[1]).toBe(burglary.get('2019-01') ?? 0);
    const sum = (ms: string[]) => ms.reduce((s, m) => s + (burglary.get(m) ?? 0), 0);
    expect(row[header.indexOf('Q1 2019/20')]).toBe(sum(['2019-04', '2019-05', '2019-06']));
    expect(row[header.indexOf('2019/20 (to date)')]).toBe(sum(['2019-04', '2019-05', '2019-06', '2019-07', '2019-08', '2019-09', '2019-10', '2019-11', '2019-12']));
    const all = g.rows[g.rows.length - 1];
    expect(all[0]).toBe('All crime types');

    // A later import of fewer months keeps the months imported before.
    const y = io();
    expect(await importPolice([CSVS[0], '--into', file('no-targets-out.xlsx'), '-o', file('no-targets-out2.xlsx')], y)).toBe(0);
    const again = sheet(await (await XlsxFileHost.open(file('no-targets-out2.xlsx'))).readGrids(), 'Police data');
    expect(again.rows[0].map((v) => cellText(v))).toEqual(header);
    expect(again.rows).toEqual(g.rows);
  });

  test('exit 2 with one clear line: wrong header, missing CSV, unreadable workbook, bad arguments', async () => {
    await planWorkbook(file('plan2.xlsx'));
    const wrong = file('2019-01-outcomes.csv');
    writeFileSync(wrong, 'Crime ID,Month,Outcome type\nx,2019-01,y\n');
    const notXlsx = file('notes.xlsx');
    writeFileSync(notXlsx, 'just some text');
    const cases: [string[], RegExp][] = [
      [
        [wrong, '--into', file('plan2.xlsx'), '-o', file('o.xlsx')],
        /^saferplan import-police: 2019-01-outcomes\.csv is not a data\.police\.uk street-level crime file: its header is "Crime ID,Month,Outcome type"/,
      ],
      [[file('missing.csv'), '--into', file('plan2.xlsx'), '-o', file('o.xlsx')], /missing\.csv: no such file\.$/],
      [[CSVS[0], '--into', notXlsx, '-o', file('o.xlsx')], /notes\.xlsx/],
      [[CSVS[0], '--into', file('plan2.xlsx')], /usage: saferplan import-police/],
      [[CSVS[0], '--into', file('plan2.xlsx'), '-o', file('o.csv')], /must be an \.xlsx file/],
    ];
    for (const [args, message] of cases) {
      const x = io();
      expect(await importPolice(args, x)).toBe(2);
      const lines = x.errText.filter((l) => l.startsWith('saferplan import-police:'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(lines[0]).not.toContain('\n    at ');
    }
    expect(readdirSync(dir)).not.toContain('o.xlsx');
  });

  test('the Targets and Progress sheets it writes read back from .xlsx unchanged (seed 001 targets)', async () => {
    const first = recogniseTargets([seed001Grid()]);
    const host = XlsxFileHost.create();
    await host.writeSheets([targetsSheetSpec(first.targets), progressSheetSpec(first.targets, [])]);
    await host.save(file('seed001-targets.xlsx'));
    const grids = await (await XlsxFileHost.open(file('seed001-targets.xlsx'))).readGrids();
    expect(grids.map((g) => [g.sheet, g.generated])).toEqual([
      ['Targets', true],
      ['Progress', true],
    ]);
    // Read alone (no plan sheet), our Targets sheet gives back every target; sources point at the plan.
    const again = recogniseTargets(grids);
    expect(again.targets.map(({ stated, ...t }) => ({ ...t, stated: stated.map((m) => [m.period, m.value]) }))).toEqual(
      first.targets.map(({ stated, ...t }) => ({ ...t, stated: stated.map((m) => [m.period, m.value]), source: { sheet: 'Targets', cell: expect.stringMatching(/^C\d+$/) } })),
    );
    expect(readProgress(grids)).toHaveLength(9 * 5 + 4 * 4);
  });
});
