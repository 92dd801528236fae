/**
 * One benchmark case, run in its own process so its peak memory is its own. Reads a JSON case on
 * argv[2] and prints one JSON line of figures on stdout. Run by run.ts; not meant to be run alone.
 */
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/main';
import { CliIO } from '../../src/cli/io';
import { analyse } from '../../src/core/app/analyse';
import { buildSpecs } from '../../src/core/app/build';
import { buildWorkbook, exportUniform, structureWorkbook, validateWorkbook } from '../../src/core/app/commands';
import { Grid, columnCount } from '../../src/core/grid';
import { ExcelHost } from '../../src/excel';
import { FakeExcel, capabilitiesOf, excelRunOf } from '../../src/excel/fake';
import { indicatorGrids, planGrid } from './generate';

export type Host = 'file' | 'office.js' | 'exceljs' | 'core' | 'awk';
export type Command = 'structure' | 'validate' | 'build' | 'export' | 'read' | 'read+write' | 'analyse+build' | 'import-police' | 'count crime types';

export interface BenchCase {
  /** A plan or indicators workbook; for 'police', `rows` street records in `files`, imported into the plan `file`. */
  workbook: { kind: 'plan' | 'indicators' | 'police'; rows: number; file: string; files?: string[] };
  host: Host;
  command: Command;
  outDir: string;
  today: string;
}

export interface CaseFigures {
  ms: number;
  syncs: number | null;
  payloadBytes: number | null;
  maxRequestBytes: number | null;
  /** Requests that carried sheet content (the only round trips that may grow with rows). */
  writeRequests: number | null;
  cells: number | null;
  peakRssMB: number;
}

/** The same content the .xlsx holds, as grids: what Excel would hand the task pane. */
export function gridsOf(w: BenchCase['workbook']): Grid[] {
  return w.kind === 'plan' ? [planGrid(w.rows)] : indicatorGrids(w.rows / 60, 60);
}

const quiet = (today: Date): CliIO => ({ out: () => undefined, err: () => undefined, today });

async function fileHost(c: BenchCase, today: Date): Promise<number> {
  const out = (ext: string) => path.join(c.outDir, `${path.basename(c.workbook.file, '.xlsx')}-${c.command}.${ext}`);
  const args: Record<string, string[]> = {
    structure: ['structure', c.workbook.file, '-o', out('xlsx')],
    validate: ['validate', c.workbook.file],
    build: ['build', c.workbook.file, '-o', out('xlsx')],
    export: ['export', c.workbook.file, '-o', out('csv')],
  };
  // The command's modules are loaded before the clock starts, as ExcelJS is for its floor: under
  // tsx, loading means compiling every source file the command uses, which the installed CLI
  // (compiled to lib/) never does.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the same CommonJS cache runCli's lazy require uses
  require(path.join(__dirname, '..', '..', 'src', 'cli', 'commands', c.command));
  if (c.command === 'import-police') args['import-police'] = ['import-police', ...(c.workbook.files ?? []), '--into', c.workbook.file, '-o', out('xlsx')];
  const t = performance.now();
  const status = await runCli(args[c.command], quiet(today));
  const ms = performance.now() - t;
  if (status === 2) throw new Error(`saferplan ${c.command} exited 2`);
  return ms;
}

async function officeHost(c: BenchCase, today: Date): Promise<Omit<CaseFigures, 'peakRssMB' | 'cells'>> {
  const fake = FakeExcel.fromGrids(gridsOf(c.workbook));
  const host = new ExcelHost({ run: excelRunOf(fake), capabilities: capabilitiesOf(fake) });
  const o = { today };
  const t = performance.now();
  if (c.command === 'structure') await structureWorkbook(host, o);
  else if (c.command === 'validate') await validateWorkbook(host, o);
  else if (c.command === 'build') await buildWorkbook(host, o);
  else if (c.command === 'export') await exportUniform(host, { ...o, depersonalise: false });
  const ms = performance.now() - t;
  return {
    ms,
    syncs: fake.syncCount,
    payloadBytes: fake.requestBytes.reduce((a, b) => a + b, 0) + fake.responseBytes.reduce((a, b) => a + b, 0),
    maxRequestBytes: fake.maxRequestBytes,
    writeRequests: host.lastWrite?.writeRequests ?? 0,
  };
}

/** ExcelJS on its own, the floor we compare against: read the file, then (read+write) save it again. */
async function excelJs(c: BenchCase): Promise<number> {
  const t = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(c.workbook.file);
  if (c.command === 'read+write') await fs.writeFile(path.join(c.outDir, `exceljs-${path.basename(c.workbook.file)}`), Buffer.from(await wb.xlsx.writeBuffer()));
  return performance.now() - t;
}

/**
 * awk counting the same street files by crime type (the tenth field), the floor import-police is
 * compared with: the least any tool can do with these bytes.
 */
function awk(c: BenchCase): number {
  const t = performance.now();
  const r = spawnSync('awk', ['-F,', '{ n[$10]++ } END { for (t in n) print t, n[t] }', ...(c.workbook.files ?? [])], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 24 });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`awk exited ${r.status}: ${r.stderr.toString().trim()}`);
  return ms;
}

/** The pure engine alone: grids in, every sheet spec out (analyse + build), no host at all. */
function core(c: BenchCase, today: Date): { ms: number; cells: number } {
  const grids = gridsOf(c.workbook);
  const cells = grids.reduce((n, g) => n + g.rows.length * columnCount(g), 0);
  const t = performance.now();
  const a = analyse(grids, {}, { today });
  buildSpecs(a, { today });
  const ms = performance.now() - t;
  // A fast wrong answer is no figure: the plan must be read whole (one action a generated action).
  if (c.workbook.kind === 'plan' && a.plan.actions.length !== c.workbook.rows) throw new Error(`read ${a.plan.actions.length} actions of ${c.workbook.rows}`);
  return { ms, cells };
}

export async function runCase(c: BenchCase): Promise<CaseFigures> {
  const today = new Date(`${c.today}T00:00:00Z`);
  const none = { syncs: null, payloadBytes: null, maxRequestBytes: null, writeRequests: null, cells: null };
  let f: Omit<CaseFigures, 'peakRssMB'>;
  if (c.host === 'file') f = { ...none, ms: await fileHost(c, today) };
  else if (c.host === 'exceljs') f = { ...none, ms: await excelJs(c) };
  else if (c.host === 'awk') f = { ...none, ms: awk(c) };
  else if (c.host === 'core') f = { ...none, ...core(c, today) };
  else f = { ...none, ...(await officeHost(c, today)) };
  return { ...f, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) };
}

if (require.main === module) {
  runCase(JSON.parse(process.argv[2]) as BenchCase).then(
    (f) => process.stdout.write(`\n${JSON.stringify(f)}\n`),
    (e) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
