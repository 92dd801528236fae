/**
 * npm run bench [-- --json] [-- --sizes 1000,10000] [-- --no-indicators] [-- --police 1000000,4000000 | --no-police]
 *   [-- --hosts exceljs,core,file,office.js,awk]
 *
 * Generates plans of 1k, 10k and 100k actions and an indicators workbook (1,000 x 60 months) in a
 * temporary folder, then times structure, validate, build and export through the file host (the
 * CLI) and through the office.js host on the in-memory Excel, the pure engine alone, and ExcelJS
 * alone reading and writing the same files (the floor our file host cannot beat). Then
 * import-police over real-shaped data.police.uk street files of 1 and 4 million records, against
 * awk counting the same files. Every case runs in its own process, so peak memory is that case's
 * own. Prints a table and each goal of issue #17 beside its measure, or with --json an array of
 * { name, host, rows, ms, syncs, payloadBytes, maxRequestBytes, peakRssMB, ... }.
 */
import { spawn } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { BenchCase, CaseFigures, Command, Host } from './case';
import { indicatorGrids, planRows, writeXlsx } from './generate';
import { writeStreetFiles } from './police';
import { formatGoals, formatTable, Row } from './table';

const ROOT = path.resolve(__dirname, '..', '..');
const TODAY = '2022-06-30';
/** A case that runs longer than this is reported as timed out, so the whole run stays bounded. */
const CASE_TIMEOUT_MS = 150_000;

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function runChild(c: BenchCase): Promise<CaseFigures | { error: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'case.ts'), JSON.stringify(c)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), CASE_TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const last = out.trim().split('\n').pop() ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as CaseFigures);
      else resolve({ error: signal === 'SIGKILL' ? `timed out after ${CASE_TIMEOUT_MS / 1000} s` : (err.trim().split('\n')[0] ?? `exit ${code}`) });
    });
  });
}

const COMMANDS: Command[] = ['structure', 'validate', 'build', 'export'];
/** Which ExcelJS floor each command is compared with: reading only, or reading and writing. */
const FLOOR: Record<string, Command> = { validate: 'read', export: 'read', structure: 'read+write', build: 'read+write', 'import-police': 'count crime types' };

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const sizes = (argValue('--sizes') ?? '1000,10000,100000')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  const indicators = !process.argv.includes('--no-indicators');
  const police = process.argv.includes('--no-police')
    ? []
    : (argValue('--police') ?? '1000000,4000000')
        .split(',')
        .map(Number)
        .filter((n) => n > 0);
  const hosts = argValue('--hosts')?.split(',');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'saferplan-bench-'));
  const log = (m: string) => process.stderr.write(`${m}\n`);
  const rows: Row[] = [];
  try {
    const books: BenchCase['workbook'][] = [];
    for (const n of sizes) {
      const file = path.join(dir, `plan-${n}.xlsx`);
      log(`Generating ${file}…`);
      await writeXlsx(file, [{ name: 'Action Plan', rows: planRows(n) }]);
      books.push({ kind: 'plan', rows: n, file });
    }
    if (indicators) {
      const file = path.join(dir, 'indicators-1000x60.xlsx');
      log(`Generating ${file}…`);
      await writeXlsx(
        file,
        indicatorGrids(1000, 60).map((g) => ({ name: g.sheet, rows: g.rows as never })),
      );
      books.push({ kind: 'indicators', rows: 60_000, file });
    }
    if (police.length) {
      const into = path.join(dir, 'plan-for-police.xlsx');
      await writeXlsx(into, [{ name: 'Action Plan', rows: planRows(100) }]);
      for (const n of police) {
        const streets = path.join(dir, `street-${n}`);
        mkdirSync(streets);
        log(`Generating ${n.toLocaleString('en-GB')} street records in ${streets}…`);
        const { files, bytes } = await writeStreetFiles(streets, n);
        log(`  ${files.length} files, ${Math.round(bytes / 1024 / 1024)} MB`);
        books.push({ kind: 'police', rows: n, file: into, files });
      }
    }
    for (const wb of books) {
      const label = wb.kind === 'plan' ? `${wb.rows} actions` : wb.kind === 'police' ? `${wb.rows} street records` : '1,000 indicators x 60 months';
      const floors = new Map<Command, number>();
      const cases: [Host, Command][] =
        wb.kind === 'police'
          ? [
              ['awk', 'count crime types'],
              ['file', 'import-police'],
            ]
          : [
              ['exceljs', 'read'],
              ['exceljs', 'read+write'],
              ['core', 'analyse+build'],
              ...COMMANDS.map((c): [Host, Command] => ['file', c]),
              ...COMMANDS.map((c): [Host, Command] => ['office.js', c]),
            ];
      for (const [host, command] of cases) {
        if (hosts && !hosts.includes(host)) continue;
        log(`${label}: ${host} ${command}…`);
        const f = await runChild({ workbook: wb, host, command, outDir: dir, today: TODAY });
        const base = { name: host === 'exceljs' ? `exceljs ${command}` : command, host, workbook: wb.kind, rows: wb.rows };
        if ('error' in f) {
          rows.push({ ...base, ms: null, syncs: null, payloadBytes: null, maxRequestBytes: null, peakRssMB: null, error: f.error });
          continue;
        }
        if (host === 'exceljs' || host === 'awk') floors.set(command, f.ms);
        const floor = host === 'file' ? floors.get(FLOOR[command]) : undefined;
        rows.push({
          ...base,
          ms: Math.round(f.ms),
          syncs: f.syncs,
          payloadBytes: f.payloadBytes,
          maxRequestBytes: f.maxRequestBytes,
          peakRssMB: f.peakRssMB,
          ...(f.writeRequests !== null ? { writeRequests: f.writeRequests } : {}),
          ...(f.cells !== null ? { cells: f.cells, cellsPerSecond: Math.round(f.cells / (f.ms / 1000)) } : {}),
          ...(wb.kind === 'police' ? { recordsPerSecond: Math.round(wb.rows / (f.ms / 1000)) } : {}),
          ...(floor ? { exceljsFloor: `${host === 'file' && command === 'import-police' ? 'awk ' : ''}${FLOOR[command]}`, ratio: Math.round((f.ms / floor) * 100) / 100 } : {}),
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(json ? `${JSON.stringify(rows, null, 2)}\n` : `${formatTable(rows)}\n\n${formatGoals(rows)}\n`);
}

main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
