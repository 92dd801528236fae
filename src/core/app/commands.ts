import { isoDate } from '../grid';
import { WorkbookHost, WorkOptions } from '../host/workbook-host';
import { Finding, Plan } from '../plan';
import { SheetSpec } from '../sheets/spec';
import { ExportMeta, UniformRecord, aboutSheetSpec, dataSharingSheetSpec, toCsv } from '../share';
import { trajectorySheetSpec } from '../trajectory';
import { Analysis, analyse, nameFor } from './analyse';
import { indicatorSpecs, structureOutput } from './specs';
import { shareRecords } from './share';
import { BuildOptions, buildSpecs } from './build';

/** Options every use-case takes: today (for overdue), progress and cancel. */
export interface CommandOptions extends WorkOptions {
  today: Date;
  /** False when `today` is a date fixed for the run, not the real one (see BuildOptions.liveToday). */
  liveToday?: boolean;
}

export interface CommandResult {
  plan: Plan;
  findings: Finding[];
  /** Names of the sheets written, in order. */
  written: string[];
  /** One sentence for a status line or a screen reader. */
  summary: string;
}

function step(o: WorkOptions | undefined, fraction: number, message: string): void {
  o?.signal?.throwIfAborted();
  o?.onProgress?.(fraction, message);
}

/** Reads the workbook through any host and analyses it. */
export async function analyseWorkbook(host: WorkbookHost, o: CommandOptions): Promise<Analysis> {
  step(o, 0, 'Reading the workbook');
  const grids = await host.readGrids({ signal: o.signal });
  const previous = await host.generatedSheets();
  step(o, 0.3, 'Recognising actions and targets');
  return analyse(grids, previous, { today: o.today, workbookName: host.workbookName() ?? undefined });
}

function sentence(a: Analysis, written: string[]): string {
  const errors = a.findings.filter((f) => f.severity === 'error').length;
  const warnings = a.findings.filter((f) => f.severity === 'warning').length;
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  const wrote = written.length ? ` Wrote ${written.join(', ')}.` : '';
  return `${n(a.plan.actions.length, 'action')} and ${n(a.plan.targets.length, 'target')} found; ${n(errors, 'error')} and ${n(warnings, 'warning')} to look at.${wrote}`;
}

async function write(host: WorkbookHost, specs: SheetSpec[], o: CommandOptions, from: number): Promise<string[]> {
  step(o, from, 'Writing sheets');
  await host.writeSheets(specs, {
    signal: o.signal,
    onProgress: (f, m) => o.onProgress?.(from + (1 - from) * f, m),
  });
  return specs.map((s) => s.name);
}

function result(a: Analysis, written: string[]): CommandResult {
  return { plan: a.plan, findings: a.findings, written, summary: sentence(a, written) };
}

/** Structure: the Actions table (and Targets/Progress when there are targets) and the Issues list. */
export async function structureWorkbook(host: WorkbookHost, o: CommandOptions): Promise<CommandResult> {
  const a = await analyseWorkbook(host, o);
  const out = structureOutput(a);
  const written = await write(host, out.specs, o, 0.6);
  return result({ ...a, findings: out.findings, plan: { ...a.plan, findings: out.findings } }, written);
}

/** Validate: findings only; nothing is written. */
export async function validateWorkbook(host: WorkbookHost, o: CommandOptions): Promise<CommandResult> {
  const a = await analyseWorkbook(host, o);
  step(o, 1, 'Checked');
  return result(a, []);
}

/** Trajectories: Targets, Progress and the Trajectories sheet with one chart per indicator. */
export async function trajectoriesWorkbook(host: WorkbookHost, o: CommandOptions): Promise<CommandResult> {
  const a = await analyseWorkbook(host, o);
  const specs = [...indicatorSpecs(a)];
  if (a.indicators.targets.length) specs.push(trajectorySheetSpec(a.indicators.rows, nameFor(a, 'Trajectories')));
  const written = await write(host, specs, o, 0.6);
  return result(a, written);
}

export interface ExportOptions extends CommandOptions {
  depersonalise: boolean;
  suppressBelow?: number | null;
}

export interface ExportResult {
  records: UniformRecord[];
  meta: ExportMeta;
  csv: string;
  /** The Data sharing and About sheets, for a new workbook or the current one. */
  specs: SheetSpec[];
}

/** The uniform format v1 of the plan in this workbook, as records, CSV text and sheet specs. */
export async function exportUniform(host: WorkbookHost, o: ExportOptions): Promise<ExportResult> {
  const a = await analyseWorkbook(host, o);
  step(o, 0.7, 'Preparing the data-sharing records');
  const { records, meta } = shareRecords(a.plan, a.indicators, { exportedOn: isoDate(o.today), depersonalise: o.depersonalise, suppressBelow: o.suppressBelow ?? null, grids: a.grids });
  step(o, 1, 'Ready');
  return { records, meta, csv: toCsv(records), specs: [dataSharingSheetSpec(records), aboutSheetSpec(meta)] };
}

/** Build: every generated sheet in one pass, regenerated in place. */
export async function buildWorkbook(host: WorkbookHost, o: CommandOptions & Pick<BuildOptions, 'personal'>): Promise<CommandResult> {
  const a = await analyseWorkbook(host, o);
  step(o, 0.4, 'Computing trajectories, summary and data sharing');
  const out = buildSpecs(a, { today: o.today, liveToday: o.liveToday, personal: o.personal });
  const written = await write(host, out.specs, o, 0.5);
  const withReturns: Analysis = { ...a, findings: out.findings, plan: { ...a.plan, findings: out.findings } };
  return result(withReturns, written);
}
