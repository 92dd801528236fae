/// <reference types="office-js" />
import { Grid } from '../core/grid';
import { WorkbookHost, WorkOptions } from '../core/host/workbook-host';
import { GeneratedKey, SheetSpec } from '../core/sheets/spec';
import { Capabilities, ExcelRun, officeCapabilities, supports } from './excel-api';
import { explainExcelError } from './host-error';
import { loadNames, readOwnedMarks } from './marks';
import { readGrids } from './read-grids';
import { writeSheets, WriteStats } from './write/write-sheets';

export interface ExcelHostOptions {
  /** Excel.run in the add-in; FakeExcel's run in tests and the workbench. */
  run: ExcelRun;
  /** Which requirement sets this Excel supports; defaults to Office.context.requirements. */
  capabilities?: Capabilities;
  /** Largest request to send, in bytes; Excel on the web refuses over 5 MB. Default 4 MB. */
  requestBudgetBytes?: number;
  /** Most cells per response when a huge workbook must be read in blocks. Default 500,000. */
  readCellBudget?: number;
  /** Told when a feature is left out because this Excel lacks it, or a name had to change. */
  onNotice?: (message: string) => void;
}

export const DEFAULT_REQUEST_BUDGET = 4 * 1024 * 1024;

/**
 * The office.js host: reads every sheet's used range (and the workbook's name) in two round trips and writes SaferPlan's
 * sheets into hidden new sheets, swapped in only when complete. No domain logic lives here.
 */
export class ExcelHost implements WorkbookHost {
  private readonly run: ExcelRun;
  private readonly capabilities: Capabilities;
  private readonly requestBudgetBytes: number;
  private readonly readCellBudget: number;
  private readonly onNotice?: (message: string) => void;
  /** What the last command left out or changed, in plain words. */
  notices: string[] = [];
  /** Round trips of the last writeSheets. */
  lastWrite?: WriteStats;
  /** The workbook's own name, as the last readGrids found it. */
  private lastWorkbookName: string | null = null;

  constructor(options: ExcelHostOptions) {
    this.run = options.run;
    this.capabilities = options.capabilities ?? officeCapabilities();
    this.requestBudgetBytes = options.requestBudgetBytes ?? DEFAULT_REQUEST_BUDGET;
    this.readCellBudget = options.readCellBudget ?? 500_000;
    this.onNotice = options.onNotice;
  }

  private notice = (message: string): void => {
    if (this.notices.includes(message)) return;
    this.notices.push(message);
    this.onNotice?.(message);
  };

  async readGrids(options?: WorkOptions): Promise<Grid[]> {
    this.notices = [];
    try {
      const read = await this.run((context) => readGrids(context, { capabilities: this.capabilities, readCellBudget: this.readCellBudget, notice: this.notice }, options));
      this.lastWorkbookName = read.workbookName;
      return read.grids;
    } catch (e) {
      throw explainExcelError(e, 'reading the workbook');
    }
  }

  workbookName(): string | null {
    return this.lastWorkbookName;
  }

  async generatedSheets(): Promise<Partial<Record<GeneratedKey, string>>> {
    try {
      return await this.run(async (context) => {
        const sheets = context.workbook.worksheets.load('items/name');
        const names = loadNames(context, supports(this.capabilities, 'basics'));
        await context.sync();
        return (
          await readOwnedMarks(
            context,
            names.items,
            sheets.items.map((s) => s.name),
          )
        ).marks.generated;
      });
    } catch (e) {
      throw explainExcelError(e, 'looking for SaferPlan sheets');
    }
  }

  async writeSheets(specs: SheetSpec[], options?: WorkOptions): Promise<void> {
    this.notices = [];
    try {
      this.lastWrite = await this.run((context) => writeSheets(context, specs, { capabilities: this.capabilities, requestBudgetBytes: this.requestBudgetBytes, notice: this.notice }, options));
    } catch (e) {
      throw explainExcelError(e, 'writing SaferPlan sheets');
    }
  }
}
