/// <reference types="office-js" />
/**
 * How the host reaches Excel: the `run` function (Excel.run in the add-in, FakeExcel.run in
 * tests and the workbench) and the requirement sets the running Excel supports.
 */

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Office.context.requirements, or a stand-in: which ExcelApi versions this Excel supports. */
export interface Capabilities {
  isSetSupported(name: string, version: string): boolean;
}

/** The features SaferPlan uses that need more than the minimum requirement set, and what each needs. */
export const FEATURE_SETS = {
  basics: '1.4', // names.add, getItemOrNullObject, getUsedRangeOrNullObject
  conditionalFormats: '1.6',
  suspendCalculation: '1.6',
  freezePanes: '1.7',
  charts: '1.7', // series.add / setValues / setXAxisValues
  tabColor: '1.7',
  workbookName: '1.7', // Workbook.name: the plan's topic when nothing in its sheets names it
  workbookProtection: '1.7',
  dataValidation: '1.8',
  events: '1.8', // context.runtime.enableEvents
  pageLayout: '1.9',
  cellProperties: '1.9', // Range.getCellProperties: per-cell fill colours for RAG given by colour
  mergedAreas: '1.13',
} as const;

export type Feature = keyof typeof FEATURE_SETS;

/** What this Excel can do, asked once per command. */
export function supports(caps: Capabilities, feature: Feature): boolean {
  return caps.isSetSupported('ExcelApi', FEATURE_SETS[feature]);
}

/** The running Office's requirement sets; outside Office (a plain browser page) everything is assumed. */
export function officeCapabilities(): Capabilities {
  return {
    isSetSupported(name: string, version: string): boolean {
      const office = (globalThis as { Office?: typeof Office }).Office;
      const req = office?.context?.requirements;
      return req ? req.isSetSupported(name, version) : true;
    },
  };
}
