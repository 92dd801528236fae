/**
 * The ExcelApi requirement set of every member the in-memory Excel implements, as
 * @types/office-js gives it (test/excel/fake/api-sets.test.ts checks that every member of every
 * fake class is here, and that each set agrees with the JSDoc `[Api set: ExcelApi 1.x]` that
 * `npm run check:api-sets` reads). With the table, the fake fails a request with ApiNotFound when
 * it uses a member above the set it was configured for (FakeExcelOptions.apiVersion):
 * - setting a property or calling a method, when the request runs;
 * - loading a property (load() with no paths gives only what this Excel has);
 * - a method or navigation property that gives an object (getRange, getItemOrNullObject,
 *   getMergedAreasOrNullObject, protection...), at its place in the next request, even when
 *   nothing loads it afterwards.
 * Keys are `ExcelClass.member`; a member whose reading and assigning need different sets has both.
 */
import { FakeChart, FakeChartCollection, FakeChartSeries, FakeChartSeriesCollection } from './charts';
import { AnyProxy, FakeClientObject } from './client-object';
import { MemberSet, registerApiSets, requiredSet } from './gating';
import { FakeNamedItem, FakeNamedItemCollection } from './names';
import {
  FakeClientResult,
  FakeConditionalFormat,
  FakeConditionalFormatCollection,
  FakeConditionalKind,
  FakeConditionalRangeFormat,
  FakeConditionalRule,
  FakeDataValidation,
  FakeRange,
  FakeRangeAreas,
  FakeRangeBorder,
  FakeRangeBorderCollection,
  FakeRangeFill,
  FakeRangeFont,
  FakeRangeFormat,
} from './range';
import { FakeTable, FakeTableCollection } from './tables';
import { FakeApplication, FakeRuntime, FakeWorkbook, FakeWorkbookProtection } from './workbook';
import { FakePageLayout, FakeWorksheet, FakeWorksheetCollection, FakeWorksheetFreezePanes, FakeWorksheetProtection } from './worksheet';

export const FAKE_API_SETS: Readonly<Record<string, MemberSet>> = {
  'Chart.name': '1.1',
  'Chart.chartType': '1.7',
  'Chart.title': '1.1',
  'Chart.axes': '1.1',
  'Chart.legend': '1.1',
  'Chart.series': '1.1',
  'Chart.setPosition': '1.1',
  'Chart.delete': '1.1',
  'ChartCollection.add': '1.1',
  'ChartCollection.getItem': '1.1',
  'ChartCollection.getItemAt': '1.1',
  'ChartCollection.items': '1.1',
  'ChartSeries.name': '1.1',
  'ChartSeries.setValues': '1.7',
  'ChartSeries.setXAxisValues': '1.7',
  'ChartSeries.delete': '1.7',
  'ChartSeries.format': '1.1',
  'ChartSeriesCollection.count': '1.1',
  'ChartSeriesCollection.add': '1.7',
  'ChartSeriesCollection.getItemAt': '1.1',
  'ChartSeriesCollection.items': '1.1',
  'NamedItem.name': '1.1',
  'NamedItem.comment': '1.4',
  'NamedItem.visible': '1.1',
  'NamedItem.type': '1.1',
  'NamedItem.value': '1.1',
  'NamedItem.formula': '1.7',
  'NamedItem.getRangeOrNullObject': '1.4',
  'NamedItem.delete': '1.4',
  'NamedItemCollection.add': '1.4',
  'NamedItemCollection.getItem': '1.1',
  'NamedItemCollection.getItemOrNullObject': '1.4',
  'NamedItemCollection.items': '1.1',
  'ConditionalFormat.type': '1.6',
  'ConditionalFormat.custom': '1.6',
  'ConditionalFormat.cellValue': '1.6',
  'ConditionalFormat.textComparison': '1.6',
  'ConditionalFormat.getRange': '1.6',
  'ConditionalFormat.delete': '1.6',
  'ConditionalFormatCollection.add': '1.6',
  'ConditionalFormatCollection.clearAll': '1.6',
  'ConditionalFormatCollection.items': '1.6',
  'CustomConditionalFormat.rule': '1.6',
  'CustomConditionalFormat.format': '1.6',
  'ConditionalRangeFormat.fill': '1.6',
  'ConditionalRangeFormat.font': '1.6',
  'ConditionalFormatRule.formula': '1.6',
  'DataValidation.rule': '1.8',
  'DataValidation.ignoreBlanks': '1.8',
  'DataValidation.prompt': '1.8',
  'DataValidation.errorAlert': '1.8',
  'DataValidation.type': '1.8',
  'DataValidation.clear': '1.8',
  'Range.address': '1.1',
  'Range.addressLocal': '1.1',
  'Range.rowCount': '1.1',
  'Range.columnCount': '1.1',
  'Range.cellCount': '1.1',
  'Range.rowIndex': '1.1',
  'Range.columnIndex': '1.1',
  'Range.text': '1.1',
  'Range.isEntireColumn': '1.7',
  'Range.isEntireRow': '1.7',
  'Range.values': '1.1',
  'Range.formulas': '1.1',
  'Range.numberFormat': '1.1',
  'Range.columnHidden': '1.2',
  'Range.hyperlink': '1.7',
  'Range.format': '1.1',
  'Range.dataValidation': '1.8',
  'Range.conditionalFormats': '1.6',
  'Range.worksheet': '1.1',
  'Range.getCell': '1.1',
  'Range.getResizedRange': '1.2',
  'Range.getIntersectionOrNullObject': '1.4',
  'Range.merge': '1.2',
  'Range.unmerge': '1.2',
  'Range.getCellProperties': '1.9',
  'Range.getMergedAreasOrNullObject': '1.13',
  'Range.clear': '1.1',
  'Range.select': '1.1',
  'RangeAreas.address': '1.9',
  'RangeAreas.areaCount': '1.9',
  'RangeAreas.cellCount': '1.9',
  'RangeBorder.style': '1.1',
  'RangeBorder.weight': '1.1',
  'RangeBorder.color': '1.1',
  'RangeBorderCollection.getItem': '1.1',
  'RangeFill.color': '1.1',
  'RangeFill.clear': '1.1',
  'RangeFont.bold': '1.1',
  'RangeFont.italic': '1.1',
  'RangeFont.color': '1.1',
  'RangeFont.size': '1.1',
  'RangeFont.name': '1.1',
  'RangeFormat.font': '1.1',
  'RangeFormat.fill': '1.1',
  'RangeFormat.borders': '1.1',
  'RangeFormat.wrapText': '1.1',
  'RangeFormat.horizontalAlignment': '1.1',
  'RangeFormat.verticalAlignment': '1.1',
  'RangeFormat.columnWidth': '1.2',
  'RangeFormat.autofitColumns': '1.2',
  'RangeFormat.autofitRows': '1.2',
  'Table.name': '1.1',
  'Table.id': '1.1',
  'Table.style': '1.1',
  'Table.worksheet': '1.2',
  'Table.getRange': '1.1',
  'Table.delete': '1.1',
  'TableCollection.add': '1.1',
  'TableCollection.getItem': '1.1',
  'TableCollection.getItemOrNullObject': '1.4',
  'TableCollection.items': '1.1',
  'Application.calculationMode': { get: '1.1', set: '1.8' },
  'Application.suspendApiCalculationUntilNextSync': '1.6',
  'Application.calculate': '1.1',
  'Runtime.enableEvents': '1.8',
  'Workbook.name': '1.7',
  'Workbook.worksheets': '1.1',
  'Workbook.tables': '1.1',
  'Workbook.names': '1.1',
  'Workbook.protection': '1.7',
  'Workbook.application': '1.1',
  'Workbook.getSelectedRange': '1.1',
  'WorkbookProtection.protected': '1.7',
  'WorkbookProtection.protect': '1.7',
  'WorkbookProtection.unprotect': '1.7',
  'PageLayout.orientation': '1.9',
  'PageLayout.zoom': '1.9',
  'PageLayout.setPrintArea': '1.9',
  'PageLayout.setPrintTitleRows': '1.9',
  'Worksheet.name': '1.1',
  'Worksheet.id': '1.1',
  'Worksheet.position': '1.1',
  'Worksheet.visibility': { get: '1.1', set: '1.2' },
  'Worksheet.tabColor': '1.7',
  'Worksheet.protection': '1.2',
  'Worksheet.freezePanes': '1.7',
  'Worksheet.pageLayout': '1.9',
  'Worksheet.tables': '1.1',
  'Worksheet.charts': '1.1',
  'Worksheet.getRange': '1.1',
  'Worksheet.getRangeByIndexes': '1.7',
  'Worksheet.getUsedRange': '1.1',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'Worksheet.onChanged': '1.7',
  'Worksheet.activate': '1.1',
  'Worksheet.delete': '1.1',
  'WorksheetCollection.add': '1.1',
  'WorksheetCollection.getItem': '1.1',
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'WorksheetCollection.getActiveWorksheet': '1.1',
  'WorksheetCollection.getFirst': '1.5',
  'WorksheetCollection.onChanged': '1.9',
  'WorksheetCollection.items': '1.1',
  'WorksheetFreezePanes.freezeRows': '1.7',
  'WorksheetFreezePanes.freezeColumns': '1.7',
  'WorksheetFreezePanes.freezeAt': '1.7',
  'WorksheetFreezePanes.unfreeze': '1.7',
  'WorksheetFreezePanes.getLocationOrNullObject': '1.7',
  'WorksheetProtection.protected': '1.2',
  'WorksheetProtection.protect': '1.2',
  'WorksheetProtection.unprotect': '1.7',
  'Chart.id': '1.7',
  'ChartCollection.count': '1.1',
  'ConditionalFormat.id': '1.6',
  'Table.showHeaders': '1.1',
  'TableCollection.count': '1.1',
  'Worksheet.standardWidth': '1.7',
  'RequestContext.runtime': '1.5',
  'RequestContext.workbook': '1.1',
};

/** Each fake class and the Excel class it stands for. FakeConditionalKind is custom (and cellValue, textComparison: the same members at the same set). */
export const FAKE_CLASSES: ReadonlyArray<readonly [abstract new (...args: never[]) => object, string]> = [
  [FakeChart, 'Chart'],
  [FakeChartCollection, 'ChartCollection'],
  [FakeChartSeries, 'ChartSeries'],
  [FakeChartSeriesCollection, 'ChartSeriesCollection'],
  [FakeNamedItem, 'NamedItem'],
  [FakeNamedItemCollection, 'NamedItemCollection'],
  [FakeConditionalFormat, 'ConditionalFormat'],
  [FakeConditionalFormatCollection, 'ConditionalFormatCollection'],
  [FakeConditionalKind, 'CustomConditionalFormat'],
  [FakeConditionalRangeFormat, 'ConditionalRangeFormat'],
  [FakeConditionalRule, 'ConditionalFormatRule'],
  [FakeDataValidation, 'DataValidation'],
  [FakeRange, 'Range'],
  [FakeRangeAreas, 'RangeAreas'],
  [FakeRangeBorder, 'RangeBorder'],
  [FakeRangeBorderCollection, 'RangeBorderCollection'],
  [FakeRangeFill, 'RangeFill'],
  [FakeRangeFont, 'RangeFont'],
  [FakeRangeFormat, 'RangeFormat'],
  [FakeTable, 'Table'],
  [FakeTableCollection, 'TableCollection'],
  [FakeApplication, 'Application'],
  [FakeRuntime, 'Runtime'],
  [FakeWorkbook, 'Workbook'],
  [FakeWorkbookProtection, 'WorkbookProtection'],
  [FakePageLayout, 'PageLayout'],
  [FakeWorksheet, 'Worksheet'],
  [FakeWorksheetCollection, 'WorksheetCollection'],
  [FakeWorksheetFreezePanes, 'WorksheetFreezePanes'],
  [FakeWorksheetProtection, 'WorksheetProtection'],
];

/** The members a fake class implements for callers: its own public getters, setters and methods. */
export function implementedMembers(cls: abstract new (...args: never[]) => object): string[] {
  return Object.getOwnPropertyNames(cls.prototype).filter((n) => n !== 'constructor' && !n.startsWith('_'));
}

/**
 * Methods and getters that give an object record the member they used, so the request that
 * follows checks it at that point (what office.js does by sending the call). Uses while a request
 * runs (the fake's own navigation inside load) are checked where they happen instead.
 */
function gateObjectMakers(cls: abstract new (...args: never[]) => object, type: string): void {
  const gives = (r: unknown) => r instanceof FakeClientObject || r instanceof FakeClientResult;
  for (const name of implementedMembers(cls)) {
    const d = Object.getOwnPropertyDescriptor(cls.prototype, name)!;
    const need = requiredSet(type, name);
    if (typeof d.value === 'function') {
      const method = d.value as (...args: unknown[]) => unknown;
      Object.defineProperty(cls.prototype, name, {
        ...d,
        value: function (this: AnyProxy, ...args: unknown[]) {
          const at = this.context._queue.length;
          const r = method.apply(this, args);
          if (gives(r) && !this.context._executing) this.context._requirements.push({ ...need, at });
          return r;
        },
      });
    } else if (d.get) {
      const get = d.get;
      Object.defineProperty(cls.prototype, name, {
        ...d,
        get: function (this: AnyProxy) {
          const r = get.call(this);
          if (gives(r)) this.context._require(need);
          return r;
        },
      });
    }
  }
}

registerApiSets(FAKE_CLASSES, FAKE_API_SETS);
for (const [cls, type] of FAKE_CLASSES) gateObjectMakers(cls, type);
