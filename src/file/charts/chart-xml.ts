/**
 * One chart part (xl/charts/chartN.xml, a c:chartSpace) from a ChartSpec. Element order follows
 * the DrawingML chart schema (CT_Chart, CT_BarChart, CT_LineChart, CT_BarSer, CT_LineSer,
 * CT_CatAx, CT_ValAx), which Excel enforces. Every series carries its cell reference and a cache
 * of the values, so the chart draws at once in readers that do not recalculate.
 */
import type { ChartSpec, SeriesSpec } from '../../core/sheets/spec';
import { escapeText } from './xml-text';

export const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
export const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const CAT_AX_ID = 500000001;
const VAL_AX_ID = 500000002;

interface Shape {
  bar: boolean;
  /** 'col' for vertical columns, 'bar' for horizontal bars. */
  dir: 'col' | 'bar';
  stacked: boolean;
}

function shapeOf(kind: ChartSpec['kind']): Shape {
  switch (kind) {
    case 'column':
      return { bar: true, dir: 'col', stacked: false };
    case 'columnStacked':
      return { bar: true, dir: 'col', stacked: true };
    case 'bar':
      return { bar: true, dir: 'bar', stacked: false };
    case 'barStacked':
      return { bar: true, dir: 'bar', stacked: true };
    case 'line':
      return { bar: false, dir: 'col', stacked: false };
    default:
      throw new Error(`Unknown chart kind: ${String(kind)}`);
  }
}

/** '#1f77b4' or '1F77B4' -> '1F77B4'; anything else is a caller's mistake worth hearing about. */
export function srgb(color: string): string {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(color.trim());
  if (!m) throw new Error(`Chart colour must be '#RRGGBB', got '${color}'`);
  return m[1].toUpperCase();
}

/** xsd:double text for a cached value; null and non-finite numbers leave a gap. */
function numText(v: number | null): string | undefined {
  return v === null || !Number.isFinite(v) ? undefined : String(v);
}

function richText(text: string, opts: { size: number; bold: boolean; vertical?: boolean }): string {
  const b = opts.bold ? '1' : '0';
  const body = opts.vertical ? '<a:bodyPr rot="-5400000" vert="horz"/>' : '<a:bodyPr/>';
  return (
    `<c:tx><c:rich>${body}<a:lstStyle/><a:p><a:pPr><a:defRPr sz="${opts.size}" b="${b}"/></a:pPr>` +
    `<a:r><a:rPr lang="en-GB" sz="${opts.size}" b="${b}"/><a:t>${escapeText(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function titleXml(text: string, size: number, bold: boolean, vertical = false): string {
  return `<c:title>${richText(text, { size, bold, vertical })}<c:overlay val="0"/></c:title>`;
}

function strCache(values: string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeText(v)}</c:v></c:pt>`).join('');
  return `<c:ptCount val="${values.length}"/>${pts}`;
}

function numCache(values: (number | null)[]): string {
  const pts = values
    .map((v, i) => {
      const t = numText(v);
      return t === undefined ? '' : `<c:pt idx="${i}"><c:v>${t}</c:v></c:pt>`;
    })
    .join('');
  return `<c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}`;
}

/** c:cat: a string reference with its cache, or a literal when the spec gives no reference. */
function categoriesXml(cat: ChartSpec['categories']): string {
  const inner = cat.ref.trim() ? `<c:strRef><c:f>${escapeText(cat.ref.trim())}</c:f><c:strCache>${strCache(cat.values)}</c:strCache></c:strRef>` : `<c:strLit>${strCache(cat.values)}</c:strLit>`;
  return `<c:cat>${inner}</c:cat>`;
}

function valuesXml(s: SeriesSpec): string {
  const inner = s.ref.trim() ? `<c:numRef><c:f>${escapeText(s.ref.trim())}</c:f><c:numCache>${numCache(s.values)}</c:numCache></c:numRef>` : `<c:numLit>${numCache(s.values)}</c:numLit>`;
  return `<c:val>${inner}</c:val>`;
}

function fill(rgb: string): string {
  return `<a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill>`;
}

function barSeriesXml(s: SeriesSpec, i: number, cat: ChartSpec['categories']): string {
  const sp = s.color ? `<c:spPr>${fill(srgb(s.color))}</c:spPr>` : '';
  return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeText(s.name)}</c:v></c:tx>${sp}` + `<c:invertIfNegative val="0"/>${categoriesXml(cat)}${valuesXml(s)}</c:ser>`;
}

function lineSeriesXml(s: SeriesSpec, i: number, cat: ChartSpec['categories']): string {
  const rgb = s.color ? srgb(s.color) : undefined;
  const sp = rgb ? `<c:spPr><a:ln w="28575" cap="rnd">${fill(rgb)}<a:round/></a:ln></c:spPr>` : '';
  const markerSp = rgb ? `<c:spPr>${fill(rgb)}<a:ln w="9525">${fill(rgb)}</a:ln></c:spPr>` : '';
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeText(s.name)}</c:v></c:tx>${sp}` +
    `<c:marker><c:symbol val="circle"/><c:size val="6"/>${markerSp}</c:marker>` +
    `${categoriesXml(cat)}${valuesXml(s)}<c:smooth val="0"/></c:ser>`
  );
}

function axesXml(spec: ChartSpec, shape: Shape): string {
  const horizontalBars = shape.bar && shape.dir === 'bar';
  // Horizontal bars list categories top to bottom, as the table beside them reads; the value
  // axis then sits at the 'max' category end, which is the bottom.
  const catPos = horizontalBars ? 'l' : 'b';
  const valPos = horizontalBars ? 'b' : 'l';
  const catTitle = spec.xAxisTitle ? titleXml(spec.xAxisTitle, 1000, false, horizontalBars) : '';
  const valTitle = spec.yAxisTitle ? titleXml(spec.yAxisTitle, 1000, false, !horizontalBars) : '';
  const catAx =
    `<c:catAx><c:axId val="${CAT_AX_ID}"/><c:scaling><c:orientation val="${horizontalBars ? 'maxMin' : 'minMax'}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${catPos}"/>${catTitle}<c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `<c:crossAx val="${VAL_AX_ID}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${VAL_AX_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${valPos}"/><c:majorGridlines/>${valTitle}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${CAT_AX_ID}"/><c:crosses val="${horizontalBars ? 'max' : 'autoZero'}"/>` +
    `<c:crossBetween val="between"/></c:valAx>`;
  return catAx + valAx;
}

function plotXml(spec: ChartSpec, shape: Shape): string {
  const axIds = `<c:axId val="${CAT_AX_ID}"/><c:axId val="${VAL_AX_ID}"/>`;
  if (shape.bar) {
    const series = spec.series.map((s, i) => barSeriesXml(s, i, spec.categories)).join('');
    const overlap = shape.stacked ? '<c:overlap val="100"/>' : '';
    return (
      `<c:barChart><c:barDir val="${shape.dir}"/><c:grouping val="${shape.stacked ? 'stacked' : 'clustered'}"/>` +
      `<c:varyColors val="0"/>${series}<c:gapWidth val="${shape.stacked ? 60 : 150}"/>${overlap}${axIds}</c:barChart>`
    );
  }
  const series = spec.series.map((s, i) => lineSeriesXml(s, i, spec.categories)).join('');
  return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axIds}</c:lineChart>`;
}

/** The complete chart part. */
export function chartSpaceXml(spec: ChartSpec): string {
  const shape = shapeOf(spec.kind);
  const title = spec.title.trim() ? `${titleXml(spec.title, 1400, true)}<c:autoTitleDeleted val="0"/>` : '<c:autoTitleDeleted val="1"/>';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">` +
    `<c:date1904 val="0"/><c:lang val="en-GB"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:plotArea><c:layout/>${plotXml(spec, shape)}${axesXml(spec, shape)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}
