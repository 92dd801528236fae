import type { CommandOptions, CommandResult, ExportOptions, ExportResult } from '../../core/app/commands';
import type { PoliceImportResult } from '../../core/app/police';
import type { ReturnPlan } from '../../core/returns/priorities';
import type { CombinedCounts } from '../../core/police/counts';
import type { WorkOptions } from '../../core/host/workbook-host';
import type { GeneratedKey, SheetSpec } from '../../core/sheets/spec';

/** The jobs of the task pane that read the workbook and may write SaferPlan's sheets. */
export type CommandName = 'structure' | 'validate' | 'trajectories' | 'build';

/** What a job takes: today, progress, cancel; and for Build, whether Data sharing keeps named officers. */
export interface RunOptions extends CommandOptions {
  /** Build only: keep lead officers' names in Data sharing (personal data). Off by default. */
  personal?: boolean;
}

/** An edit Excel reported: by this person (Local) or by a co-author (Remote). */
export interface ChangeEvent {
  source: 'Local' | 'Remote';
  /** Worksheet id (Excel) or name (workbench), when known. */
  worksheet?: string;
  address?: string;
}

export type ChangeListener = (change: ChangeEvent) => void;

/**
 * Everything the task pane asks of Excel. One implementation (ExcelConnector) owns every
 * Excel.run; the UI receives it as a prop, so the same pane runs in Excel, in the workbench and
 * in tests.
 */
export interface Connector {
  /**
   * Runs a job. A job with nothing to work on (an empty workbook, no plan, no targets) writes
   * nothing and rejects with NothingDone. Findings whose fix is an action's status point at the
   * Actions sheet's Status cell when that sheet exists, since its status wins.
   */
  runCommand(name: CommandName, options: RunOptions): Promise<CommandResult>;
  prepareExport(options: ExportOptions): Promise<ExportResult>;
  /** The plan's priorities (and partnership, year) that a partner return asks about. */
  returnPlan(options: CommandOptions): Promise<ReturnPlan>;
  /**
   * Puts data.police.uk counts (read and combined from the chosen files) into the Police data
   * sheet, always, and into Progress for the targets they measure. An empty workbook rejects with
   * NothingDone and is left as it was.
   */
  importPolice(combined: CombinedCounts, options: CommandOptions): Promise<PoliceImportResult>;
  /** SaferPlan's sheets already in the workbook: key -> sheet name. */
  generatedSheets(): Promise<Partial<Record<GeneratedKey, string>>>;
  /** Writes sheet specs into this workbook (the Data sharing and About sheets). */
  writeSheets(specs: SheetSpec[], options?: WorkOptions): Promise<string[]>;
  /** Opens the specs as a new workbook (Excel) or downloads them as .xlsx (workbench); absent when neither is possible. */
  readonly newWorkbook?: { label: string; open(specs: SheetSpec[], fileName: string): Promise<void> };
  /** Goes to a finding's cell: activates its sheet and selects the cell. */
  selectCell(sheet: string, cell: string | null): Promise<void>;
  /**
   * Calls the listener for every edit to the workbook. Registers once however often it is called;
   * resolves to false when this Excel cannot report edits.
   */
  watchChanges(listener: ChangeListener): Promise<boolean>;
}
