/** Where something came from in the input workbook. */
export interface SourceRef {
  sheet: string;
  cell: string; // 'A9'
}
