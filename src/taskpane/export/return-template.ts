import { returnTemplateSheetSpecs, type ReturnPlan } from '../../core/returns';
import type { SheetSpec } from '../../core/sheets/spec';

/**
 * A partner's blank return (the task pane's `saferplan returns-template`): the sheets to open as
 * a new workbook and the file name to save them under. The sheets carry no SaferPlan mark: the
 * workbook is the partner's to fill in, not ours to regenerate.
 */
export interface ReturnTemplate {
  agency: string;
  priorities: string[];
  fileName: string;
  specs: SheetSpec[];
}

/** The agency as typed, with runs of spaces made one; '' when nothing was typed. */
export function cleanAgency(typed: string): string {
  return typed.replace(/\s+/g, ' ').trim();
}

/** "<agency> return.xlsx", without the characters Windows and macOS refuse in file names. */
export function returnFileName(agency: string): string {
  const safe = cleanAgency(agency.replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')).replace(/^\.+/, '');
  return `${safe || 'Partner'} return.xlsx`;
}

/** Null when the plan names no priorities: a return would have nothing to ask about. */
export function returnTemplateFor(plan: ReturnPlan, agencyTyped: string): ReturnTemplate | null {
  const agency = cleanAgency(agencyTyped);
  if (!agency) throw new Error('The agency the return is for is required.');
  if (plan.priorities.length === 0) return null;
  return { agency, priorities: plan.priorities, fileName: returnFileName(agency), specs: returnTemplateSheetSpecs(plan, agency) };
}
