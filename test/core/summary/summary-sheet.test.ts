import { parseA1, parseRange } from '../../../src/core/grid';
import { BRAG_COLOURS, Status } from '../../../src/core/plan';
import { SheetSpec, isFormulaValue, isLinkValue } from '../../../src/core/sheets/spec';
import { estimateRowHeights, summaryFigures, summarySheetSpec, SummaryInput, TOP_AGENCIES, wrappedLines } from '../../../src/core/summary';
import { act, cell, refValues, rowOf, tableAfter, utc } from './helpers';

const statuses: (Status | null)[] = ['On track', 'At risk', 'Off track', 'Complete', null, 'Not started', 'Cancelled', 'On track'];
const actions = Array.from({ length: 40 }, (_, i) =>
  act({
    ref: `${1 + (i % 4)}.${i}`,
    priority: ['Burglary', 'Violent crime', 'ASB', 'Drugs'][i % 4],
    status: statuses[i % statuses.length],
    leadAgency: `Agency ${String.fromCharCode(65 + (i % 18))}${i % 5 === 0 ? '; Police' : ''}`,
    due: `2026-${String(1 + (i % 12)).padStart(2, '0')}-28`,
  }),
);
const input: SummaryInput = {
  partnership: 'Safer Town Partnership',
  title: 'Community Safety Plan 2026/27',
  actions,
  indicators: [
    { id: 'x', indicator: 'Domestic burglary', priority: 'Burglary', unit: 'count', latestPeriod: 'Q2 2026/27', latestActual: 310, milestone: 300, rag: 'amber', significance: 'Not significant' },
    { id: 'y', indicator: 'Repeat victims', priority: 'Violent crime', unit: 'percent', latestPeriod: '2026/27', latestActual: 0.12, milestone: 0.15, rag: 'green', significance: null },
  ],
  returns: [{ agency: 'Fire', complete: false, priorities: [{ priority: 'Burglary', status: 'incomplete' }] }],
};
const today = utc(2026, 11, 23);
const figures = summaryFigures(input, today);
const spec = summarySheetSpec(figures, { name: "Mike's Summary" });

const BRAG_WORD: Record<string, string> = Object.fromEntries((Object.entries(BRAG_COLOURS) as [string, { fill: string }][]).map(([b, c]) => [c.fill, b[0].toUpperCase() + b.slice(1)]));

function cellsOf(range: string): string[] {
  const r = parseRange(range);
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(`${String.fromCharCode(64 + col)}${row}`);
  return out;
}

describe('summarySheetSpec', () => {
  test('key, name, title with partnership and plan, generated date day-first', () => {
    expect(spec.key).toBe('Summary');
    expect(spec.name).toBe("Mike's Summary");
    expect(cell(spec, 'A1')).toBe('Summary: Safer Town Partnership – Community Safety Plan 2026/27');
    expect(String(cell(spec, 'A2'))).toContain('Generated 23/11/2026');
    expect(String(cell(spec, 'A2'))).toContain('Plan period: 28/01/2026 to 28/12/2026');
  });

  test('blocks in order down the sheet', () => {
    const order = [
      'Actions at a glance',
      'Actions by priority and status',
      /^Overdue actions/,
      /^Due in the next 30 days/,
      /^Due in 31 to 90 days/,
      'Actions by lead agency',
      /^Targets on and off trajectory/,
      /^Partner returns \(/,
    ];
    const rows = order.map((h) => rowOf(spec, h));
    expect(rows.every((r) => r > 0)).toBe(true);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
  });

  test('chart references point at the cells holding exactly the cached values', () => {
    expect(spec.charts).toHaveLength(2);
    for (const chart of spec.charts!) {
      const cats = refValues(spec, chart.categories.ref);
      expect(cats.sheet).toBe("Mike's Summary");
      expect(cats.values).toEqual(chart.categories.values);
      for (const s of chart.series) {
        expect(s.ref).toMatch(/^'Mike''s Summary'!\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/);
        const v = refValues(spec, s.ref);
        expect(v.sheet).toBe("Mike's Summary");
        expect(v.values).toEqual(s.values);
      }
    }
  });

  test('status by priority is a stacked bar in BRAG colours; workload shows the busiest agencies', () => {
    const [status, workload] = spec.charts!;
    expect(status.kind).toBe('barStacked');
    expect(status.categories.values).toEqual(['Burglary', 'Violent crime', 'ASB', 'Drugs']);
    const onTrack = status.series.find((s) => s.name === 'On track (Green)')!;
    expect(onTrack.color).toBe(BRAG_COLOURS.green.fill);
    expect(onTrack.values).toEqual(figures.priorities.map((p) => p.byStatus['On track']));
    expect(status.series.find((s) => s.name === 'Complete (Blue)')!.color).toBe(BRAG_COLOURS.blue.fill);
    const one = summarySheetSpec(summaryFigures({ ...input, actions: actions.map((a) => ({ ...a, status: 'On track' as const })) }, today), { name: 'Summary' });
    // Every status keeps its series, at zero when no action has it: the cells are live, so an officer's edit can fill it.
    expect(one.charts![0].series.map((s) => s.name)).toEqual(['Not started', 'On track (Green)', 'At risk (Amber)', 'Off track (Red)', 'Complete (Blue)', 'Cancelled', 'No status']);
    expect(one.charts![0].series.find((s) => s.name === 'Complete (Blue)')!.values.every((v) => v === 0)).toBe(true);
    expect(workload.kind).toBe('bar');
    expect(workload.categories.values).toHaveLength(Math.min(TOP_AGENCIES, figures.agencies.length));
    expect(workload.categories.values[0]).toBe('Police');
    expect(workload.title).toBe(`Lead agency workload (busiest 15 of ${figures.agencies.length})`);
    expect(workload.series.map((s) => s.name)).toEqual(['Actions', 'Overdue']);
  });

  test('charts sit to the right of the tables and do not overlap each other', () => {
    const lastTextColumn = Math.max(...spec.rows.map((r) => r.length));
    const boxes = spec.charts!.map((c) => ({ from: parseA1(c.from), to: parseA1(c.to) }));
    for (const b of boxes) expect(b.from.col).toBeGreaterThan(lastTextColumn + 1);
    expect(boxes[1].from.row).toBeGreaterThan(boxes[0].to.row);
  });

  test('print: A4 landscape, one page wide, title rows repeated, area covering tables and charts', () => {
    expect(spec.print).toMatchObject({ landscape: true, fitToWidth: true, titleRows: '1:2' });
    const area = parseRange(spec.print!.area!);
    expect(area.top).toBe(1);
    expect(area.left).toBe(1);
    expect(area.bottom).toBeGreaterThanOrEqual(spec.rows.length);
    for (const c of spec.charts!) {
      const to = parseA1(c.to);
      expect(to.col).toBeLessThanOrEqual(area.right);
      expect(to.row).toBeLessThanOrEqual(area.bottom);
    }
  });

  test('no cell relies on colour alone: every BRAG fill is on a cell that says its colour', () => {
    const filled = (spec.styles ?? []).filter((s) => s.fill && BRAG_WORD[s.fill]);
    expect(filled.length).toBeGreaterThan(10);
    for (const s of filled) {
      for (const a1 of cellsOf(s.range)) expect(String(cell(spec, a1))).toContain(BRAG_WORD[s.fill!]);
    }
  });

  test('values only: no formulas, no links', () => {
    for (const row of spec.rows)
      for (const v of row) {
        expect(isLinkValue(v)).toBe(false);
        if (typeof v === 'string') expect(v.startsWith('=')).toBe(false);
      }
  });

  test('overdue list: oldest first with ref, priority, lead agency, due date and status word', () => {
    const t = tableAfter(spec, /^Overdue actions/, 'Action')!;
    expect(t.header).toEqual(['Action', 'Ref', 'Priority', 'Lead agency', 'Due', 'Days overdue', 'Status']);
    expect(t.body).toHaveLength(figures.overdue.length);
    const dues = t.body.map((r) => (r[4] as Date).getTime());
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    for (const r of t.body) expect(['Complete (Blue)', 'Cancelled']).not.toContain(r[6]);
  });

  test('indicators and returns are shown with their words', () => {
    const t = tableAfter(spec, /^Targets on and off trajectory/, 'Indicator')!;
    expect(t.body.map((r) => [r[0], r[3], r[4], r[5], r[6]])).toEqual([
      ['Domestic burglary', 310, 300, 10, 'Amber: within tolerance'],
      ['Repeat victims', 0.12, 0.15, -0.03, 'Green: on trajectory'],
    ]);
    const pct = (spec.styles ?? []).find((s) => s.range === `D${t.first + 1}:F${t.first + 1}`);
    expect(pct?.numberFormat).toBe('0.0%');
    const r = tableAfter(spec, /^Partner returns \(/, 'Agency')!;
    expect(r.body).toEqual([['Fire', 'Incomplete', 0, 1, 0]]);
  });

  test('empty sections say so in words instead of empty tables', () => {
    const empty = summarySheetSpec(summaryFigures({ partnership: null, title: null, actions: [], indicators: [], returns: [] }, today), { name: 'Summary' });
    const texts = empty.rows.map((r) => r[0]);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Action plan summary',
        'The plan has no actions yet.',
        'No actions are overdue.',
        'No open actions are due in the next 30 days.',
        'No open actions are due in 31 to 90 days.',
        'No actions, so no lead agencies.',
        'No targets with a baseline were found, so there are no trajectories to report.',
        'No partner returns have been received.',
      ]),
    );
    expect(empty.charts).toEqual([]);
    expect(String(empty.rows[1][0])).toContain('Plan period: not stated');
    const noReturns = summarySheetSpec(summaryFigures({ partnership: null, title: null, actions, indicators: [], returns: null }, today), { name: 'Summary' });
    expect(rowOf(noReturns, /^Partner returns \(/)).toBe(-1);
  });
});

describe('estimateRowHeights', () => {
  test('wrapped headers and long text get taller rows; short rows keep the default', () => {
    const h = estimateRowHeights(spec);
    const matrixHeader = rowOf(spec, 'Priority');
    expect(h[matrixHeader]).toBeGreaterThanOrEqual(30); // "On track (Green)" in a 13-wide column: two lines
    const matrixFirst = matrixHeader + 1;
    expect(h[matrixFirst]).toBeUndefined(); // "Burglary" fits
    expect(h[1]).toBeGreaterThan(15); // 16pt title
  });

  test('wrappedLines packs words greedily', () => {
    expect(wrappedLines('On track (Green)', 13)).toBe(2);
    expect(wrappedLines('Burglary', 13)).toBe(1);
    expect(wrappedLines('a b\nc', 10)).toBe(2);
    expect(wrappedLines('abcdefghijklmnopqrstuvwxyz', 10)).toBe(3);
  });

  test('uses its own spec shape only', () => {
    const s: Pick<SheetSpec, 'rows' | 'columns' | 'styles'> = { rows: [['x'], ['a long text that wraps']], columns: [{ width: 10, wrap: true }] };
    expect(estimateRowHeights(s)).toEqual({ 2: 45 });
  });
});

describe('live Summary cells', () => {
  const live = (s: SheetSpec, a1: string) => {
    const { row, col } = parseA1(a1);
    const v = s.rows[row - 1][col - 1];
    return isFormulaValue(v) ? v : null;
  };

  test('As at holds TODAY() when today is real, the date as a value when fixed', () => {
    const real = summarySheetSpec(figures, { name: 'Summary', liveToday: true });
    expect(live(real, 'B3')).toEqual({ formula: 'TODAY()', cached: today });
    expect(cell(spec, 'B3')).toEqual(today);
    expect(live(spec, 'B3')).toBeNull();
  });

  test('headline counts are COUNTIFS over the Actions table with core figures cached; overdue avoids "<>"', () => {
    const header = rowOf(spec, 'Actions at a glance') + 1;
    const n = header + 1;
    expect(live(spec, `B${n}`)).toEqual({ formula: 'COUNTA(Actions[Source])', cached: 40 });
    expect(live(spec, `D${n}`)).toEqual({ formula: 'COUNTIFS(Actions[Status],"=On track")', cached: figures.byStatus['On track'] });
    expect(live(spec, `I${n}`)!.formula).toBe(`B${n}-SUM(C${n}:H${n})`);
    const overdue = live(spec, `J${n}`)!;
    expect(overdue.cached).toBe(figures.overdue.length);
    expect(overdue.formula).toBe('(COUNTIFS(Actions[Due],"<"&$B$3)-COUNTIFS(Actions[Status],"Complete",Actions[Due],"<"&$B$3)-COUNTIFS(Actions[Status],"Cancelled",Actions[Due],"<"&$B$3))');
    expect(JSON.stringify(spec.rows)).not.toContain('<>');
  });

  test('a priority is matched exactly: wildcards escaped, the unnamed group as blank', () => {
    const odd = summaryFigures({ ...input, actions: [act({ priority: 'Drugs * alcohol?', status: 'Complete' }), act({ priority: null, status: null })] }, today);
    const s = summarySheetSpec(odd, { name: 'Summary' });
    const formulas = s.rows
      .flat()
      .filter(isFormulaValue)
      .map((v) => v.formula);
    expect(formulas).toContain('COUNTIFS(Actions[Priority],"=Drugs ~* alcohol~?")');
    expect(formulas).toContain('COUNTIFS(Actions[Priority],"=")');
  });
});
