/// <reference types="office-js" />
import { analyseWorkbook, buildWorkbook, CommandOptions, CommandResult, exportUniform, ExportOptions, ExportResult, structureWorkbook, trajectoriesWorkbook, validateWorkbook } from '../../core/app/commands';
import type { PoliceImportResult } from '../../core/app/police';
import type { WorkOptions } from '../../core/host/workbook-host';
import type { ReturnPlan } from '../../core/returns/priorities';
import type { CombinedCounts } from '../../core/police/counts';
import type { SheetSpec } from '../../core/sheets/spec';
import { Capabilities, ExcelHost, ExcelRun, officeCapabilities } from '../../excel';
import { explainExcelError } from '../../excel/host-error';
import type { ChangeListener, CommandName, Connector } from './connector';
import { registerExcelChanges } from './excel-changes';

export interface ExcelConnectorOptions {
  /** Excel.run in the add-in; FakeExcel's run in the workbench and tests. */
  run: ExcelRun;
  capabilities?: Capabilities;
  /** Told when a feature is left out because this Excel lacks it. */
  onNotice?: (message: string) => void;
  /**
   * Where edits come from. Omitted in Excel (the workbook's onChanged events are used); the
   * workbench passes its own feed because its in-memory Excel raises no events.
   */
  changes?: (listener: ChangeListener) => void;
  newWorkbook?: Connector['newWorkbook'];
}

const COMMANDS: Record<CommandName, (host: ExcelHost, o: CommandOptions) => Promise<CommandResult>> = {
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
  private readonly changes?: (listener: ChangeListener) => void;
  private readonly listeners: ChangeListener[] = [];
  private registration?: Promise<boolean>;
  readonly newWorkbook?: Connector['newWorkbook'];

  constructor(options: ExcelConnectorOptions) {
    this.run = options.run;
    this.capabilities = options.capabilities ?? officeCapabilities();
    this.host = new ExcelHost({ run: options.run, capabilities: this.capabilities, onNotice: options.onNotice });
    this.changes = options.changes;
    this.newWorkbook = options.newWorkbook;
  }

  runCommand(name: CommandName, options: CommandOptions): Promise<CommandResult> {
    return COMMANDS[name](this.host, options);
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

  /** The import's code is fetched only when a person imports police data. */
  async importPolice(combined: CombinedCounts, options: CommandOptions): Promise<PoliceImportResult> {
    const { importPoliceCounts } = await import(/* webpackChunkName: "police" */ '../../core/app/police');
    return importPoliceCounts(this.host, combined, options);
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

  watchChanges(listener: ChangeListener): Promise<boolean> {
    if (!this.listeners.includes(listener)) this.listeners.push(listener);
    if (!this.registration) {
      const fanOut: ChangeListener = (c) => this.listeners.forEach((l) => l(c));
      if (this.changes) {
        this.changes(fanOut);
        this.registration = Promise.resolve(true);
      } else {
        this.registration = registerExcelChanges(this.run, this.capabilities, fanOut).catch(() => false);
      }
    }
    return this.registration;
  }
}
