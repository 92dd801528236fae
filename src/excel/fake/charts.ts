import { FakeClientObject, FakeCollection, Slot } from './client-object';
import { FakeExcelError, invalidArgument, itemNotFound } from './errors';
import { cellKey, ChartModel, SeriesModel, SheetModel, SheetRef } from './model';
import { FakeRange, guardCells, resolveRangeArg } from './range';

const CHART_TYPES = new Set([
  'ColumnClustered',
  'ColumnStacked',
  'ColumnStacked100',
  'BarClustered',
  'BarStacked',
  'BarStacked100',
  'Line',
  'LineMarkers',
  'LineStacked',
  'Pie',
  'Doughnut',
  'Area',
  'AreaStacked',
  'XYScatter',
]);

/** Series the way Excel guesses them from a block: text in the first row names series, text in the first column gives categories. */
function seriesFrom(src: SheetRef, seriesBy: string): SeriesModel[] {
  const { sheet, ref } = src;
  const isText = (r: number, c: number) => typeof sheet.cells.get(cellKey(r, c))?.v === 'string';
  const byRows = seriesBy === 'Rows';
  const headerRow = !byRows ? Array.from({ length: ref.right - ref.left + 1 }, (_x, i) => ref.left + i).some((c) => isText(ref.top, c)) : false;
  const headerCol = Array.from({ length: ref.bottom - ref.top + 1 }, (_x, i) => ref.top + i).some((r) => r > ref.top && isText(r, ref.left));
  const top = headerRow ? ref.top + 1 : ref.top;
  const left = headerCol ? ref.left + 1 : ref.left;
  const out: SeriesModel[] = [];
  if (!byRows) {
    for (let c = left; c <= ref.right; c++) {
      const name = headerRow ? String(sheet.cells.get(cellKey(ref.top, c))?.v ?? '') : `Series${out.length + 1}`;
      out.push({
        name,
        values: { sheet, ref: { top, bottom: ref.bottom, left: c, right: c } },
        xValues: headerCol ? { sheet, ref: { top, bottom: ref.bottom, left: ref.left, right: ref.left } } : undefined,
      });
    }
  } else {
    for (let r = top; r <= ref.bottom; r++) out.push({ name: `Series${out.length + 1}`, values: { sheet, ref: { top: r, bottom: r, left, right: ref.right } } });
  }
  return out;
}

type ChartTarget = { sheet: SheetModel; chart: ChartModel };

export class FakeChartCollection extends FakeCollection<SheetModel, FakeChart> {
  protected _readers() {
    return { count: (t: SheetModel) => t.charts.length };
  }
  protected _items(t: SheetModel): FakeChart[] {
    return t.charts.map((c) => new FakeChart(this.context, `${this._path}.item(${c.id})`, () => ({ sheet: t, chart: c, deleted: c.deleted }) as ChartTarget));
  }
  add(type: string, sourceData: FakeRange, seriesBy: string = 'Auto'): FakeChart {
    const slot = new Slot<ChartTarget>();
    this._call('add', [type, sourceData, seriesBy], (sheet) => {
      guardCells(sheet);
      if (!CHART_TYPES.has(type)) throw invalidArgument(`Unknown chart type ${type}.`);
      const src = resolveRangeArg(this.context, sourceData, sheet);
      const wb = this.context._excel.model;
      const chart: ChartModel = { id: wb.nextId++, name: `Chart ${sheet.charts.length + 1}`, type, title: '', series: seriesFrom(src, seriesBy) };
      sheet.charts.push(chart);
      slot.value = { sheet, chart };
    });
    return new FakeChart(this.context, `${this._path}.add(${type})`, slot.get);
  }
  getItem(name: string): FakeChart {
    return new FakeChart(this.context, `${this._path}.getItem(${JSON.stringify(name)})`, () => {
      const s = this._target();
      const c = s.charts.find((x) => x.name === name);
      if (!c) throw itemNotFound(`chart '${name}'`);
      return { sheet: s, chart: c };
    });
  }
  getItemAt(index: number): FakeChart {
    return new FakeChart(this.context, `${this._path}.getItemAt(${index})`, () => {
      const s = this._target();
      const c = s.charts[index];
      if (!c) throw itemNotFound(`chart ${index}`);
      return { sheet: s, chart: c };
    });
  }
}

export class FakeChart extends FakeClientObject<ChartTarget> {
  override _target(): ChartTarget {
    const t = super._target();
    if (t.chart.deleted) throw itemNotFound(this._path);
    return t;
  }
  protected _readers() {
    return { name: (t: ChartTarget) => t.chart.name, chartType: (t: ChartTarget) => t.chart.type, id: (t: ChartTarget) => String(t.chart.id) };
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (t, x) => {
      if (typeof x !== 'string' || x === '') throw invalidArgument('A chart name cannot be empty.');
      t.chart.name = x;
    });
  }
  get chartType(): string {
    return this._get('chartType');
  }
  set chartType(v: string) {
    this._set('chartType', v, (t, x) => {
      if (!CHART_TYPES.has(String(x))) throw invalidArgument(`Unknown chart type ${String(x)}.`);
      t.chart.type = String(x);
    });
  }
  get title(): { text: string; visible: boolean } {
    const self = this;
    return {
      get text(): string {
        return self._get('title.text');
      },
      set text(v: string) {
        self._set('title.text', v, (t, x) => void (t.chart.title = String(x)));
      },
      get visible(): boolean {
        return true;
      },
      set visible(_v: boolean) {
        self._set('title.visible', _v, () => undefined);
      },
    };
  }
  get axes() {
    const self = this;
    const axis = (which: 'categoryAxisTitle' | 'valueAxisTitle') => ({
      title: {
        get text(): string {
          return self._get(`${which}.text`);
        },
        set text(v: string) {
          self._set(`axes.${which === 'valueAxisTitle' ? 'valueAxis' : 'categoryAxis'}.title.text`, v, (t, x) => void (t.chart[which] = String(x)));
        },
      },
    });
    return { categoryAxis: axis('categoryAxisTitle'), valueAxis: axis('valueAxisTitle') };
  }
  get legend() {
    const self = this;
    return {
      set position(v: string) {
        self._set('legend.position', v, () => undefined);
      },
      set visible(v: boolean) {
        self._set('legend.visible', v, () => undefined);
      },
    };
  }
  get series(): FakeChartSeriesCollection {
    return this._child('series', () => new FakeChartSeriesCollection(this.context, `${this._path}.series`, () => this._target()));
  }
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this._call('setPosition', [startCell, endCell], (t) => {
      const a = resolveRangeArg(this.context, startCell, t.sheet);
      t.chart.from = cellName(a.ref.top, a.ref.left);
      if (endCell !== undefined) {
        const b = resolveRangeArg(this.context, endCell, t.sheet);
        t.chart.to = cellName(b.ref.bottom, b.ref.right);
      }
    });
  }
  delete(): void {
    this._call('delete', [], (t) => {
      guardCells(t.sheet);
      t.chart.deleted = true;
      t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart);
    });
  }
}

function cellName(row: number, col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${row}`;
}

type SeriesTarget = ChartTarget & { series: SeriesModel };

export class FakeChartSeriesCollection extends FakeCollection<ChartTarget, FakeChartSeries> {
  protected _readers() {
    return { count: (t: ChartTarget) => t.chart.series.length };
  }
  protected _items(t: ChartTarget): FakeChartSeries[] {
    return t.chart.series.map((s, i) => new FakeChartSeries(this.context, `${this._path}.item(${i})`, () => ({ ...t, series: s })));
  }
  get count(): number {
    return this._get('count');
  }
  /** ExcelApi 1.7. */
  add(name?: string, index?: number): FakeChartSeries {
    const slot = new Slot<SeriesTarget>();
    this._call('add', [name, index], (t) => {
      const s: SeriesModel = { name: name ?? `Series${t.chart.series.length + 1}` };
      if (index === undefined) t.chart.series.push(s);
      else t.chart.series.splice(index, 0, s);
      slot.value = { ...t, series: s };
    });
    return new FakeChartSeries(this.context, `${this._path}.add(${name ?? ''})`, slot.get);
  }
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.context, `${this._path}.getItemAt(${index})`, () => {
      const t = this._target();
      const s = t.chart.series[index];
      if (!s) throw itemNotFound(`series ${index}`);
      return { ...t, series: s };
    });
  }
}

export class FakeChartSeries extends FakeClientObject<SeriesTarget> {
  protected _readers() {
    return { name: (t: SeriesTarget) => t.series.name };
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (t, x) => void (t.series.name = String(x)));
  }
  private _one(range: FakeRange, t: SeriesTarget): SheetRef {
    const r = resolveRangeArg(this.context, range, t.sheet);
    if (r.ref.left !== r.ref.right && r.ref.top !== r.ref.bottom) throw new FakeExcelError('InvalidArgument', 'Series data must be one row or one column.');
    return r;
  }
  /** ExcelApi 1.7. */
  setValues(sourceData: FakeRange): void {
    this._call('setValues', [sourceData], (t) => void (t.series.values = this._one(sourceData, t)));
  }
  /** ExcelApi 1.7. */
  setXAxisValues(sourceData: FakeRange): void {
    this._call('setXAxisValues', [sourceData], (t) => void (t.series.xValues = this._one(sourceData, t)));
  }
  /** ExcelApi 1.7. */
  delete(): void {
    this._call('delete', [], (t) => void (t.chart.series = t.chart.series.filter((s) => s !== t.series)));
  }
  get format() {
    const self = this;
    return {
      fill: {
        setSolidColor(color: string): void {
          self._call('format.fill.setSolidColor', [color], (t) => void (t.series.fill = String(color).toUpperCase()));
        },
      },
      line: {
        set color(v: string) {
          self._set('format.line.color', v, (t, x) => void (t.series.line = String(x).toUpperCase()));
        },
        get color(): string {
          return self._get('format.line.color');
        },
      },
    };
  }
}
