/** The in-memory Excel: an API-faithful stand-in for Excel.run and the parts of the Excel API SaferPlan uses. */
export { FakeExcel } from './fake-excel';
export type { FakeExcelOptions, FakeWorkbookJson, FakeCellJson, FakeWorkbookDump, DumpedSheet, InjectedFailure, RequestRecord } from './fake-excel';
export { FakeExcelError, PROPERTY_NOT_LOADED } from './errors';
export { FakeRequestContext } from './context';
export { excelRunOf, capabilitiesOf } from './as-excel-run';
