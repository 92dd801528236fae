/// <reference types="office-js" />
import {
  analyseWorkbook,
  buildWorkbook,
  CommandOptions,
  CommandResult,
  exportUniform,
  ExportOptions,
  ExportResult,
  structureWorkbook,
  trajectoriesWorkbook,
  validateWorkbook,
} from '../../core/app/commands';
import type { PoliceImportResult } from '../../core/app/police';
import type { WorkbookHost, WorkOptions } from '../../core/host/workbook-host';
import type { ReturnPlan } from '../../core/returns/priorities';
import type { CombinedCounts } from '../../core/police/counts';
import type { GeneratedKey, SheetSpec } from '../../core/sheets/spec';
import { Capabilities, ExcelHost, ExcelRun, officeCapabilities } from '../../excel';
import { explainExcelError } from '../../excel/host-error';
import type { ChangeListener, CommandName, Connector, RunOptions } from './connector';
import { DeferredHost } from './deferred-host';
import { canWatchChanges, registerExcelChanges } from './excel-changes';
import { NothingDone } from './nothing-done';
import { nothingToWrite } from './outcomes';
import { ActionsTable, retargetToActions } from './retarget';

export interface ExcelConnectorOptions {
  /** Excel.run in the add-in; FakeExcel's run in the workbench and tests. */
  run: ExcelRun;
  capabilities?: Capabilities;
  /** Told when a feature is left out because this Excel lacks it. */
  onNotice?: (message: string) => void;
  newWorkbook?: Connector['newWorkbook'];
}

const COMMANDS: Record<CommandName, (host: WorkbookHost, o: RunOptions) => Promise<CommandResult>> = {
  structure: structureWorkbook,
  validate: validateWorkbook,
  trajectories: trajectoriesWorkbook,
  build: buildWorkbook,
};

/** The one place that talks to Excel: the use-cases through ExcelHost, plus selection and events. */
export class ExcelConnector implements Connector {
  private readonly host: ExcelHost;
  private readonly run: ExcelRun;
  private readonly capabilities: Capabilities;
  private readonly listeners: ChangeListener[] = [];
  private registration?: Promise<boolean>;
  readonly newWorkbook?: Connector['newWorkbook'];

  constructor(options: ExcelConnectorOptions) {
    this.run = options.run;
    this.capabilities = options.capabilities ?? officeCapabilities();
    this.host = new ExcelHost({ run: options.run, capabilities: this.capabilities, onNotice: options.onNotice });
    this.newWorkbook = options.newWorkbook;
  }

  /**
   * The use-case runs against a DeferredHost: what it reads is kept, what it writes is held back
   * until the outcome is known, so a job with nothing to work on writes nothing.
   */
  async runCommand(name: CommandName, options: RunOptions): Promise<CommandResult> {
    const deferred = new DeferredHost(this.host);
    const scaled = (from: number, to: number) => (f: number, m: string) => options.onProgress?.(from + (to - from) * f, m);
    const r = await COMMANDS[name](deferred, { ...options, onProgress: scaled(0, 0.6) });
    const nothing = nothingToWrite(name, r, deferred.grids);
    if (nothing) {
      deferred.discard();
      throw nothing;
    }
    const actionsSpec = deferred.pending.find((s) => s.key === 'Actions');
    const written = await deferred.flush({ signal: options.signal, onProgress: scaled(0.6, 1) });
    const actionsName = deferred.generated.Actions;
    const actionsGrid = actionsName ? deferred.grids.find((g) => g.sheet === actionsName) : undefined;
    const table: ActionsTable | null = actionsSpec ? { sheet: actionsSpec.name, rows: actionsSpec.rows } : actionsGrid ? { sheet: actionsGrid.sheet, rows: actionsGrid.rows } : null;
    return { ...r, written, findings: retargetToActions(r.findings, r.plan.actions, table) };
  }

  generatedSheets(): Promise<Partial<Record<GeneratedKey, string>>> {
    return this.host.generatedSheets();
  }

  prepareExport(options: ExportOptions): Promise<ExportResult> {
    return exportUniform(this.host, options);
  }

  /**
   * The plan's priorities, or, for a workbook that holds last year's returns rather than the plan,
   * the priorities those returns answered (as the command line's returns-template does). The
   * returns code is fetched with the export panel, the only place that asks for it.
   */
  async returnPlan(options: CommandOptions): Promise<ReturnPlan> {
    const [analysis, { returnPlanFor }] = await Promise.all([analyseWorkbook(this.host, options), import(/* webpackChunkName: "export" */ '../../core/returns/plan-for-returns')]);
    return returnPlanFor(analysis.plan, [...analysis.grids]);
  }

  /**
   * The import's code is fetched only when a person imports police data. Its writes are held back
   * until the whole import has been worked out, so a failure leaves the workbook as it was; an
   * empty workbook is a NothingDone, not an error.
   */
  async importPolice(combined: CombinedCounts, options: CommandOptions): Promise<PoliceImportResult> {
    const { importPoliceCounts, PoliceImportError } = await import(/* webpackChunkName: "police" */ '../../core/app/police');
    const deferred = new DeferredHost(this.host);
    let r: PoliceImportResult;
    try {
      r = await importPoliceCounts(deferred, combined, { ...options, onProgress: (f, m) => options.onProgress?.(0.6 * f, m) });
    } catch (e) {
      if (e instanceof PoliceImportError) throw new NothingDone(`Nothing imported: ${e.message}`, 'Your workbook was not changed.');
      throw e;
    }
    await deferred.flush({ signal: options.signal, onProgress: (f, m) => options.onProgress?.(0.6 + 0.4 * f, m) });
    return r;
  }

  async writeSheets(specs: SheetSpec[], options?: WorkOptions): Promise<string[]> {
    await this.host.writeSheets(specs, options);
    return specs.map((s) => s.name);
  }

  async selectCell(sheet: string, cell: string | null): Promise<void> {
    try {
      await this.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell ?? 'A1').select();
        await context.sync();
      });
    } catch (e) {
      throw explainExcelError(e, `going to ${sheet}${cell ? '!' + cell : ''}`);
    }
  }

  /**
   * Edits reach the listeners through Excel's onChanged events (the in-memory Excel raises them
   * too), registered once. False when this Excel has no change events; a failure to register is
   * an error, not a quiet false, so a broken registration shows in tests and to the pane.
   */
  watchChanges(listener: ChangeListener): Promise<boolean> {
    if (!this.listeners.includes(listener)) this.listeners.push(listener);
    if (!this.registration) {
      const fanOut: ChangeListener = (c) => this.listeners.forEach((l) => l(c));
      this.registration = canWatchChanges(this.capabilities) ? registerExcelChanges(this.run, this.capabilities, fanOut) : Promise.resolve(false);
    }
    return this.registration;
  }
}
