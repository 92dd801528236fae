import { SourceRef } from './source';
import { Status } from './status';

/** One action of the plan. Field names are fixed by model.md (`--json` output). */
export interface Action {
  ref: string | null;
  priority: string | null;
  strand: string | null;
  theme: string | null;
  action: string;
  leadOfficer: string | null;
  leadAgency: string | null;
  measure: string | null;
  timescale: string | null;
  start: string | null; // YYYY-MM-DD
  due: string | null; // YYYY-MM-DD
  status: Status | null;
  flags: string[];
  source: SourceRef;
}
