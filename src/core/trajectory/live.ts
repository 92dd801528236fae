/**
 * The Trajectories sheet's live cells: formulas over the Progress table's actuals and each row's
 * milestone, so variance, % of target achieved, RAG and significance follow an actual as soon as
 * someone types it into Progress. Each carries the value core computed as its cache.
 *
 * What stays a value, computed at build:
 * - an actual summed from a complete set of monthly counts (actualFrom 'months');
 * - the forecast outturn itself (it needs the monthly profile); its cell empties once an actual is typed;
 * - significance when the limits were asked for by a method other than the automatic choice.
 */
import { FormulaValue, SpecValue } from '../sheets/spec';
import { normalQuantile } from './gamma';
import { clean } from './rounding';
import { TrajectoryRow } from './rows';
import { BYAR_FROM } from './significance';

/** The Progress table (src/core/targets/progress-sheet) and the columns read from it. */
export const PROGRESS_TABLE = 'Progress';
const P = (c: 'Indicator' | 'Period' | 'Actual') => `${PROGRESS_TABLE}[${c}]`;

const str = (s: string) => `"${s.replace(/"/g, '""')}"`;
/** A number as formula text: plain decimal, never exponent notation Excel might misread. */
function num(n: number): string {
  const s = String(n);
  return /e/i.test(s) ? n.toFixed(20).replace(/0+$/, '').replace(/\.$/, '') : s;
}
const live = (formula: string, cached: FormulaValue['cached']): FormulaValue => ({ formula, cached });

/** Columns of the live cells in the Trajectories table (letters), given by the sheet. */
export interface LiveColumns {
  milestone: string;
  actual: string;
  forecast: string;
}

/** The actual typed into Progress for this indicator and period: blank when none is a number. */
export function actualFormula(targetId: string, period: string): string {
  const match = `(${P('Indicator')}=${str(targetId)})*(${P('Period')}=${str(period)})`;
  return `IF(SUMPRODUCT(${match}*ISNUMBER(${P('Actual')}))=0,"",SUMPRODUCT(--(${P('Indicator')}=${str(targetId)}),--(${P('Period')}=${str(period)}),${P('Actual')}))`;
}

function ragTest(r: TrajectoryRow, x: string, m: string, green: string): string {
  const band = Math.abs(r.milestone) * r.tolerance;
  if (r.direction === 'reduce') return `IF(${x}<=${m},${str(green)},IF(${x}<=${num(clean(r.milestone + band))},"Amber","Red"))`;
  return `IF(${x}>=${m},${str(green)},IF(${x}>=${num(clean(r.milestone - band))},"Amber","Red"))`;
}

/** Poisson significance of the change from the baseline (src/core/trajectory/significance), as a formula. */
function significanceFormula(F: string, baseline: number, confidence: number): string {
  const a = 1 - confidence;
  const z = num(normalQuantile(1 - a / 2));
  const exactLower = `IF(${F}=0,0,GAMMA.INV(${num(a / 2)},${F},1))`;
  const exactUpper = `GAMMA.INV(${num(1 - a / 2)},${F}+1,1)`;
  const byarLower = `IF(${F}=0,0,MAX(0,${F}*(1-1/(9*${F})-${z}/(3*SQRT(${F})))^3))`;
  const byarUpper = `(${F}+1)*(1-1/(9*(${F}+1))+${z}/(3*SQRT(${F}+1)))^3`;
  const lower = `IF(${F}>${BYAR_FROM},${byarLower},${exactLower})`;
  const upper = `IF(${F}>${BYAR_FROM},${byarUpper},${exactUpper})`;
  const E = num(baseline);
  const summary = `IF(OR(${E}<${lower},${E}>${upper}),IF(${F}<${E},"Significant fall","Significant rise"),"Not significant")`;
  const label = `${summary}&" (${Math.round(confidence * 100)}% limits "&IF(${F}>${BYAR_FROM},"Byar's","exact")&")"`;
  return `IF(${F}="","",IF(OR(${F}<0,${F}<>INT(${F})),"",${label}))`;
}

/** Whether the sheet can compute this row's significance itself (counts against a whole baseline, automatic limits). */
function significanceIsLive(r: TrajectoryRow): boolean {
  if (r.unit !== 'count' || r.role === 'baseline' || !Number.isInteger(r.baseline) || r.baseline < 0) return false;
  const s = r.significance;
  return !s || s.method === (s.count <= BYAR_FROM ? 'exact' : 'byar');
}

export interface RowTexts {
  rag: string | null;
  forecastMethod: string | null;
  significance: string | null;
}

/**
 * Cells Actual .. Significance of one row (`row` is its 1-based sheet row), as live cells where the
 * sheet can follow Progress, else values. `texts` are core's words for the row's RAG, forecast
 * method and significance, which the formulas reproduce.
 */
export function liveRowCells(
  r: TrajectoryRow,
  row: number,
  cols: LiveColumns,
  texts: RowTexts,
): { actual: SpecValue; variance: SpecValue; percent: SpecValue; rag: SpecValue; forecast: SpecValue; forecastMethod: SpecValue; significance: SpecValue } {
  const F = `${cols.actual}${row}`;
  const D = `${cols.milestone}${row}`;
  const J = `${cols.forecast}${row}`;
  const actual: SpecValue = r.actualFrom === 'months' ? r.actual : live(actualFormula(r.targetId, r.period), r.actual);
  const hasForecast = r.forecast !== null;
  const forecast: SpecValue = hasForecast ? live(`IF(${F}="",${num(r.forecast!.value)},"")`, r.forecast!.value) : null;
  const forecastMethod: SpecValue = hasForecast ? live(`IF(${F}="",${str(texts.forecastMethod ?? '')},"")`, texts.forecastMethod) : null;
  if (r.role === 'baseline') return { actual, variance: null, percent: null, rag: null, forecast, forecastMethod, significance: null };

  const variance = live(hasForecast ? `IF(${F}<>"",${F}-${D},IF(${J}<>"",${J}-${D},""))` : `IF(${F}="","",${F}-${D})`, r.variance);
  const percent: SpecValue = r.target === r.baseline ? null : live(`IF(${F}="","",(${F}-${num(r.baseline)})/(${num(r.target)}-${num(r.baseline)}))`, r.percentOfTarget);
  const onActual = ragTest(r, F, D, r.role === 'target' ? 'Blue' : 'Green');
  const onForecast = hasForecast ? `IF(${J}<>"",${ragTest(r, J, D, 'Green')}&" (forecast)","")` : '""';
  const rag = live(`IF(${F}<>"",${onActual},${onForecast})`, texts.rag);
  const significance: SpecValue = significanceIsLive(r) ? live(significanceFormula(F, r.baseline, r.significance?.confidence ?? 0.95), texts.significance) : texts.significance;
  return { actual, variance, percent, rag, forecast, forecastMethod, significance };
}
