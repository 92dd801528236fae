import type { SheetSpec } from '../../core/sheets/spec';

/**
 * The .xlsx bytes of a new workbook holding these sheets. ExcelJS (about 1 MB) and the file
 * writer are loaded only now, on the rare "new workbook" export, so the pane opens quickly.
 */
export async function xlsxBytes(specs: SheetSpec[]): Promise<Uint8Array> {
  const [{ default: ExcelJS }, { writeSheet }] = await Promise.all([import(/* webpackChunkName: "exceljs" */ 'exceljs'), import(/* webpackChunkName: "exceljs" */ '../../file/write-sheet')]);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SaferPlan';
  for (const spec of specs) writeSheet(wb.addWorksheet(spec.name), spec);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** What Excel.createWorkbook takes. */
export async function xlsxBase64(specs: SheetSpec[]): Promise<string> {
  return toBase64(await xlsxBytes(specs));
}
