import { Action } from '../plan';
import { TimescaleResult } from '../timescale/timescale';

export type CellField = 'ref' | 'action' | 'lead' | 'measure' | 'timescale' | 'status' | 'progress' | 'percent';

/** An action as structure found it, with what validation needs beyond the model's fields. */
export interface RecognisedAction {
  action: Action;
  /** A1 address of each field's first cell (the cell a finding should point at). */
  cells: Partial<Record<CellField, string>>;
  /** Whether the table this action came from has a column for the field (a missing column is reported once, not per action). */
  columns: Partial<Record<CellField, boolean>>;
  rawStatus: string | null;
  rawLead: string | null;
  progress: string | null;
  timescale: TimescaleResult | null;
  /** Cells holding Excel errors (#REF!, #N/A) in the action's fields. */
  errorCells: { field: CellField; cell: string; error: string }[];
  /** 'narrative' for an activity read from a plan written as prose (no table, so no reference, lead or timescale columns). */
  origin?: 'table' | 'narrative';
}
