/** The Summary's blocks for targets on / off trajectory and partner returns. */
import { SummaryFigures } from './figures';
import { IndicatorFigures, Standing } from './indicators';
import { Blocks, range } from './layout';
import { bragStyle } from './action-sections';
import { plural } from './labels';

/** RAG in words, so a grey-scale print still says it. */
export const STANDING_TEXT: Readonly<Record<Standing, string>> = {
  on: 'Green: on trajectory',
  tolerance: 'Amber: within tolerance',
  off: 'Red: off trajectory',
  'not assessed': 'No actual yet',
};

const STANDING_BRAG = { on: 'green', tolerance: 'amber', off: 'red' } as const;

function decimals(v: number): number {
  const s = String(v);
  const i = s.indexOf('.');
  return i < 0 || /e/i.test(s) ? 0 : Math.min(3, s.length - i - 1);
}

/** Whole counts with separators; rates to their own decimals; percentages as % (fractions or points). */
export function valueFormat(row: Pick<IndicatorFigures, 'unit' | 'latestActual' | 'milestone' | 'variance'>): string {
  const values = [row.latestActual, row.milestone, row.variance].filter((v): v is number => typeof v === 'number');
  if (row.unit === 'percent' && values.length > 0 && values.every((v) => Math.abs(v) <= 1)) return '0.0%';
  const places = Math.max(0, ...values.map(decimals));
  const base = places === 0 ? '#,##0' : `#,##0.${'0'.repeat(places)}`;
  return row.unit === 'percent' ? `${base}"%"` : base;
}

export function indicatorSection(out: Blocks, f: SummaryFigures): void {
  const ind = f.indicators;
  out.heading(`Targets on and off trajectory (${ind.on} of ${ind.rows.length} on trajectory)`);
  if (ind.rows.length === 0) {
    out.note('No targets with a baseline were found, so there are no trajectories to report.');
    return;
  }
  const t = out.table(
    ['Indicator', 'Priority', 'Latest period', 'Latest actual', 'Milestone', 'Variance', 'RAG', 'Significance'],
    ind.rows.map((r) => [r.indicator, r.priority, r.latestPeriod, r.latestActual, r.milestone, r.variance, STANDING_TEXT[r.standing], r.significance]),
    { centred: [3, 4, 5, 6] },
  );
  ind.rows.forEach((r, i) => {
    const row = t.first + i;
    out.style({ range: range(row, 4, row, 6), numberFormat: valueFormat(r) });
    if (r.standing !== 'not assessed') out.style(bragStyle(STANDING_BRAG[r.standing], range(row, 7)));
  });
  out.note('Variance is the latest actual minus the milestone for that period. Each trajectory is charted on the Trajectories sheet.');
}

export function returnsSection(out: Blocks, f: SummaryFigures): void {
  const r = f.returns;
  if (!r) return;
  out.heading(`Partner returns (${r.complete} of ${r.received} complete)`);
  if (r.received === 0) {
    out.note('No partner returns have been received.');
    return;
  }
  const p = r.priorities;
  out.note(
    `${plural(r.received, 'return')} received: ${r.complete} complete, ${r.incomplete} incomplete. Priority sections: ${p.complete} complete, ${p.incomplete} incomplete, ${p.notApplicable} not applicable.`,
    false,
  );
  const t = out.table(
    ['Agency', 'Return', 'Priorities complete', 'Priorities incomplete', 'Not applicable'],
    r.byAgency.map((a) => [a.agency, a.complete ? 'Complete' : 'Incomplete', a.priorities.complete, a.priorities.incomplete, a.priorities.notApplicable]),
    { centred: [2, 3, 4, 5] },
  );
  r.byAgency.forEach((a, i) => {
    if (!a.complete) out.style({ range: range(t.first + i, 2), bold: true });
  });
}
