/**
 * The recognition corpus: real partnership plans, transcribed in test code as a paste from Word
 * into Excel would leave them, each with a truth written by hand from its source document.
 * One plan a file under test/corpus/plans/, exporting `plan`. The recognition test structures each
 * one and scores every field against its truth (test/corpus/RECOGNITION.md).
 */
import { CellValue } from '../../src/core/grid';

export interface CorpusSheet {
  name: string;
  /** rows[r][c] is the cell at row r+1, column c+1, as the paste leaves it. */
  rows: CellValue[][];
  /** Merged areas as A1 ranges ("B5:B7"), as Word's merged table cells paste. */
  merges?: string[];
}

/** One action (or narrative activity) as the source document states it. */
export interface TruthAction {
  /** The plan's own reference, or null when the plan gives none. */
  ref: string | null;
  /** The opening words of the action text, enough to tell it apart (matched as a prefix, case and spacing folded). */
  action: string;
  leadOfficer: string | null;
  leadAgency: string | null;
  /** ISO date of the end of the latest period the timescale names, or null (ongoing, none given). */
  due: string | null;
  priority: string | null;
  theme: string | null;
}

export interface CorpusPlan {
  /** Partnership, document and year, e.g. "Safer Sheffield Action Plan 2002/03". */
  name: string;
  /**
   * The name a partnership would save the paste under: the plan's name without its excerpt note,
   * as a file name ("/" as "-", ":" as " -") + ".xlsx". The structure step is given it, as a
   * host gives the workbook's own name.
   */
  workbook?: string;
  /** The public address the plan was transcribed from. */
  source: string;
  /** 'table': an action-plan table; 'narrative': a plan written as prose, bullets and headings. */
  kind: 'table' | 'narrative';
  sheets: CorpusSheet[];
  truth: { actions: TruthAction[] };
}
