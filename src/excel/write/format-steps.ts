/// <reference types="office-js" />
import { columnLetters, parseRange } from '../../core/grid';
import { ChartSpec, ConditionalFormatSpec, isoDateOf, SheetSpec, StyleSpec, ValidationSpec } from './spec-helpers';
import { Capabilities, supports } from '../excel-api';
import { blockAddress, jsonBytes, splitSheetAddress } from '../cells';
import { Step } from './batcher';

export interface FormatContext {
  sheet: () => Excel.Worksheet;
  /** The worksheet a sheet-qualified reference in a chart points at (a sheet being built resolves to its temporary sheet). */
  sheetNamed: (name: string) => Excel.Worksheet;
  tableName: (index: number) => string;
  capabilities: Capabilities;
  notice: (m: string) => void;
}

const OVERHEAD = 300;

function step(payload: unknown, queue: () => void): Step {
  return { bytes: OVERHEAD + jsonBytes(payload ?? null), queue };
}

/** Excel measures column width in points; specs in characters (Calibri 11: 7 px a character plus 5 px padding). */
export function charactersToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const CHART_TYPES = { columnStacked: 'ColumnStacked', barStacked: 'BarStacked', bar: 'BarClustered', column: 'ColumnClustered', line: 'Line' } as const;

function applyStyle(ws: Excel.Worksheet, s: StyleSpec): void {
  const r = ws.getRange(s.range);
  if (s.bold !== undefined) r.format.font.bold = s.bold;
  if (s.italic !== undefined) r.format.font.italic = s.italic;
  if (s.fontSize !== undefined) r.format.font.size = s.fontSize;
  if (s.fontColor) r.format.font.color = s.fontColor;
  if (s.fill) r.format.fill.color = s.fill;
  if (s.wrap !== undefined) r.format.wrapText = s.wrap;
  if (s.horizontal) r.format.horizontalAlignment = H_ALIGN[s.horizontal];
  if (s.vertical) r.format.verticalAlignment = V_ALIGN[s.vertical];
  if (s.numberFormat) {
    const box = parseRange(s.range);
    const rows = box.bottom - box.top + 1;
    const cols = box.right - box.left + 1;
    r.numberFormat = Array.from({ length: rows }, () => new Array<string>(cols).fill(s.numberFormat!));
  }
  if (s.border === 'thin') {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
      const b = r.format.borders.getItem(edge);
      b.style = 'Continuous';
      b.weight = 'Thin';
      b.color = '#BFBFBF';
    }
  } else if (s.border === 'bottom') {
    const b = r.format.borders.getItem('EdgeBottom');
    b.style = 'Continuous';
    b.weight = 'Medium';
    b.color = '#404040';
  }
}

/** The data validation rule for a spec, or undefined (with the reason) when Excel cannot hold it. */
export function validationRule(v: ValidationSpec): { rule?: Excel.DataValidationRule; why?: string } {
  if (v.type === 'list') {
    if (v.values.some((x) => x.includes(','))) return { why: `the list for ${v.range} has an entry containing a comma` };
    const source = v.values.join(',');
    if (source.length > 255) return { why: `the list for ${v.range} is longer than the 255 characters Excel allows` };
    return { rule: { list: { inCellDropDown: true, source } } };
  }
  if (v.type === 'date') {
    if (v.operator === 'between') {
      if (!v.min || !v.max) return { why: `the date rule for ${v.range} needs both dates` };
      return { rule: { date: { formula1: isoDateOf(v.min), formula2: isoDateOf(v.max), operator: 'Between' } } };
    }
    const d = v.operator === 'greaterThanOrEqual' ? v.min : v.max;
    if (!d) return { why: `the date rule for ${v.range} has no date` };
    return { rule: { date: { formula1: isoDateOf(d), operator: v.operator === 'greaterThanOrEqual' ? 'GreaterThanOrEqualTo' : 'LessThanOrEqualTo' } } };
  }
  const basic: Excel.BasicDataValidation =
    v.min !== undefined && v.max !== undefined
      ? { formula1: v.min, formula2: v.max, operator: 'Between' }
      : v.min !== undefined
        ? { formula1: v.min, operator: 'GreaterThanOrEqualTo' }
        : v.max !== undefined
          ? { formula1: v.max, operator: 'LessThanOrEqualTo' }
          : { formula1: -9.99e307, formula2: 9.99e307, operator: 'Between' };
  return { rule: v.type === 'whole' ? { wholeNumber: basic } : { decimal: basic } };
}

/** The formula a conditional format tests, relative to the range's top-left cell as Excel expects. */
export function conditionFormula(c: ConditionalFormatSpec): string {
  if (c.rule.type === 'expression') return c.rule.formula.startsWith('=') ? c.rule.formula : `=${c.rule.formula}`;
  const r = parseRange(c.range);
  return `=${columnLetters(r.left)}${r.top}="${c.rule.text.replace(/"/g, '""')}"`;
}

function addChart(fc: FormatContext, ws: Excel.Worksheet, chart: ChartSpec): void {
  const rangeOf = (ref: string) => {
    const { sheet, local } = splitSheetAddress(ref);
    return (sheet === undefined ? ws : fc.sheetNamed(sheet)).getRange(local.replace(/\$/g, ''));
  };
  const [first, ...rest] = chart.series;
  const c = ws.charts.add(CHART_TYPES[chart.kind], rangeOf(first.ref), 'Columns');
  c.title.text = chart.title;
  const seriesFormat = (s: Excel.ChartSeries, color?: string) => {
    if (!color) return;
    if (chart.kind === 'line') s.format.line.color = color;
    else s.format.fill.setSolidColor(color);
  };
  const s0 = c.series.getItemAt(0);
  s0.setValues(rangeOf(first.ref));
  s0.setXAxisValues(rangeOf(chart.categories.ref));
  s0.name = first.name;
  seriesFormat(s0, first.color);
  for (const s of rest) {
    const added = c.series.add(s.name);
    added.setValues(rangeOf(s.ref));
    added.setXAxisValues(rangeOf(chart.categories.ref));
    seriesFormat(added, s.color);
  }
  if (chart.xAxisTitle) c.axes.categoryAxis.title.text = chart.xAxisTitle;
  if (chart.yAxisTitle) c.axes.valueAxis.title.text = chart.yAxisTitle;
  c.setPosition(chart.from, chart.to);
}

/**
 * Everything after the values: column widths and hiding, tables, styles, validations, conditional
 * formats, freeze panes, charts, print settings and tab colour, each over exactly the cells the
 * spec names. Features this Excel lacks are skipped with a notice instead of failing the build.
 */
export function formatSteps(spec: SheetSpec, fc: FormatContext): Step[] {
  const steps: Step[] = [];
  const has = (f: Parameters<typeof supports>[1]) => supports(fc.capabilities, f);
  const lastRow = Math.max(1, spec.rows.length);
  (spec.columns ?? []).forEach((c, i) => {
    const L = columnLetters(i + 1);
    steps.push(
      step(c, () => {
        const ws = fc.sheet();
        if (c.width !== undefined) ws.getRange(`${L}1:${L}${lastRow}`).format.columnWidth = charactersToPoints(c.width);
        if (c.hidden) ws.getRange(`${L}1:${L}${lastRow}`).columnHidden = true;
        if (c.wrap && lastRow >= 2) {
          const body = ws.getRange(`${L}2:${L}${lastRow}`);
          body.format.wrapText = true;
          body.format.verticalAlignment = 'Top';
        }
      }),
    );
  });
  if (spec.rowHeights && Object.keys(spec.rowHeights).length) {
    // Excel sizes wrapped rows itself once asked; one request for the whole sheet.
    let lastCol = 1;
    for (const r of spec.rows) if (r.length > lastCol) lastCol = r.length;
    steps.push(
      step(spec.rowHeights, () =>
        fc
          .sheet()
          .getRange(`A1:${columnLetters(lastCol)}${lastRow}`)
          .format.autofitRows(),
      ),
    );
  }
  (spec.tables ?? []).forEach((t, j) => {
    steps.push(
      step(t, () => {
        const table = fc.sheet().tables.add(fc.sheet().getRange(t.range), true);
        table.name = fc.tableName(j);
        table.style = t.style ?? 'TableStyleMedium2';
      }),
    );
  });
  for (const s of spec.styles ?? []) {
    const box = parseRange(s.range);
    const cells = s.numberFormat ? (box.bottom - box.top + 1) * (box.right - box.left + 1) * (s.numberFormat.length + 3) : 0;
    steps.push({ bytes: OVERHEAD + jsonBytes(s) + cells, queue: () => applyStyle(fc.sheet(), s) });
  }
  if (spec.validations?.length && !has('dataValidation')) fc.notice(`Drop-down lists and checks on '${spec.name}' need a newer Excel (ExcelApi 1.8); the sheet is written without them.`);
  else {
    for (const v of spec.validations ?? []) {
      const { rule, why } = validationRule(v);
      if (!rule) {
        fc.notice(`A check on '${spec.name}' was left out: ${why}.`);
        continue;
      }
      steps.push(
        step(v, () => {
          const dv = fc.sheet().getRange(v.range).dataValidation;
          dv.rule = rule;
          dv.ignoreBlanks = v.allowBlank;
          if (v.prompt) dv.prompt = { showPrompt: true, title: '', message: v.prompt.slice(0, 255) };
          if (v.error) dv.errorAlert = { showAlert: true, style: 'Stop', title: 'SaferPlan', message: v.error.slice(0, 255) };
        }),
      );
    }
  }
  if (spec.conditionalFormats?.length && !has('conditionalFormats')) fc.notice(`Colour rules on '${spec.name}' need a newer Excel (ExcelApi 1.6); the sheet is written without them.`);
  else {
    for (const c of spec.conditionalFormats ?? []) {
      steps.push(
        step(c, () => {
          const cf = fc.sheet().getRange(c.range).conditionalFormats.add('Custom');
          cf.custom.rule.formula = conditionFormula(c);
          if (c.fill) cf.custom.format.fill.color = c.fill;
          if (c.fontColor) cf.custom.format.font.color = c.fontColor;
          if (c.bold) cf.custom.format.font.bold = true;
        }),
      );
    }
  }
  const f = spec.freeze;
  if (f && (f.rows > 0 || f.columns > 0)) {
    if (!has('freezePanes')) fc.notice(`Frozen headings on '${spec.name}' need a newer Excel (ExcelApi 1.7).`);
    else
      steps.push(
        step(f, () => {
          const panes = fc.sheet().freezePanes;
          if (f.rows > 0 && f.columns > 0) panes.freezeAt(fc.sheet().getRange(blockAddress(1, 1, f.rows, f.columns)));
          else if (f.rows > 0) panes.freezeRows(f.rows);
          else panes.freezeColumns(f.columns);
        }),
      );
  }
  const charts = (spec.charts ?? []).filter((c) => c.series.length > 0);
  if (charts.length && !has('charts')) fc.notice(`Charts on '${spec.name}' need a newer Excel (ExcelApi 1.7); the figures are written without them.`);
  else for (const c of charts) steps.push(step(c, () => addChart(fc, fc.sheet(), c)));
  const p = spec.print;
  if (p) {
    if (!has('pageLayout')) fc.notice(`Print settings for '${spec.name}' need a newer Excel (ExcelApi 1.9).`);
    else
      steps.push(
        step(p, () => {
          const layout = fc.sheet().pageLayout;
          layout.orientation = p.landscape ? 'Landscape' : 'Portrait';
          if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
          if (p.titleRows)
            layout.setPrintTitleRows(
              p.titleRows
                .split(':')
                .map((x) => `$${x.replace(/\$/g, '')}`)
                .join(':'),
            );
          if (p.area) layout.setPrintArea(p.area);
        }),
      );
  }
  if (spec.tabColor && has('tabColor')) steps.push(step(spec.tabColor, () => void (fc.sheet().tabColor = spec.tabColor!)));
  return steps;
}
