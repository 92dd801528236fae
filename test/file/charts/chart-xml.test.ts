import type { ChartSpec } from '../../../src/core/sheets/spec';
import { chartSpaceXml, srgb } from '../../../src/file/charts/chart-xml';
import { checkWellFormed } from './xml-check';

const base: ChartSpec = {
  kind: 'column',
  title: 'Actions by strand',
  from: 'A1',
  to: 'H15',
  categories: { ref: "'Data sharing'!$A$2:$A$4", values: ['Prevention', 'Enforcement', 'Intelligence'] },
  series: [{ name: 'Open', ref: "'Data sharing'!$B$2:$B$4", values: [3, 0.5, -2] }],
};

/** Top-level order of the children of an element, to check schema sequences. */
function childOrder(xml: string, parent: string): string[] {
  const body = new RegExp(`<${parent}>([\\s\\S]*?)</${parent}>`).exec(xml)![1];
  const out: string[] = [];
  let depth = 0;
  for (const m of body.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else {
      if (depth === 0) out.push(m[2]);
      if (!m[3]) depth++;
    }
  }
  return out;
}

describe('chartSpaceXml', () => {
  it.each([
    ['column', 'col', 'clustered', false],
    ['columnStacked', 'col', 'stacked', true],
    ['bar', 'bar', 'clustered', false],
    ['barStacked', 'bar', 'stacked', true],
  ] as const)('%s is a %s bar chart, %s', (kind, dir, grouping, overlap) => {
    const xml = chartSpaceXml({ ...base, kind });
    expect(xml).toContain(`<c:barDir val="${dir}"/><c:grouping val="${grouping}"/>`);
    expect(xml.includes('<c:overlap val="100"/>')).toBe(overlap);
    expect(checkWellFormed(xml)).toEqual([]);
    expect(childOrder(xml, 'c:barChart')).toEqual(['c:barDir', 'c:grouping', 'c:varyColors', 'c:ser', 'c:gapWidth', ...(overlap ? ['c:overlap'] : []), 'c:axId', 'c:axId']);
    expect(childOrder(xml, 'c:ser')).toEqual(['c:idx', 'c:order', 'c:tx', 'c:invertIfNegative', 'c:cat', 'c:val']);
  });

  it('lists horizontal bars top to bottom with the value axis at the bottom', () => {
    const xml = chartSpaceXml({ ...base, kind: 'barStacked' });
    expect(xml).toMatch(/<c:catAx><c:axId val="\d+"\/><c:scaling><c:orientation val="maxMin"\/><\/c:scaling><c:delete val="0"\/><c:axPos val="l"\/>/);
    expect(xml).toMatch(/<c:valAx>.*<c:axPos val="b"\/>.*<c:crosses val="max"\/>/);
    const col = chartSpaceXml(base);
    expect(col).toContain('<c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>');
  });

  it('follows the CT_Chart, CT_CatAx and CT_ValAx sequences', () => {
    const xml = chartSpaceXml({ ...base, xAxisTitle: 'Strand', yAxisTitle: 'Actions' });
    expect(childOrder(xml, 'c:chart')).toEqual(['c:title', 'c:autoTitleDeleted', 'c:plotArea', 'c:legend', 'c:plotVisOnly', 'c:dispBlanksAs']);
    expect(childOrder(xml, 'c:plotArea')).toEqual(['c:layout', 'c:barChart', 'c:catAx', 'c:valAx']);
    expect(childOrder(xml, 'c:catAx')).toEqual([
      'c:axId',
      'c:scaling',
      'c:delete',
      'c:axPos',
      'c:title',
      'c:numFmt',
      'c:majorTickMark',
      'c:minorTickMark',
      'c:tickLblPos',
      'c:crossAx',
      'c:crosses',
      'c:auto',
      'c:lblAlgn',
      'c:lblOffset',
      'c:noMultiLvlLbl',
    ]);
    expect(childOrder(xml, 'c:valAx')).toEqual([
      'c:axId',
      'c:scaling',
      'c:delete',
      'c:axPos',
      'c:majorGridlines',
      'c:title',
      'c:numFmt',
      'c:majorTickMark',
      'c:minorTickMark',
      'c:tickLblPos',
      'c:crossAx',
      'c:crosses',
      'c:crossBetween',
    ]);
  });

  it('writes a line chart with circle markers, series colour on line and marker, and gaps for nulls and non-numbers', () => {
    const xml = chartSpaceXml({
      ...base,
      kind: 'line',
      series: [{ name: 'Actual', ref: 'Trajectories!$C$2:$C$5', values: [10, null, NaN, 7.25], color: '#c00000' }],
    });
    expect(childOrder(xml, 'c:lineChart')).toEqual(['c:grouping', 'c:varyColors', 'c:ser', 'c:marker', 'c:axId', 'c:axId']);
    expect(childOrder(xml, 'c:ser')).toEqual(['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:marker', 'c:cat', 'c:val', 'c:smooth']);
    expect(xml).toContain('<a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill><a:round/></a:ln>');
    expect(xml).toContain('<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr><a:solidFill><a:srgbClr val="C00000"/>');
    expect(xml).toContain('<c:ptCount val="4"/><c:pt idx="0"><c:v>10</c:v></c:pt><c:pt idx="3"><c:v>7.25</c:v></c:pt></c:numCache>');
    expect(checkWellFormed(xml)).toEqual([]);
  });

  it('escapes titles, series names, categories and formulas', () => {
    const xml = chartSpaceXml({
      ...base,
      title: `Drugs & alcohol <"new"> it's`,
      categories: { ref: "'R&D <x>'!$A$1:$A$1", values: ['A & B'] },
      series: [{ name: 'Off <track>', ref: "'R&D <x>'!$B$1:$B$1", values: [1] }],
    });
    expect(xml).toContain(`<a:t>Drugs &amp; alcohol &lt;"new"&gt; it's</a:t>`);
    expect(xml).toContain("<c:f>'R&amp;D &lt;x&gt;'!$A$1:$A$1</c:f>");
    expect(xml).toContain('<c:v>A &amp; B</c:v>');
    expect(xml).toContain('<c:tx><c:v>Off &lt;track&gt;</c:v></c:tx>');
    expect(checkWellFormed(xml)).toEqual([]);
  });

  it('uses literals when a spec gives no reference, and hides the automatic title when there is no title', () => {
    const xml = chartSpaceXml({ ...base, title: ' ', categories: { ref: '', values: ['x'] }, series: [{ name: 'n', ref: '', values: [1] }] });
    expect(xml).toContain('<c:cat><c:strLit><c:ptCount val="1"/>');
    expect(xml).toContain('<c:val><c:numLit><c:formatCode>General</c:formatCode>');
    expect(xml).not.toContain('<c:f>');
    expect(xml).not.toContain('<c:title>');
    expect(xml).toContain('<c:autoTitleDeleted val="1"/>');
  });

  it('accepts #RRGGBB colours in either case and rejects anything else', () => {
    expect(srgb('#1f77b4')).toBe('1F77B4');
    expect(srgb('C00000')).toBe('C00000');
    expect(() => srgb('red')).toThrow(/#RRGGBB/);
    expect(() => srgb('#FFF')).toThrow(/#RRGGBB/);
  });
});
