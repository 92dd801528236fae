import { a1, cellAt, cellText, CellValue, Grid, isBlank, rowCount } from '../grid';
import { Direction, Finding, finding, StatedMilestone, Unit } from '../plan';
import { TargetDraft } from './draft';
import { findHeaderRows, HeaderNames } from './headers';
import { fixFloat, numberFromText, readNumber } from './numbers';
import { periodLabel, periodOfCell } from './period-cell';
import { Method, METHODS, Rounding, ROUNDINGS, TargetSettings } from './types';

export type TargetField =
  'id' | 'indicator' | 'priority' | 'baselinePeriod' | 'baseline' | 'targetPeriod' | 'target' | 'change' | 'unit' | 'direction' | 'method' | 'rounding' | 'tolerance' | 'stated' | 'source';

/** Header names, in the order fields are tried ("Target period" before "Target"). */
export const TARGET_HEADERS: HeaderNames<TargetField> = {
  id: ['id', 'target id', 'indicator id', 'ref', 'reference'],
  indicator: ['indicator', 'performance indicator', 'indicator name', 'measure', 'target indicator'],
  priority: ['priority', 'priority area', 'theme', 'crime category', 'category'],
  baselinePeriod: ['baseline period', 'baseline year', 'base period', 'base year', 'benchmark period', 'benchmark year'],
  targetPeriod: ['target period', 'target year', 'target date', 'by', 'by when'],
  stated: ['stated milestones', 'stated milestone', 'milestones'],
  baseline: ['baseline', 'baseline value', 'baseline figure', 'benchmark', 'base'],
  target: ['target', 'target value', 'target figure'],
  change: ['change', '% change', 'change %', 'target change', 'percentage change', '% reduction', 'reduction', '% increase'],
  unit: ['unit', 'units'],
  direction: ['direction'],
  method: ['method', 'trajectory method'],
  rounding: ['rounding'],
  tolerance: ['tolerance', 'amber tolerance', 'rag tolerance'],
  source: ['source', 'source cell'],
};

function unitOf(v: CellValue): Unit | null {
  const w = cellText(v).trim().toLowerCase();
  if (!w) return null;
  if (/^(count|number|no|crimes|incidents)/.test(w)) return 'count';
  if (/^(percent|percentage|%|proportion)/.test(w)) return 'percent';
  if (/^(index|score)/.test(w)) return 'index';
  if (/^rate/.test(w)) return 'rate';
  return null;
}

function directionOf(v: CellValue): Direction | null {
  const w = cellText(v).trim().toLowerCase();
  if (/^(reduce|decrease|down|lower|less|fewer|cut)/.test(w)) return 'reduce';
  if (/^(increase|up|raise|higher|more|improve)/.test(w)) return 'increase';
  return null;
}

function fraction(v: CellValue): number | null {
  const n = readNumber(v);
  if (!n) return null;
  return n.percent || Math.abs(n.value) <= 1 ? n.value : fixFloat(n.value / 100);
}

/** "'Plan 2005'!A7" or "Plan!A7" -> { sheet, cell }. */
export function parseSourceRef(text: string): { sheet: string; cell: string } | null {
  const m = /^\s*(?:'((?:[^']|'')+)'|([^!']+))!\$?([A-Za-z]{1,3})\$?(\d+)\s*$/.exec(text);
  if (!m) return null;
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), cell: `${m[3].toUpperCase()}${m[4]}` };
}

/** "2004/05: 1095; 2005/06: 1050" -> stated milestones, all pointing at the cell they were read from. */
export function parseStated(text: string, cell: string, unit: Unit): StatedMilestone[] {
  const out: StatedMilestone[] = [];
  for (const part of text.split(/[;\n]+/)) {
    const m = /^(.*\S)\s*[:=]\s*(\S+)\s*$/.exec(part.trim());
    if (!m) continue;
    const n = numberFromText(m[2]);
    if (!n) continue;
    const value = unit === 'percent' && !n.percent && Math.abs(n.value) > 1 ? fixFloat(n.value / 100) : n.value;
    out.push({ period: periodLabel(m[1]), value, cell });
  }
  return out;
}

/**
 * A tidy Targets table (the one SaferPlan writes, or one an analyst types): one row per indicator,
 * headers such as Indicator, Priority, Baseline period, Baseline, Target period, Target, Change.
 */
export function tableTargets(grid: Grid): { drafts: TargetDraft[]; findings: Finding[] } {
  const drafts: TargetDraft[] = [];
  const findings: Finding[] = [];
  const headers = findHeaderRows(grid, TARGET_HEADERS, ['indicator', 'baseline']).filter((h) => h.cols.target !== undefined || h.cols.change !== undefined);
  for (const h of headers) {
    const at = (r: number, f: TargetField): CellValue => (h.cols[f] === undefined ? null : cellAt(grid, r, h.cols[f]!));
    const cellOf = (r: number, f: TargetField) => a1(r, h.cols[f]!);
    for (let r = h.row + 1; r <= rowCount(grid); r++) {
      const used = Object.values(h.cols).some((c) => !isBlank(cellAt(grid, r, c as number)));
      if (!used) break;
      if (headers.some((o) => o.row === r)) break;
      const indicator = cellText(at(r, 'indicator')).replace(/\s+/g, ' ').trim();
      if (!indicator) continue;
      const base = readNumber(at(r, 'baseline'));
      const tgt = readNumber(at(r, 'target'));
      const unit: Unit = unitOf(at(r, 'unit')) ?? (base?.percent || tgt?.percent ? 'percent' : 'count');
      if (!base) {
        findings.push(finding('warning', 'target-no-baseline', grid.sheet, cellOf(r, 'baseline'), `The target "${indicator}" has no baseline value. Type the baseline so progress can be measured.`));
        continue;
      }
      const val = (n: { value: number; percent: boolean }) => (unit === 'percent' && !n.percent && Math.abs(n.value) > 1 ? fixFloat(n.value / 100) : n.value);
      let change = fraction(at(r, 'change'));
      let direction = directionOf(at(r, 'direction'));
      if (!direction) {
        if (tgt) direction = val(tgt) > val(base) ? 'increase' : 'reduce';
        else if (change !== null) direction = change > 0 ? 'increase' : 'reduce';
        else direction = 'reduce';
      }
      if (change !== null && direction === 'reduce' && change > 0) change = -change;

      const basePeriodCell = at(r, 'baselinePeriod');
      const targetPeriodCell = at(r, 'targetPeriod');
      const basePeriod = periodOfCell(basePeriodCell)?.label ?? (cellText(basePeriodCell).trim() || null);
      const targetPeriod = periodOfCell(targetPeriodCell)?.label ?? (cellText(targetPeriodCell).trim() || null);
      if (!basePeriod) {
        findings.push(finding('warning', 'target-no-baseline-period', grid.sheet, cellOf(r, 'indicator'), `The target "${indicator}" has no baseline period. Type it, e.g. 2019/20.`));
      }
      const statedText = cellText(at(r, 'stated'));
      const settings: Partial<TargetSettings> = {};
      const method = cellText(at(r, 'method')).trim().toLowerCase();
      if ((METHODS as string[]).includes(method)) settings.method = method as Method;
      const rounding = cellText(at(r, 'rounding')).trim().toLowerCase();
      if ((ROUNDINGS as string[]).includes(rounding)) settings.rounding = rounding as Rounding;
      const tolerance = fraction(at(r, 'tolerance'));
      if (tolerance !== null && tolerance >= 0) settings.tolerance = tolerance;

      drafts.push({
        priority: cellText(at(r, 'priority')).trim() || null,
        indicator,
        unit,
        direction,
        baseline: basePeriod ? { period: basePeriod, value: val(base) } : null,
        target: targetPeriod ? { period: targetPeriod, ...(tgt ? { value: val(tgt) } : {}), ...(change !== null ? { change } : {}) } : null,
        stated: statedText ? parseStated(statedText, cellOf(r, 'stated'), unit) : [],
        source: { sheet: grid.sheet, cell: cellOf(r, 'indicator') },
        givenId: cellText(at(r, 'id')).trim() || null,
        origin: parseSourceRef(cellText(at(r, 'source'))),
        settings,
      });
    }
  }
  return { drafts, findings };
}
