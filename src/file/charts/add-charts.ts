/**
 * Native Excel charts in an .xlsx written by ExcelJS, which cannot write charts (ExcelJS issue
 * #141). The package is patched part by part: a chart part per chart, anchors in the
 * sheet's drawing (ExcelJS's own drawing when the sheet has images), the relationships and the
 * content-type overrides. Everything else in the package is left byte for byte as it was.
 *
 * Run it last: ExcelJS drops chart parts when it re-reads and re-writes a file.
 */
import { OpcPackage } from '../opc-package';
import type { ChartSpec } from '../../core/sheets/spec';
import { chartSpaceXml } from './chart-xml';
import { qualifyChart } from './chart-refs';
import { addOverride, addOverrides, CONTENT_TYPE, removeOverrides } from './content-types';
import { appendAnchors, chartAnchorXml, emptyDrawingXml, needsNsDeclarations, nextShapeId, ownChartAnchors, removeAnchors } from './drawing-xml';
import { nextNumberedPart, relativeTarget, relsPathFor, resolveTarget } from './part-paths';
import { addRelationship, addRelationships, parseRelationships, REL_TYPE, removeRelationships } from './relationships';
import { drawingRelId, insertDrawing } from './worksheet-drawing';
import { readText, sheetPartByName, worksheetParts } from './workbook-sheets';

export interface SheetCharts {
  sheetName: string;
  charts: ChartSpec[];
}

const CONTENT_TYPES = '[Content_Types].xml';

/** Group requests by worksheet part, so two entries for one sheet share its drawing. */
function groupBySheet(parts: Map<string, string>, requests: SheetCharts[]): Map<string, ChartSpec[]> {
  const out = new Map<string, ChartSpec[]>();
  for (const r of requests) {
    const part = sheetPartByName(parts, r.sheetName, 'add charts');
    out.set(part, [...(out.get(part) ?? []), ...r.charts.map((c) => qualifyChart(c, r.sheetName))]);
  }
  return out;
}

/** A sheet's drawing as found (or not) before any chart is added. */
interface SheetDrawing {
  sheetPart: string;
  /** The worksheet XML as read (large sheets are read once). */
  sheetXml?: string;
  specs: ChartSpec[];
  chartXmls: string[];
  drawingPart?: string;
  drawingXml?: string;
  drawingRels?: string;
}

/** The package being patched: the zip and the content types, written back once at the end. */
interface Pkg {
  zip: OpcPackage;
  contentTypes: string;
}

/** Find the sheet's drawing, if it has one, and take out the charts an earlier run put there. */
function clearOwnCharts(pkg: Pkg, d: SheetDrawing): void {
  const sheetXml = readText(pkg.zip, d.sheetPart);
  if (sheetXml === undefined) throw new Error(`Worksheet part ${d.sheetPart} is missing`);
  d.sheetXml = sheetXml;
  const relId = drawingRelId(sheetXml);
  if (relId === undefined) return;
  const rel = parseRelationships(readText(pkg.zip, relsPathFor(d.sheetPart))).find((r) => r.id === relId);
  if (!rel) throw new Error(`${d.sheetPart} names drawing ${relId} but its relationships do not`);
  d.drawingPart = resolveTarget(d.sheetPart, rel.target);
  const drawingXml = readText(pkg.zip, d.drawingPart);
  if (drawingXml === undefined) throw new Error(`Drawing part ${d.drawingPart} is missing`);
  d.drawingRels = readText(pkg.zip, relsPathFor(d.drawingPart));
  const own = ownChartAnchors(drawingXml);
  const rels = new Map(parseRelationships(d.drawingRels).map((r) => [r.id, r]));
  const removed = own.map((a) => rels.get(a.relId)).filter((r): r is NonNullable<typeof r> => r !== undefined);
  const chartParts = removed.map((r) => resolveTarget(d.drawingPart!, r.target));
  for (const part of chartParts) {
    pkg.zip.remove(part);
    pkg.zip.remove(relsPathFor(part));
  }
  pkg.contentTypes = removeOverrides(pkg.contentTypes, chartParts);
  if (d.drawingRels !== undefined)
    d.drawingRels = removeRelationships(
      d.drawingRels,
      removed.map((r) => r.id),
    );
  d.drawingXml = removeAnchors(drawingXml, own);
}

/** Give the sheet a drawing part: numbered, related from the sheet, placed in the sheet XML. */
function createDrawing(pkg: Pkg, sheetPart: string, sheetXml: string): string {
  const sheetRelsPath = relsPathFor(sheetPart);
  const drawingPart = nextNumberedPart(pkg.zip.names(), 'xl/drawings', 'drawing');
  const added = addRelationship(readText(pkg.zip, sheetRelsPath), REL_TYPE.drawing, relativeTarget(sheetPart, drawingPart));
  pkg.zip.write(sheetRelsPath, added.xml);
  pkg.zip.write(sheetPart, insertDrawing(sheetXml, added.id));
  pkg.contentTypes = addOverride(pkg.contentTypes, drawingPart, CONTENT_TYPE.drawing);
  return drawingPart;
}

function writeCharts(pkg: Pkg, d: SheetDrawing): void {
  if (d.drawingPart === undefined) {
    if (d.specs.length === 0) return;
    d.drawingPart = createDrawing(pkg, d.sheetPart, d.sheetXml!);
    d.drawingXml = emptyDrawingXml();
  }
  const drawingPart = d.drawingPart;
  let drawingXml = d.drawingXml!;
  let drawingRels = d.drawingRels;
  const declareNs = needsNsDeclarations(drawingXml);
  let shapeId = nextShapeId(drawingXml);
  // Parts, overrides and relationships are added in one pass each: a sheet may hold hundreds of charts.
  const first = Number(/(\d+)\.xml$/.exec(nextNumberedPart(pkg.zip.names(), 'xl/charts', 'chart'))![1]);
  const chartParts = d.specs.map((_s, i) => `xl/charts/chart${first + i}.xml`);
  chartParts.forEach((part, i) => pkg.zip.write(part, d.chartXmls[i]));
  pkg.contentTypes = addOverrides(pkg.contentTypes, chartParts, CONTENT_TYPE.chart);
  const added = addRelationships(
    drawingRels,
    chartParts.map((part) => ({ type: REL_TYPE.chart, target: relativeTarget(drawingPart, part) })),
  );
  drawingRels = added.xml;
  const anchors = d.specs.map((spec, i) => chartAnchorXml({ from: spec.from, to: spec.to, shapeId: shapeId++, description: spec.title, relId: added.ids[i] }, declareNs));
  drawingXml = appendAnchors(drawingXml, anchors);
  pkg.zip.write(drawingPart, drawingXml);
  if (drawingRels !== undefined) pkg.zip.write(relsPathFor(drawingPart), drawingRels);
}

/**
 * Add the charts to their sheets and return the new package. Charts a previous call added to a
 * sheet are replaced, not duplicated (the same call twice gives the same parts); images and
 * other drawings are kept.
 */
export async function addChartsToXlsx(xlsx: Buffer, charts: SheetCharts[]): Promise<Buffer> {
  const pkg = OpcPackage.fromZip(xlsx);
  addChartsToPackage(pkg, charts);
  return pkg.toZip();
}

/** The same, on a package already open (the file host zips it afterwards). */
export function addChartsToPackage(zip: OpcPackage, charts: SheetCharts[]): void {
  const groups = groupBySheet(worksheetParts(zip), charts);
  const contentTypes = readText(zip, CONTENT_TYPES);
  if (contentTypes === undefined) throw new Error('Not an .xlsx package: [Content_Types].xml is missing');
  const pkg: Pkg = { zip, contentTypes };

  // Build every chart part first, so a bad spec fails before anything is changed.
  const drawings: SheetDrawing[] = [...groups].map(([sheetPart, specs]) => ({ sheetPart, specs, chartXmls: specs.map(chartSpaceXml) }));
  // Clear every sheet before adding to any, so freed part numbers are reused in the same order.
  for (const d of drawings) clearOwnCharts(pkg, d);
  for (const d of drawings) writeCharts(pkg, d);

  zip.write(CONTENT_TYPES, pkg.contentTypes);
}
