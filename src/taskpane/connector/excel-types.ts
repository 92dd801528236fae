/**
 * What the rest of the task pane may know of the office.js host: its error type (to tell Excel's
 * refusals from our faults) and the capabilities it reports. The pane reaches src/excel only
 * through this folder; the linter enforces it.
 */
export { ExcelHostError } from '../../excel/host-error';
export type { Capabilities } from '../../excel';
