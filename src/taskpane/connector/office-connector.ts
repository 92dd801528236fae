/// <reference types="office-js" />
import { officeCapabilities } from '../../excel';
import { xlsxBase64 } from '../export/new-workbook';
import { ExcelConnector } from './excel-connector';

/**
 * The connector for the real add-in: Excel.run, and Excel.createWorkbook for "open as a new
 * workbook". The only module of the task pane that names the Excel namespace.
 */
export function officeConnector(onNotice: (message: string) => void): ExcelConnector {
  const caps = officeCapabilities();
  const canCreate = caps.isSetSupported('ExcelApi', '1.8') && typeof Excel.createWorkbook === 'function';
  return new ExcelConnector({
    run: (batch) => Excel.run(batch),
    capabilities: caps,
    onNotice,
    newWorkbook: canCreate
      ? {
          label: 'Open as a new workbook',
          open: async (specs) => {
            await Excel.createWorkbook(await xlsxBase64(specs));
          },
        }
      : undefined,
  });
}
