/**
 * Two promises of the command line: it never writes its input, however -o reaches it (the same
 * path, a symbolic link, a hard link), and a fault of ours is told apart from a fault in the file.
 */
import { createHash } from 'crypto';
import { linkSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { runCaptured } from '../support/cli';
import { EXIT } from '../../src/cli/main';
import { seed001AsbGrid } from '../fixtures/seed001';
import { gridsToXlsx } from '../fixtures/workbook';
import { POLICE_UK } from '../support/shared';

const dir = mkdtempSync(path.join(os.tmpdir(), 'saferplan-overwrite-'));
const file = (n: string) => path.join(dir, n);
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

const run = (args: string[]) => runCaptured(args, new Date(Date.UTC(2005, 10, 30)));

let plan: string;
let csv: string;
beforeAll(async () => {
  plan = file('plan.xlsx');
  writeFileSync(plan, await gridsToXlsx([seed001AsbGrid()]));
  symlinkSync(plan, file('sym.xlsx'));
  linkSync(plan, file('hard.xlsx'));
  await run(['export', plan, '-o', file('share.csv')]);
  csv = file('share.csv');
  symlinkSync(csv, file('sym-share.csv'));
  linkSync(csv, file('hard-share.csv'));
});

describe('-o is compared with every input by file identity, not by its path string', () => {
  const cases: [string, () => string[]][] = [
    ['structure through a symbolic link', () => ['structure', plan, '-o', file('sym.xlsx')]],
    ['build through a hard link', () => ['build', plan, '-o', file('hard.xlsx')]],
    ['export through a symbolic link', () => ['export', plan, '-o', file('sym.xlsx')]],
    ['export through a hard link', () => ['export', plan, '-o', file('hard.xlsx')]],
    ['returns-template through a hard link', () => ['returns-template', plan, '-o', file('hard.xlsx'), '--agency', 'Fire']],
    ['returns-template through a symbolic link', () => ['returns-template', plan, '-o', file('sym.xlsx'), '--agency', 'Fire']],
    ['collate through a symbolic link', () => ['collate', csv, '-o', file('sym-share.csv')]],
    ['collate through a hard link', () => ['collate', csv, '-o', file('hard-share.csv')]],
    ['import-police into a hard link of the plan', () => ['import-police', path.join(POLICE_UK, '2019-01-city-of-london-street.csv'), '--into', plan, '-o', file('hard.xlsx')]],
  ];
  test.each(cases)('%s: refused with exit 2, input unchanged', async (_name, args) => {
    const before = [sha(plan), sha(csv)];
    const r = await run(args());
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/never writes its input/);
    expect([sha(plan), sha(csv)]).toEqual(before);
  });

  test('a new output beside the input is still written', async () => {
    expect((await run(['export', plan, '-o', file('fresh.csv')])).status).toBe(0);
    expect(readFileSync(file('fresh.csv'), 'utf8')).toMatch(/^\uFEFFschema_version/);
  });
});

describe('a fault of ours is not "unusable input"', () => {
  // Runs before any module is mocked below: the mocks reset jest's module registry.
  test('bad input, even with --debug, exits 2 with its one line', async () => {
    writeFileSync(file('notes.xlsx'), 'minutes of the meeting');
    const r = await run(['validate', file('notes.xlsx'), '--debug']);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/internal error/);
  });

  afterEach(() => jest.resetModules());

  function failingValidate() {
    jest.doMock('../../src/cli/commands/validate', () => ({
      validate: async () => {
        const o: { missing?: { field: string } } = {};
        return o.missing!.field.length; // a TypeError, as a bug of ours would throw
      },
    }));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('../../src/cli/main') as typeof import('../../src/cli/main');
  }

  test('exits 70 with a line asking for a report, and no stack trace without --debug', async () => {
    const { runCli: runFresh } = failingValidate();
    const err: string[] = [];
    const status = await runFresh(['validate', plan], { out: () => undefined, err: (t) => err.push(t), today: new Date() });
    expect(status).toBe(EXIT.internal);
    expect(status).toBe(70);
    const text = err.join('\n');
    expect(text).toMatch(/internal error/);
    expect(text).toMatch(/Please report it/);
    expect(text).not.toMatch(/\n\s+at /);
  });

  test('--debug, anywhere on the line, adds the stack', async () => {
    const { runCli: runFresh } = failingValidate();
    const err: string[] = [];
    const status = await runFresh(['--debug', 'validate', plan], { out: () => undefined, err: (t) => err.push(t), today: new Date() });
    expect(status).toBe(70);
    expect(err.join('\n')).toMatch(/TypeError[\s\S]*\n\s+at /);
  });
});
