import { BRAG_COLOURS } from '../../../src/core/plan';
import { trajectoryRows } from '../../../src/core/trajectory/rows';
import { TRAJECTORY_HEADERS, numberFormatFor, trajectorySheetSpec } from '../../../src/core/trajectory/sheet';
import { SEED_TARGETS } from './seedTargets';
import { isFormulaValue, shownValue } from '../../../src/core/sheets/spec';

describe('trajectorySheetSpec', () => {
  const rows = trajectoryRows(SEED_TARGETS, [{ indicator: 'T1', period: '2004/05', actual: 1100 }]);
  const spec = trajectorySheetSpec(rows);

  it('is the Trajectories sheet with one table over every row', () => {
    expect(spec.key).toBe('Trajectories');
    expect(spec.name).toBe('Trajectories');
    expect(spec.rows[0]).toEqual([...TRAJECTORY_HEADERS]);
    expect(spec.rows).toHaveLength(rows.length + 1);
    expect(spec.tables).toEqual([{ name: 'Trajectories', range: `A1:L${rows.length + 1}`, style: 'TableStyleMedium2' }]);
    expect(spec.rows.every((r) => r.length === TRAJECTORY_HEADERS.length)).toBe(true);
  });

  it('writes the figures and the RAG words', () => {
    const r = spec.rows[2].map(shownValue);
    expect(r.slice(1, 7)).toEqual(['Criminal damage incidents', '2004/05', 1095, 1095, 1100, 5]);
    expect(r[7]).toBeCloseTo(40 / 180, 10);
    expect(r[8]).toBe('Amber');
    expect(spec.rows[1][2]).toBe('2003/04 (baseline)');
    expect(spec.rows[5][2]).toBe('2007/08 (target)');
  });

  it('a target met at the target period is Blue', () => {
    const met = trajectorySheetSpec(trajectoryRows([SEED_TARGETS[0]], [{ indicator: 'T1', period: '2007/08', actual: 950 }]));
    expect(shownValue(met.rows[5][8])).toBe('Blue');
  });

  it('actual, variance, % achieved and RAG are formulas over Progress and the milestone', () => {
    const [, , , , , actual, variance, percent, rag, , , significance] = spec.rows[2];
    expect(isFormulaValue(actual) && actual.formula).toContain('Progress[Indicator]="T1"');
    expect(isFormulaValue(actual) && actual.formula).toContain('Progress[Period]="2004/05"');
    expect(isFormulaValue(variance) && variance.formula).toBe('IF(F3="","",F3-D3)');
    expect(isFormulaValue(percent) && percent.formula).toBe('IF(F3="","",(F3-1140)/(960-1140))');
    // Reduce: green at or below the milestone 1095, amber up to 1095 x 1.05.
    expect(isFormulaValue(rag) && rag.formula).toBe('IF(F3<>"",IF(F3<=D3,"Green",IF(F3<=1149.75,"Amber","Red")),"")');
    expect(isFormulaValue(significance) && significance.formula).toContain('GAMMA.INV(');
    // The baseline row judges nothing.
    expect(spec.rows[1].slice(6, 9)).toEqual([null, null, null]);
  });

  it('colours RAG the BRAG way', () => {
    const cf = spec.conditionalFormats!;
    expect(cf).toHaveLength(4);
    expect(cf.every((c) => c.range === `I2:I${rows.length + 1}`)).toBe(true);
    expect(cf.find((c) => c.rule.type === 'expression' && c.rule.formula.includes('"Amber"'))!.fill).toBe(BRAG_COLOURS.amber.fill);
  });

  it('one line chart per indicator, milestones against actuals, with cached values', () => {
    const charts = spec.charts!;
    expect(charts).toHaveLength(SEED_TARGETS.length);
    const c = charts[0];
    expect(c.kind).toBe('line');
    expect(c.title).toBe('Criminal damage incidents');
    expect(c.categories).toEqual({ ref: 'Trajectories!$C$2:$C$6', values: ['2003/04 (baseline)', '2004/05', '2005/06', '2006/07', '2007/08 (target)'] });
    expect(c.series.map((s) => [s.name, s.ref, s.values])).toEqual([
      ['Milestone', 'Trajectories!$D$2:$D$6', [1140, 1095, 1050, 1005, 960]],
      ['Actual', 'Trajectories!$F$2:$F$6', [null, 1100, null, null, null]],
    ]);
    // Charts do not overlap one another.
    expect(charts[1].from).not.toBe(c.from);
  });

  it('number formats follow each indicator', () => {
    const pct = rows.filter((r) => r.unit === 'percent' && r.indicator.includes('home'));
    expect(numberFormatFor(pct)).toBe('0%');
    expect(numberFormatFor(rows.filter((r) => r.targetId === 'T1'))).toBe('#,##0');
    expect(spec.styles!.some((s) => s.numberFormat === '0%' && s.range.startsWith('D'))).toBe(true);
  });

  it('quotes a sheet name that needs it, and still makes a table with no rows', () => {
    const named = trajectorySheetSpec(rows.slice(0, 5), "Targets' view");
    expect(named.charts![0].series[0].ref).toBe("'Targets'' view'!$D$2:$D$6");
    const empty = trajectorySheetSpec([]);
    expect(empty.rows).toHaveLength(2);
    expect(empty.tables![0].range).toBe('A1:L2');
    expect(empty.charts).toEqual([]);
  });
});
