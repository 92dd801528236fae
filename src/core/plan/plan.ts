import { Action } from './action';
import { Finding } from './finding';
import { Target } from './target';

/** What structure recognises in a workbook. */
export interface Plan {
  /** The partnership's name when the workbook states it (title rows), else null. */
  partnership: string | null;
  /** The plan's title, e.g. "PARTNERSHIP PLAN – 2009/10". */
  title: string | null;
  actions: Action[];
  targets: Target[];
  findings: Finding[];
}
