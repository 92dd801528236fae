import { Period, periodContaining } from '../timescale/period';

/** YYYY-MM-DD of a period bound, whatever type the period module gives it. */
export function isoOf(x: unknown): string {
  return x instanceof Date ? x.toISOString().slice(0, 10) : String(x).slice(0, 10);
}

/** The months (YYYY-MM) a period covers, first to last. */
export function monthsOf(p: Period): string[] {
  const start = isoOf((p as { start: unknown }).start);
  const end = isoOf((p as { end: unknown }).end);
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7));
  const out: string[] = [];
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > end.slice(0, 7)) break;
    out.push(month);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** The period of a kind that holds a month (YYYY-MM). */
export function periodOfMonth(month: string, kind: Period['kind']): Period | null {
  return periodContaining(`${month}-01`, kind) ?? null;
}

export interface PeriodTotal {
  period: Period;
  total: number;
  /** Months of the period that had data, in order. */
  months: string[];
  /** Every month of the period had data. */
  complete: boolean;
}

/**
 * Monthly totals added up to financial years, quarters or any other kind of period. A period is
 * complete only when every one of its months is there: a part year is a year to date, not an outturn.
 */
export function aggregateMonths(monthly: ReadonlyMap<string, number>, kind: Period['kind']): PeriodTotal[] {
  const byLabel = new Map<string, PeriodTotal>();
  for (const month of [...monthly.keys()].sort()) {
    const period = periodOfMonth(month, kind);
    if (!period) continue;
    let agg = byLabel.get(period.label);
    if (!agg) byLabel.set(period.label, (agg = { period, total: 0, months: [], complete: false }));
    agg.total += monthly.get(month)!;
    agg.months.push(month);
  }
  for (const agg of byLabel.values()) {
    const all = monthsOf(agg.period);
    agg.complete = all.every((m) => agg.months.includes(m));
  }
  return [...byLabel.values()];
}
