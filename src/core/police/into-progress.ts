import { Finding, finding, Target } from '../plan';
import { periodOfCell } from '../targets/period-cell';
import { indicatorResolver, ProgressRow } from '../targets/progress';
import { targetPeriods } from '../targets/progress-sheet';
import { parsePeriod } from '../timescale/period';
import { aggregateMonths, monthsOf, periodOfMonth } from './aggregate';
import { CombinedCounts, monthTotals } from './counts';

/** Notes of rows that came from police data start with this: such rows are ours to replace. */
export const POLICE_NOTE_PREFIX = 'data.police.uk';

export function isPoliceNote(note: string | null | undefined): boolean {
  return !!note && note.trim().toLowerCase().startsWith(POLICE_NOTE_PREFIX);
}

const monthName = (m: string) => periodOfMonth(m, 'month')?.label ?? m;

function newRow(indicator: string, period: string, actual: number | null, note: string): ProgressRow {
  return { indicator, period, actual, stated: null, note, typed: { actual, stated: null, extra: {} }, source: { sheet: POLICE_NOTE_PREFIX, cell: '' } };
}

/**
 * Police counts merged into Progress rows. For each count target with crime types mapped to it:
 * a row per month of data inside the target's range (period baseline..target), then the target's
 * own periods (financial years, quarters) summed from all police months in Progress, old and new.
 * A month imported again replaces its row; an actual a person typed is never overwritten (a
 * finding says when police data disagrees with it). A part period gets a year-to-date note, not an
 * actual, so a part year never looks like a good year.
 */
export function mergePoliceCounts(
  targets: readonly Target[],
  existing: readonly ProgressRow[],
  combined: CombinedCounts,
  crimeTypes: ReadonlyMap<string, readonly string[]>,
): { rows: ProgressRow[]; findings: Finding[]; updated: number } {
  const rows = existing.map((r) => ({ ...r, typed: { ...r.typed, extra: { ...r.typed.extra } } }));
  const findings: Finding[] = [];
  let updated = 0;
  // Rows indexed once by target and by target x period (first row wins), kept up to date as rows
  // are added, so a thousand targets of sixty months each are not a scan of every row per figure.
  const resolve = indicatorResolver(targets);
  const byTarget = new Map<string, ProgressRow[]>();
  const bySlot = new Map<string, ProgressRow>();
  const slot = (id: string, period: string) => `${id}|${period.toLowerCase()}`;
  const index = (r: ProgressRow) => {
    const t = resolve(r.indicator);
    if (!t) return;
    const list = byTarget.get(t.id);
    if (list) list.push(r);
    else byTarget.set(t.id, [r]);
    if (!bySlot.has(slot(t.id, r.period))) bySlot.set(slot(t.id, r.period), r);
  };
  rows.forEach(index);
  const find = (t: Target, period: string) => bySlot.get(slot(t.id, period));

  /** Writes a police figure unless a person typed something else there. */
  const put = (t: Target, period: string, actual: number | null, note: string) => {
    const row = find(t, period);
    if (!row) {
      const added = newRow(t.id, period, actual, note);
      rows.push(added);
      index(added);
      updated++;
      return;
    }
    const typedByPerson = row.actual !== null && !isPoliceNote(row.note);
    if (typedByPerson) {
      if (actual !== null && row.actual !== actual) {
        findings.push(
          finding('warning', 'police-differs-from-typed', row.source.sheet, row.source.cell || null, `${t.id} ${period}: the actual typed (${row.actual}) is kept; data.police.uk gives ${actual}.`),
        );
      }
      return;
    }
    if (row.actual === null && row.note && !isPoliceNote(row.note)) {
      findings.push(finding('info', 'police-note-replaced', row.source.sheet, row.source.cell || null, `${t.id} ${period}: the note "${row.note}" was replaced by the police data's note.`));
    }
    row.actual = actual;
    row.typed.actual = actual;
    row.note = note;
    updated++;
  };

  for (const t of targets) {
    const types = crimeTypes.get(t.id);
    if (!types || types.length === 0) continue;
    if (t.unit !== 'count') {
      findings.push(finding('warning', 'police-not-a-count', t.source.sheet, t.source.cell, `${t.id} is measured as ${t.unit}, not a count; police counts are not put against it.`));
      continue;
    }
    const range = targetPeriods(t)
      .map((l) => parsePeriod(l)!)
      .filter(Boolean);
    const kind = range[0]?.kind;
    if (!kind) {
      findings.push(finding('warning', 'police-no-range', t.source.sheet, t.source.cell, `${t.id} has no readable baseline and target periods, so police counts cannot be placed.`));
      continue;
    }
    const inRange = new Set(range.flatMap(monthsOf));
    const totals = monthTotals(combined.counts, types);
    const outside = [...totals.keys()].filter((m) => !inRange.has(m));
    if (outside.length) {
      findings.push(
        finding(
          'info',
          'police-outside-range',
          t.source.sheet,
          t.source.cell,
          `${t.id} runs ${range[0].label} to ${range[range.length - 1].label}; police data for ${outside.length} month(s) outside that (${monthName(outside[0])}${outside.length > 1 ? ` to ${monthName(outside[outside.length - 1])}` : ''}) was not used.`,
        ),
      );
    }
    const what = `${types.join(', ')} (${combined.forces.join(', ')})`;
    if (kind !== 'month') {
      for (const [month, n] of totals) {
        if (inRange.has(month)) put(t, monthName(month), n, `${POLICE_NOTE_PREFIX}: ${what}; ${(combined.files.get(month) ?? []).join(', ')}`);
      }
    }
    // The target's own periods, from every police month now in Progress (earlier imports included).
    const monthly = new Map<string, number>();
    for (const r of byTarget.get(t.id) ?? []) {
      if (r.actual === null) continue;
      const p = periodOfCell(r.period);
      if (p?.kind !== 'month') continue;
      const m = monthsOf(p)[0];
      if (inRange.has(m)) monthly.set(m, r.actual);
    }
    if (kind === 'month') for (const [m, n] of totals) if (inRange.has(m)) monthly.set(m, n);
    for (const agg of aggregateMonths(monthly, kind)) {
      if (!range.some((p) => p.label === agg.period.label)) continue;
      const first = monthName(agg.months[0]);
      const last = monthName(agg.months[agg.months.length - 1]);
      if (agg.complete) {
        const note =
          kind === 'month'
            ? `${POLICE_NOTE_PREFIX}: ${what}; ${(combined.files.get(agg.months[0]) ?? []).join(', ')}`
            : `${POLICE_NOTE_PREFIX}: ${what}; sum of ${agg.months.length} months ${first} to ${last}`;
        put(t, agg.period.label, agg.total, note);
      } else {
        const all = monthsOf(agg.period).length;
        put(
          t,
          agg.period.label,
          null,
          `${POLICE_NOTE_PREFIX}: ${what}; ${agg.total} so far from ${agg.months.length} of ${all} months (${first} to ${last}); actual left blank until the period is complete`,
        );
      }
    }
  }
  return { rows, findings, updated };
}
