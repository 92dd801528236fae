import { sheetRef } from '../grid';
import { Finding, sortFindings } from '../plan';
import { SheetSpec, SpecValue } from './spec';

export const ISSUE_COLUMNS = ['Severity', 'Sheet', 'Cell', 'What is wrong and how to fix it', 'Code'] as const;

/** The Issues sheet: every finding with a link to its cell, errors first. */
export function issuesSheetSpec(name: string, findings: readonly Finding[]): SheetSpec {
  const sorted = sortFindings(findings);
  const rows: SpecValue[][] = [[...ISSUE_COLUMNS]];
  for (const f of sorted) {
    const cell: SpecValue = f.cell ? { text: f.cell, target: sheetRef(f.sheet, f.cell) } : null;
    rows.push([f.severity === 'error' ? 'Error' : f.severity === 'warning' ? 'Warning' : 'Info', f.sheet, cell, f.message, f.code]);
  }
  const last = Math.max(rows.length, 2);
  return {
    key: 'Issues',
    name,
    rows,
    columns: [{ width: 10 }, { width: 22 }, { width: 8 }, { width: 100, wrap: true }, { width: 24 }],
    tables: [{ name: 'Issues', range: `A1:E${last}`, style: 'TableStyleLight9' }],
    styles: [{ range: 'A1:E1', bold: true }],
    conditionalFormats: [
      { range: `A2:A${last}`, rule: { type: 'textEquals', text: 'Error' }, fill: '#FFC7CE', fontColor: '#9C0006', bold: true },
      { range: `A2:A${last}`, rule: { type: 'textEquals', text: 'Warning' }, fill: '#FFEB9C', fontColor: '#7F6000' },
    ],
    freeze: { rows: 1, columns: 0 },
    print: { landscape: true, fitToWidth: true, titleRows: '1:1' },
  };
}
