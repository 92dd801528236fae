import { SheetSpec, SpecValue } from '../../src/core/sheets/spec';
import { utcDate } from '../../src/core/grid';

/** An Actions-like sheet of n rows, with every kind of formatting a spec can ask for. */
export function actionsSpec(n: number, name = 'Actions'): SheetSpec {
  const rows: SpecValue[][] = [['Ref', 'Action', 'Lead', 'Due', 'Status', 'Progress']];
  for (let i = 1; i <= n; i++) {
    rows.push([`A${i}`, `Action number ${i} =not a formula`, i % 2 ? 'Police' : 'Council', utcDate(2020, 1 + (i % 12), 1 + (i % 28)), i % 3 ? 'Green' : 'Red', i / n]);
  }
  const last = n + 1;
  return {
    key: 'Actions',
    name,
    rows,
    columns: [{ width: 8 }, { width: 60, wrap: true }, { width: 20 }, { width: 12, numberFormat: 'dd/mm/yyyy' }, { width: 10 }, { width: 10, numberFormat: '0%' }],
    styles: [{ range: 'A1:F1', bold: true, fill: '#1F4E78', fontColor: '#FFFFFF', border: 'bottom' }],
    tables: [{ name: 'Actions', range: `A1:F${last}`, style: 'TableStyleMedium2' }],
    validations: [{ range: `E2:E${last}`, type: 'list', values: ['Blue', 'Red', 'Amber', 'Green'], allowBlank: true, prompt: 'Pick a BRAG status' }],
    conditionalFormats: [
      { range: `E2:E${last}`, rule: { type: 'textEquals', text: 'Red' }, fill: '#FFC7CE', fontColor: '#9C0006' },
      { range: `A2:F${last}`, rule: { type: 'expression', formula: 'AND($D2<>"",$D2<TODAY())' }, bold: true },
    ],
    freeze: { rows: 1, columns: 1 },
    print: { landscape: true, fitToWidth: true, titleRows: '1:1' },
    tabColor: '#1F4E78',
  };
}

/** A small Summary sheet with a chart over its own figures. */
export function summarySpec(name = 'Summary'): SheetSpec {
  return {
    key: 'Summary',
    name,
    rows: [
      ['Status', 'Actions'],
      ['Red', 2],
      ['Amber', 3],
      ['Green', 5],
      [{ text: 'See actions', target: "'Actions'!A1" }, null],
    ],
    charts: [
      {
        kind: 'column',
        title: 'Actions by status',
        from: 'D2',
        to: 'K16',
        categories: { ref: `'${name}'!$A$2:$A$4`, values: ['Red', 'Amber', 'Green'] },
        series: [{ name: 'Actions', ref: `'${name}'!$B$2:$B$4`, values: [2, 3, 5], color: '#4472C4' }],
        yAxisTitle: 'Actions',
      },
    ],
  };
}
