/**
 * Errors the office.js host reports: what happened and what the person can do about it, in the
 * partnership's words. `code` keeps Excel's error code (or our own for checks made before writing).
 */
export class ExcelHostError extends Error {
  readonly code: string;
  /** What to do next, e.g. "Review > Unprotect Workbook, then build again." */
  readonly advice: string;
  readonly cause?: unknown;
  constructor(code: string, happened: string, advice: string, cause?: unknown) {
    super(`${happened} ${advice}`);
    this.name = 'ExcelHostError';
    this.code = code;
    this.advice = advice;
    this.cause = cause;
  }
}

/** The Excel error code of anything thrown by Excel.run or context.sync(). */
export function excelErrorCode(e: unknown): string | undefined {
  if (e && typeof e === 'object' && typeof (e as { code?: unknown }).code === 'string') return (e as { code: string }).code;
  return undefined;
}

const ADVICE: Record<string, [string, string]> = {
  AccessDenied: ['Excel refused the change because the workbook or one of its sheets is protected.', 'Turn protection off (Review > Unprotect Workbook or Unprotect Sheet), then try again.'],
  InvalidOperationInCellEditMode: ['Excel is in the middle of editing a cell.', 'Press Enter or Esc to finish editing the cell, then try again.'],
  Conflict: ['Someone else changed the same part of this workbook at the same time (co-authoring).', 'Wait a few seconds for their changes to save, then try again.'],
  EditConflict: ['Someone else changed the same part of this workbook at the same time (co-authoring).', 'Wait a few seconds for their changes to save, then try again.'],
  ApiNotFound: ['This version of Excel does not support something SaferPlan needs.', 'Use Microsoft 365 or Excel on the web, or update Excel, then try again.'],
  UnsupportedFeature: ['This version of Excel does not support something SaferPlan needs.', 'Use Microsoft 365 or Excel on the web, or update Excel, then try again.'],
  RequestPayloadSizeLimitExceeded: [
    'A row of the sheet is too large for Excel to accept in one go.',
    'Shorten the longest texts in the plan (Excel on the web accepts up to 5 MB at a time), then try again.',
  ],
  ResponsePayloadSizeLimitExceeded: [
    'The workbook is too large for Excel to send to SaferPlan.',
    'Delete unused rows and columns far below or to the right of the plan, or use the desktop command line on the saved file.',
  ],
  ItemAlreadyExists: ['A sheet, table or name SaferPlan wanted to use already exists.', 'Rename your own sheet or table, then try again.'],
  InvalidArgument: ['Excel rejected a value SaferPlan tried to write.', 'Please report this with the workbook; nothing was changed.'],
  GeneralException: ['Excel could not finish the change.', 'Save the workbook, close and reopen it, then try again.'],
  RequestAborted: ['Excel stopped the request before it finished.', 'Try again; if it keeps happening, save, close and reopen the workbook.'],
};

/** Wraps an error from Excel into one that says what happened and what to do. */
export function explainExcelError(e: unknown, doing: string): ExcelHostError {
  if (e instanceof ExcelHostError) return e;
  const code = excelErrorCode(e) ?? 'Unknown';
  const [happened, advice] = ADVICE[code] ?? [`Excel reported an error (${code}).`, 'Save the workbook, close and reopen it, then try again.'];
  const detail = e instanceof Error && e.message ? ` (Excel said: ${e.message})` : '';
  return new ExcelHostError(code, `While ${doing}: ${happened}${detail}`, advice, e);
}
