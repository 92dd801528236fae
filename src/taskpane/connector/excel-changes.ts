/// <reference types="office-js" />
import type { Capabilities, ExcelRun } from '../../excel';
import type { ChangeListener } from './connector';

/** Whether this Excel raises change events: worksheet.onChanged needs ExcelApi 1.7 (the collection's, 1.9). */
export function canWatchChanges(caps: Capabilities): boolean {
  return caps.isSetSupported('ExcelApi', '1.7');
}

/**
 * Registers one onChanged handler for the whole workbook (ExcelApi 1.9), or one per sheet where
 * only 1.7 is there. Resolves to false when this Excel cannot report edits. Events raised by our
 * own writes are switched off by ExcelHost (context.runtime.enableEvents) while it writes.
 */
export async function registerExcelChanges(run: ExcelRun, caps: Capabilities, listener: ChangeListener): Promise<boolean> {
  const forward = async (e: Excel.WorksheetChangedEventArgs) => {
    listener({ source: e.source === 'Remote' ? 'Remote' : 'Local', worksheet: e.worksheetId, address: e.address });
  };
  if (caps.isSetSupported('ExcelApi', '1.9')) {
    return run(async (context) => {
      context.workbook.worksheets.onChanged.add(forward);
      await context.sync();
      return true;
    });
  }
  if (!canWatchChanges(caps)) return false;
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    for (const ws of sheets.items) ws.onChanged.add(forward);
    await context.sync();
    return true;
  });
}
