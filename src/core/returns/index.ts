/** Partner returns (seed 002's priority feedback proformas): reading, judging, template, collation. */
export { readReturns, WHOLE_PRIORITY } from './read';
export type { ReadReturnsOptions } from './read';
export type { PartnerReturn, PriorityReturn, PriorityStatus, ReturnField, ReturnOutput, ReturnJson } from './model';
export { returnJson } from './model';
export type { FieldState } from './text';
export { judgeText } from './text';
export { FIELD_NAMES, TEMPLATE_TITLE } from './labels';
export { returnTemplateSheetSpecs, returnSheetName, PLACEHOLDER } from './template';
export { returnsSheetSpec, RETURNS_COLUMNS, PARTNER_INFORMATION } from './collate';
export { returnFigures } from './figures';
export type { ReturnFigures, AgencyReturnFigures } from './figures';
export { returnPlanOf, matchPriority, financialYearIn } from './priorities';
export { returnPlanFor } from './plan-for-returns';
export type { ReturnPlan } from './priorities';
export { taskGroupTemplateSheetSpec, taskGroupSheetName, TASK_GROUP_COLUMNS } from './task-group-template';
export type { TaskGroupTemplateOptions } from './task-group-template';
