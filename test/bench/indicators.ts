/**
 * npx tsx test/bench/indicators.ts [--indicators 1000] [--months 60] [--plan 100000]
 *
 * Times the targets and trajectory engine alone, step by step, on the benchmark's generated
 * workbooks (no host, no file): the indicators workbook (a Targets table and a table of monthly
 * actuals) on a first build and on a rebuild (our Targets and Progress sheets read back beside the
 * user's own), and target recognition on an action plan that has no targets. Prints the figures;
 * nothing is written. For a profile: node --import tsx --cpu-prof test/bench/indicators.ts
 */
import { CellValue, Grid } from '../../src/core/grid';
import { SpecValue } from '../../src/core/sheets/spec';
import { checkProgress, progressSheetSpec, readProgress, recogniseTargets, targetsSheetSpec } from '../../src/core/targets';
import { checkTargets, trajectoryRows, trajectorySheetSpec } from '../../src/core/trajectory';
import { indicatorGrids, planGrid } from './generate';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function time<T>(label: string, figures: [string, number][], f: () => T): T {
  const t = performance.now();
  const out = f();
  figures.push([label, performance.now() - t]);
  return out;
}

/** A sheet spec's cells as the grid a host would read back (links become their text). */
function gridOf(sheet: string, rows: SpecValue[][]): Grid {
  const cells: CellValue[][] = rows.map((r) => r.map((v) => (v && typeof v === 'object' && 'text' in v ? v.text : (v as CellValue))));
  return { sheet, rows: cells, merges: [], generated: true };
}

/** The work indicatorData and the Targets / Progress / Trajectories sheets do on these grids. */
function indicatorWork(grids: Grid[], figures: [string, number][]) {
  const recognised = time('recogniseTargets', figures, () => recogniseTargets(grids));
  const progress = time('readProgress', figures, () => readProgress(grids));
  const rows = time('trajectoryRows', figures, () => trajectoryRows(recognised.targets, progress, { settings: recognised.settings }));
  time('checkTargets', figures, () => checkTargets(recognised.targets));
  time('checkProgress', figures, () => checkProgress(progress, recognised.targets));
  const targetsSpec = time('targetsSheetSpec', figures, () => targetsSheetSpec(recognised.targets, { settings: recognised.settings }));
  const progressSpec = time('progressSheetSpec', figures, () => progressSheetSpec(recognised.targets, progress));
  time('trajectorySheetSpec', figures, () => trajectorySheetSpec(rows));
  return { targets: recognised.targets.length, progress: progress.length, targetsSpec, progressSpec, trajectoryRows: rows.length };
}

function print(title: string, figures: [string, number][], extra: string): void {
  const total = figures.reduce((a, [, ms]) => a + ms, 0);
  console.log(`\n${title} (${extra})`);
  for (const [label, ms] of figures) console.log(`  ${label.padEnd(22)} ${ms.toFixed(0).padStart(8)} ms`);
  console.log(`  ${'total'.padEnd(22)} ${total.toFixed(0).padStart(8)} ms`);
}

function main(): void {
  const n = arg('--indicators', 1000);
  const months = arg('--months', 60);
  const planRows = arg('--plan', 100000);

  const user = indicatorGrids(n, months);
  const first: [string, number][] = [];
  const once = indicatorWork(user, first);
  print(
    `indicators ${n} x ${months}, first build`,
    first,
    `${once.targets} targets, ${once.progress} progress rows, ${once.trajectoryRows} trajectory rows, Progress sheet ${once.progressSpec.rows.length - 1} rows`,
  );

  const rebuilt = [...user, gridOf('Targets', once.targetsSpec.rows), gridOf('Progress', once.progressSpec.rows)];
  const second: [string, number][] = [];
  const twice = indicatorWork(rebuilt, second);
  print(`indicators ${n} x ${months}, rebuild`, second, `${twice.targets} targets, ${twice.progress} progress rows, Progress sheet ${twice.progressSpec.rows.length - 1} rows`);

  const plan = planGrid(planRows);
  const planFigures: [string, number][] = [];
  const found = time('recogniseTargets', planFigures, () => recogniseTargets([plan]));
  print(`action plan of ${planRows} actions, no targets`, planFigures, `${plan.rows.length} rows, ${found.targets.length} targets found`);
}

main();
