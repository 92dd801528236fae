import { Target, TargetSettings } from './types';

/** A target before it has an id: what one place in the workbook says. */
export type TargetDraft = Omit<Target, 'id'> & {
  /** An id the workbook gives it (an Id column), if any. */
  givenId: string | null;
  /** Where the caption or row that this came from says it came from (a generated Targets row's Source). */
  origin: { sheet: string; cell: string } | null;
  settings: Partial<TargetSettings>;
};
