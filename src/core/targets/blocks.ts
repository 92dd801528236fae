import { a1, Grid, rowCount } from '../grid';
import { Finding, finding, PeriodValue, StatedMilestone, Unit } from '../plan';
import { Caption, parseCaption, unitFromWords } from './caption';
import { TargetDraft } from './draft';
import { fixFloat, ReadNumber } from './numbers';
import { horizontalSeries, Series, soleText, verticalSeries } from './series';

/** How far below a caption its table may start (blank rows and a note line in between). */
const WINDOW = 8;

/**
 * Captioned target blocks (seed 001): a caption row alone in its row, then a small table of
 * periods and values under it, across or down. A caption with no table still gives a target when
 * it states a baseline; one that says "target" but gives no baseline is reported.
 */
export function captionedTargets(grid: Grid): { drafts: TargetDraft[]; findings: Finding[]; used: Set<number> } {
  const drafts: TargetDraft[] = [];
  const findings: Finding[] = [];
  /** Rows that captions and their tables cover, so no other reading takes them again. */
  const used = new Set<number>();
  const n = rowCount(grid);
  const captions: { row: number; col: number; caption: Caption }[] = [];
  for (let r = 1; r <= n; r++) {
    const sole = soleText(grid, r);
    const caption = sole ? parseCaption(sole.text) : null;
    if (sole && caption) captions.push({ row: r, col: sole.col, caption });
  }
  captions.forEach((c, i) => {
    const limit = Math.min(n, c.row + WINDOW, i + 1 < captions.length ? captions[i + 1].row - 1 : n);
    const across = horizontalSeries(grid, c.row + 1, limit);
    const down = verticalSeries(grid, c.row + 1, limit);
    const series = across && down ? (down.top < across.top ? down : across) : (across ?? down);
    const cell = a1(c.row, c.col);
    if (!series && !c.caption.saysTarget) return; // an objective in passing, not a target
    const draft = draftFrom(grid.sheet, cell, c.caption, series, findings);
    if (draft) drafts.push(draft);
    for (let r = c.row; r <= (series?.bottom ?? c.row); r++) used.add(r);
  });
  return { drafts, findings, used };
}

function asPercent(v: ReadNumber): number {
  return v.percent || Math.abs(v.value) <= 1 ? v.value : fixFloat(v.value / 100);
}

function draftFrom(sheet: string, cell: string, cap: Caption, series: Series | null, findings: Finding[]): TargetDraft | null {
  const points = (series?.points ?? []).filter((p) => p.value);
  const anyPercent = points.some((p) => p.value!.percent);
  const unit: Unit = anyPercent ? 'percent' : (cap.unit ?? (series?.label ? unitFromWords(series.label) : null) ?? 'count');
  const val = (v: ReadNumber) => (unit === 'percent' ? asPercent(v) : v.value);

  const first = points[0];
  const last = points.length >= 2 ? points[points.length - 1] : undefined;
  let baseline: PeriodValue | null = null;
  if (first) baseline = { period: first.period.label, value: val(first.value!) };
  else if (cap.from && cap.baselinePeriod) baseline = { period: cap.baselinePeriod, value: val(cap.from) };

  if (!baseline) {
    if (cap.from) {
      findings.push(
        finding(
          'warning',
          'target-no-baseline-period',
          sheet,
          cell,
          `The target "${cap.indicator}" gives a baseline of ${cap.from.value} but not the period it was measured in. Add the period, e.g. "(baseline 2019/20: ${cap.from.value})", or fill Baseline period in the Targets sheet.`,
        ),
      );
    } else {
      findings.push(
        finding(
          'warning',
          'target-no-baseline',
          sheet,
          cell,
          `The target "${cap.indicator}" has no baseline: no table of periods and values under it and no "from" value. Add the baseline so progress can be measured.`,
        ),
      );
      return null;
    }
  }

  const targetPeriod = last?.period.label ?? cap.targetPeriod;
  if (cap.targetPeriod && last && cap.targetPeriod !== last.period.label) {
    findings.push(
      finding(
        'warning',
        'target-period-mismatch',
        sheet,
        cell,
        `The caption says the target is for ${cap.targetPeriod} but its table ends at ${last.period.label}; the table's ${last.period.label} is used.`,
      ),
    );
  }
  if (first && cap.from && Math.abs(val(cap.from) - baseline!.value) > 1e-9) {
    findings.push(
      finding(
        'warning',
        'target-baseline-mismatch',
        sheet,
        cell,
        `The caption gives a baseline of ${cap.from.value} but the table shows ${first.value!.value} for ${first.period.label}; the table's value is used.`,
      ),
    );
  }
  const targetValue: number | undefined = last ? val(last.value!) : cap.to ? val(cap.to) : undefined;
  if (last && cap.to && Math.abs(val(cap.to) - targetValue!) > 1e-9) {
    findings.push(
      finding(
        'warning',
        'target-value-mismatch',
        sheet,
        cell,
        `The caption gives a target of ${cap.to.value} but the table shows ${last.value!.value} for ${last.period.label}; the table's value is used.`,
      ),
    );
  }
  const target = targetPeriod ? { period: targetPeriod, ...(targetValue !== undefined ? { value: targetValue } : {}), ...(cap.change !== null ? { change: cap.change } : {}) } : null;
  if (!target) {
    findings.push(finding('warning', 'target-no-period', sheet, cell, `The target "${cap.indicator}" does not say by when. Add the period, e.g. "by 2022/23".`));
  }
  const stated: StatedMilestone[] = points.slice(1, -1).map((p) => ({ period: p.period.label, value: val(p.value!), cell: p.cell }));

  return {
    priority: cap.priority,
    indicator: cap.indicator,
    unit,
    direction: cap.direction,
    baseline,
    target,
    stated,
    source: { sheet, cell },
    givenId: null,
    origin: null,
    settings: {},
  };
}
