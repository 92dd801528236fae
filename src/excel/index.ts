/** The office.js host and what the task pane needs to drive it. */
export { ExcelHost, DEFAULT_REQUEST_BUDGET } from './excel-host';
export type { ExcelHostOptions } from './excel-host';
export { officeCapabilities, FEATURE_SETS } from './excel-api';
export type { ExcelRun, Capabilities, Feature } from './excel-api';
export { ExcelHostError } from './host-error';
export type { WriteStats } from './write/write-sheets';
