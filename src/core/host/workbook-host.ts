import { Grid } from '../grid';
import { GeneratedKey, SheetSpec } from '../sheets/spec';

/** Progress a host reports during long work, and a way to stop it. */
export interface WorkOptions {
  onProgress?: (fraction: number, message: string) => void;
  signal?: AbortSignal;
}

/**
 * The one small interface both hosts implement (src/file for .xlsx, src/excel for office.js).
 * A host holds no domain logic: it reads grids and applies sheet specs.
 */
export interface WorkbookHost {
  /**
   * Every worksheet's used range, anchored at A1, in workbook order. Sheets SaferPlan generated
   * carry `generated: true`, found by the workbook-level defined names `SaferPlan_<Key>`.
   */
  readGrids(options?: WorkOptions): Promise<Grid[]>;
  /**
   * The workbook's own name ("ASB Action Plan 2023-24.xlsx", no folder), as the last readGrids
   * found it; null when the host cannot tell (a new workbook, an Excel without ExcelApi 1.7).
   */
  workbookName(): string | null;
  /** The generated sheets already in the workbook: key -> current sheet name. */
  generatedSheets(): Promise<Partial<Record<GeneratedKey, string>>>;
  /**
   * Writes each spec's sheet: replaces our own sheet of that key in place (same name and
   * position, nothing left from before, no duplicated tables or charts), or adds it after the
   * user's sheets. Never writes to, clears, renames or deletes a sheet without our mark. A sheet
   * is either written whole or left as it was.
   */
  writeSheets(specs: SheetSpec[], options?: WorkOptions): Promise<void>;
}
