/**
 * The command line as a user installs it: `npm pack`, then a global install of the tarball with
 * production dependencies only, then every command run through the installed `saferplan` bin as a
 * real process. This is what catches a bin that needs a devDependency (tsx) or a file left out of
 * the package.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { seed001AsbGrid } from '../fixtures/seed001';
import { seed003Grid } from '../fixtures/seed003';
import { seed001Grid as seed001TargetsGrid } from '../core/targets/seed001-fixture';
import { gridsToXlsx } from '../fixtures/workbook';
import { POLICE_UK } from '../support/shared';

const ROOT = path.resolve(__dirname, '../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'saferplan-pack-'));
const prefix = path.join(work, 'global');
const bin = path.join(prefix, 'bin', 'saferplan');
const file = (n: string) => path.join(work, n);
const npm = (args: string[], cwd = ROOT) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function run(args: string[]) {
  const r = spawnSync(bin, args, { encoding: 'utf8', env: { ...process.env, SAFERPLAN_TODAY: '2005-11-30', SAFERPLAN_DEBUG: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Kilobytes under a folder, as du counts them. */
function sizeKB(dir: string): number {
  return Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]);
}

let tarball: string;
beforeAll(async () => {
  tarball = path.join(work, npm(['pack', '--silent', '--pack-destination', work]).trim().split('\n').pop()!);
  // --prefer-offline: the packages come from the cache `npm ci` filled when there is one.
  npm(['install', '-g', '--prefix', prefix, '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], work);
  writeFileSync(file('asb.xlsx'), await gridsToXlsx([seed001AsbGrid()]));
  writeFileSync(file('derby.xlsx'), await gridsToXlsx([seed003Grid()]));
  writeFileSync(file('targets.xlsx'), await gridsToXlsx([seed001TargetsGrid()]));
}, 300_000);

describe('npm pack, then npm install -g of the tarball with production dependencies', () => {
  test('the package holds the compiled CLI and no TypeScript sources', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
    expect(listing).toContain('package/lib/cli/main.js');
    expect(listing.filter((f) => /\.tsx?$/.test(f))).toEqual([]);
  });

  test("the add-in's UI libraries stay out of the install, which is small", () => {
    const modules = path.join(prefix, 'lib', 'node_modules');
    const installed = readdirSync(path.join(modules, 'saferplan', 'node_modules'));
    for (const ui of ['@fluentui', 'react', 'react-dom', 'tsx', 'typescript']) expect(installed).not.toContain(ui);
    const mb = sizeKB(path.join(modules, 'saferplan')) / 1024;
    console.log(`saferplan production install: ${mb.toFixed(1)} MB`);
    expect(mb).toBeLessThan(80);
  });

  test('every command runs from the installed bin', () => {
    const trajectory = run(['trajectory', '--baseline', '1140', '--from', '2003/04', '--to', '2007/08', '--change', '-16%', '--rounding', 'floor', '--json']);
    expect(trajectory.status).toBe(0);
    expect(JSON.parse(trajectory.stdout).milestones.map((m: { value: number }) => m.value)).toEqual([1140, 1094, 1048, 1003, 957.6]);

    const structure = run(['structure', file('derby.xlsx'), '--json']);
    expect(structure.status).toBe(0);
    expect(JSON.parse(structure.stdout).actions).toHaveLength(17);

    expect(run(['validate', file('asb.xlsx')]).status).toBe(0);

    const build = run(['build', file('asb.xlsx'), '-o', file('asb-built.xlsx'), '--json']);
    expect(build.status).toBe(0);
    expect(JSON.parse(build.stdout).sheets).toContain('Summary');

    expect(run(['export', file('asb.xlsx'), '-o', file('share.csv'), '--depersonalise']).status).toBe(0);
    expect(readFileSync(file('share.csv'), 'utf8')).toMatch(/^\uFEFFschema_version,/);
    expect(run(['collate', file('share.csv'), '-o', file('collated.csv')]).status).toBe(0);

    const csv = readdirSync(POLICE_UK)
      .filter((f) => f.endsWith('-street.csv'))
      .sort()[0];
    expect(run(['import-police', path.join(POLICE_UK, csv), '--into', file('targets.xlsx'), '-o', file('targets-police.xlsx')]).status).toBe(0);

    expect(run(['returns-template', file('asb.xlsx'), '-o', file('return.xlsx'), '--agency', 'Fire and Rescue']).status).toBe(0);
    const returns = run(['returns', file('return.xlsx'), '--json']);
    expect(returns.status).toBe(0);
    expect(JSON.parse(returns.stdout).returns[0].agency).toBe('Fire and Rescue');

    for (const out of ['asb-built.xlsx', 'share.csv', 'collated.csv', 'targets-police.xlsx', 'return.xlsx']) expect(existsSync(file(out))).toBe(true);
  });

  test('bad input through the installed bin: exit 2, one line, no stack trace', () => {
    writeFileSync(file('minutes.xlsx'), 'not a workbook');
    const r = run(['validate', file('minutes.xlsx')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(
      r.stderr
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('saferplan')),
    ).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
