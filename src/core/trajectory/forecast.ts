import { clean } from './rounding';

export type ForecastMethod = 'profile' | 'straight-line' | 'full-year';

export interface Forecast {
  /** Expected count for the whole year. */
  value: number;
  /** 'profile': scaled by the baseline year's monthly pattern; 'straight-line': year-to-date x 12 / months; 'full-year': all twelve months known. */
  method: ForecastMethod;
  /** Months of the year the forecast rests on (April = 1). */
  monthsUsed: number;
}

/** Leading run of known months (April first); a gap ends the year to date. */
function leadingMonths(months: ReadonlyArray<number | null | undefined>): number[] {
  const out: number[] = [];
  for (const v of months.slice(0, 12)) {
    if (typeof v !== 'number' || !Number.isFinite(v)) break;
    out.push(v);
  }
  return out;
}

/**
 * Forecast outturn for a year from its year-to-date monthly actuals (index 0 = first month of the
 * year). When the baseline year's twelve monthly figures are given, the year to date is scaled by
 * the share of the baseline year that fell in the same months (crime is seasonal); otherwise it
 * is a straight line, year-to-date x 12 / months. Null with no months yet.
 */
export function forecastOutturn(yearToDate: ReadonlyArray<number | null | undefined>, baselineMonths?: ReadonlyArray<number | null | undefined>): Forecast | null {
  const ytd = leadingMonths(yearToDate);
  const k = ytd.length;
  if (k === 0) return null;
  const sum = ytd.reduce((s, v) => s + v, 0);
  if (k === 12) return { value: clean(sum), method: 'full-year', monthsUsed: 12 };
  const base = baselineMonths ? leadingMonths(baselineMonths) : [];
  if (base.length === 12) {
    const total = base.reduce((s, v) => s + v, 0);
    const soFar = base.slice(0, k).reduce((s, v) => s + v, 0);
    if (soFar > 0 && total > 0) return { value: clean((sum * total) / soFar), method: 'profile', monthsUsed: k };
  }
  return { value: clean((sum * 12) / k), method: 'straight-line', monthsUsed: k };
}

export const FORECAST_METHOD_LABELS: Readonly<Record<ForecastMethod, string>> = {
  profile: "baseline year's monthly profile",
  'straight-line': 'straight line',
  'full-year': 'full year',
};
