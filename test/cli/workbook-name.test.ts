/**
 * The file host knows the workbook's own name from the path it opened ("ASB Action Plan
 * 2023-24.xlsx", without the folder), and the command line hands it to the plan: the priority of
 * actions nothing in the sheet names, with a note saying it came from the name.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { XlsxFileHost } from '../../src/file/xlsx-host';
import { buildGrid } from '../fixtures/grid-builder';
import { gridsToXlsx } from '../fixtures/workbook';
import { runCaptured } from '../support/cli';

const dir = mkdtempSync(path.join(os.tmpdir(), 'saferplan-workbook-name-'));
const TODAY = new Date(Date.UTC(2023, 5, 1));
const NAME = 'ASB Action Plan 2023-24.xlsx';

/** The same paste, with no priority in its rows, saved under two names. */
let named: string;
let unnamed: string;
let bytes: Buffer;
beforeAll(async () => {
  bytes = await gridsToXlsx([
    buildGrid('Sheet1', [
      ['Action Plan'],
      ['Ref', 'Action', 'Lead', 'Timescale'],
      ['1', 'Deliver awareness training', 'Police', 'March 2024'],
      ['2', 'Run a diversionary summer scheme', 'Youth Service', 'August 2023'],
    ]),
  ]);
  mkdirSync(path.join(dir, 'Plans 2023'));
  named = path.join(dir, 'Plans 2023', NAME);
  unnamed = path.join(dir, 'Book1.xlsx');
  writeFileSync(named, bytes);
  writeFileSync(unnamed, bytes);
});

interface StructureJson {
  actions: { priority: string | null }[];
  issues: { severity: string; code: string; sheet: string; cell: string | null; message: string }[];
}

async function structure(file: string): Promise<StructureJson> {
  const r = await runCaptured(['structure', file, '--json'], TODAY);
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as StructureJson;
}

describe("the input's file name on the command line", () => {
  test('gives the priority when the rows do not, with an info note at the first action naming the file, not its folder', async () => {
    const json = await structure(named);
    expect(json.actions.map((a) => a.priority)).toEqual(['Anti-social Behaviour', 'Anti-social Behaviour']);
    const note = json.issues.find((i) => i.code === 'priority-from-workbook-name');
    expect(note).toMatchObject({ severity: 'info', sheet: 'Sheet1', cell: 'B3' });
    expect(note!.message).toContain(`"${NAME}"`);
    expect(note!.message).not.toContain('Plans 2023');
  });

  test('a name with no topic gives nothing', async () => {
    const json = await structure(unnamed);
    expect(json.actions.map((a) => a.priority)).toEqual([null, null]);
    expect(json.issues.map((i) => i.code)).not.toContain('priority-from-workbook-name');
  });

  test('returns-template asks about the priority the name gives', async () => {
    const out = path.join(dir, 'return.xlsx');
    const r = await runCaptured(['returns-template', named, '-o', out, '--agency', 'Police'], TODAY);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Anti-social Behaviour');
  });
});

describe("the file host's workbook name", () => {
  test('is the base name of the file it opened', async () => {
    expect((await XlsxFileHost.open(named)).workbookName()).toBe(NAME);
  });

  test('is the name given with bytes, else unknown; a new workbook has none', async () => {
    expect((await XlsxFileHost.fromBuffer(bytes, NAME)).workbookName()).toBe(NAME);
    expect((await XlsxFileHost.fromBuffer(bytes)).workbookName()).toBeNull();
    expect(XlsxFileHost.create().workbookName()).toBeNull();
  });
});
