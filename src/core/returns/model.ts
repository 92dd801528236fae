import { FieldState } from './text';

/**
 * A partner's return (seed 002's "PRIORITY FEEDBACK TEMPLATE"), read and judged.
 * `agency`, `sheet`, `complete`, and per priority `priority`, `status`, `missing` are the fields
 * `saferplan returns --json` prints (model.md); the rest is kept for findings and the sheets.
 */

export type PriorityStatus = 'complete' | 'incomplete' | 'not applicable';

/** One answer box of the proforma. */
export interface ReturnField {
  /** The text as written, continuation rows joined with newlines. */
  text: string;
  state: FieldState;
  /** Template words left next to a real answer. */
  templateLeft: boolean;
  /** Where the answer is (its first cell), or where it should go when blank. */
  cell: string | null;
}

export interface ReturnOutput {
  number: number;
  output: ReturnField;
  impact: ReturnField;
}

export interface PriorityReturn {
  priority: string;
  /** The cell holding the priority's name. */
  cell: string | null;
  status: PriorityStatus;
  /** Field names (FIELD_NAMES) still to fill for the priority to be complete. */
  missing: string[];
  narrative: string | null;
  /** Our template's "Applies to our agency?" answer; null when absent or blank. */
  applies: boolean | null;
  partnership: ReturnField;
  outputs: ReturnOutput[];
  inYearImpact: ReturnField;
}

export interface PartnerReturn {
  agency: string;
  sheet: string;
  /** The cell where the return starts (its title, or its AGENCY row). */
  cell: string;
  /** The file it came from, when returns are collated from several workbooks. */
  file?: string;
  name: string | null;
  role: string | null;
  date: string | null;
  signature: string | null;
  /** "Please explain HOW the partnership has assisted your agency ..." */
  assistance: ReturnField;
  priorities: PriorityReturn[];
  /** Return-level fields still to fill (the agency, the partnership's help). */
  missing: string[];
  /** Every priority complete or not applicable, and nothing missing at return level. */
  complete: boolean;
}

/** The `returns --json` shape of model.md, exactly. */
export interface ReturnJson {
  agency: string;
  sheet: string;
  complete: boolean;
  priorities: { priority: string; status: PriorityStatus; missing: string[] }[];
}

export function returnJson(r: PartnerReturn): ReturnJson {
  return {
    agency: r.agency,
    sheet: r.sheet,
    complete: r.complete,
    priorities: r.priorities.map((p) => ({ priority: p.priority, status: p.status, missing: [...p.missing] })),
  };
}
