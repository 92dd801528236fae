import { Grid, parseA1 } from '../grid';
import { Finding, finding, Target } from '../plan';
import { captionedTargets } from './blocks';
import { TargetDraft } from './draft';
import { tableTargets } from './table';
import { TARGETS_COLUMNS } from './targets-sheet';
import { wideTableTargets } from './wide-table';
import { TargetSettings } from './types';

export interface RecognisedTargets {
  targets: Target[];
  findings: Finding[];
  /** Method, rounding and tolerance chosen in a Targets table, by target id (only what was typed). */
  settings: Record<string, Partial<TargetSettings>>;
}

function rowOf(d: TargetDraft): number {
  return parseA1(d.source.cell).row * 1000 + parseA1(d.source.cell).col;
}

/** Our Targets sheet: named so (or "Targets (SaferPlan)"), or headed exactly as we write it. */
function isOurTargetsSheet(g: Grid): boolean {
  if (/^targets\b/i.test(g.sheet)) return true;
  const header = g.rows[0] ?? [];
  return TARGETS_COLUMNS.every((c, i) => header[i] === c.header);
}

const norm = (a: string | null) => (a ?? '').trim().toLowerCase();

/**
 * For each row of our Targets sheet, the plan's target it was written from (or undefined): first
 * the one with the same id in the plan's own Id column, for every row (ids outlast rows moving);
 * then, for rows still unmatched, the one at its Source cell (the plan's id may have been changed
 * there), else the one with the same indicator and priority and no other id. Each plan target is
 * matched once. Indexed, so thousands of targets are matched in one pass.
 */
function matchOurs(plan: readonly TargetDraft[], ours: readonly TargetDraft[]): (TargetDraft | undefined)[] {
  const taken = new Set<TargetDraft>();
  const byOrigin = new Map<string, TargetDraft[]>();
  const byId = new Map<string, TargetDraft[]>();
  const byName = new Map<string, TargetDraft[]>();
  const push = (m: Map<string, TargetDraft[]>, k: string, d: TargetDraft) => {
    const list = m.get(k);
    if (list) list.push(d);
    else m.set(k, [d]);
  };
  for (const p of plan) {
    push(byOrigin, `${p.source.sheet}!${p.source.cell}`, p);
    if (norm(p.givenId)) push(byId, norm(p.givenId), p);
    push(byName, `${norm(p.indicator)}|${norm(p.priority)}`, p);
  }
  const take = (list: TargetDraft[] | undefined, ok: (p: TargetDraft) => boolean = () => true) => {
    const found = list?.find((p) => !taken.has(p) && ok(p));
    if (found) taken.add(found);
    return found;
  };
  const matches = ours.map((o) => (norm(o.givenId) ? take(byId.get(norm(o.givenId))) : undefined));
  return matches.map((m, i) => {
    if (m) return m;
    const o = ours[i];
    const sameId = (p: TargetDraft) => !norm(p.givenId) || norm(p.givenId) === norm(o.givenId);
    return (o.origin ? take(byOrigin.get(`${o.origin.sheet}!${o.origin.cell}`)) : undefined) ?? take(byName.get(`${norm(o.indicator)}|${norm(o.priority)}`), sameId);
  });
}

/**
 * Every target in the workbook, however written: captioned blocks and tidy tables in the user's
 * sheets, and the Targets sheet SaferPlan wrote before. A row of our Targets sheet that points at a
 * caption still in the plan lends it its id and trajectory settings; the plan's own words win on
 * values (the Targets sheet is regenerated from them), and fill only what the plan leaves out.
 */
export function recogniseTargets(grids: Grid[]): RecognisedTargets {
  const findings: Finding[] = [];
  const plan: TargetDraft[] = [];
  const ours: TargetDraft[] = [];
  for (const g of grids) {
    if (g.generated && !isOurTargetsSheet(g)) continue; // Trajectories, Summary: our output, not targets
    const table = tableTargets(g);
    findings.push(...table.findings);
    if (g.generated) {
      ours.push(...table.drafts);
      continue;
    }
    const blocks = captionedTargets(g);
    findings.push(...blocks.findings);
    for (const d of table.drafts) blocks.used.add(parseA1(d.source.cell).row);
    const wide = wideTableTargets(g, blocks.used);
    plan.push(...[...blocks.drafts, ...table.drafts, ...wide.drafts].sort((a, b) => rowOf(a) - rowOf(b)));
  }

  const merged: TargetDraft[] = [...plan];
  const matches = matchOurs(plan, ours);
  ours.forEach((o, i) => {
    const m = matches[i];
    if (!m) {
      merged.push(o);
      return;
    }
    // The plan's own id wins (its Id column); ours fills in when the plan gives none.
    m.givenId = m.givenId ?? o.givenId;
    m.settings = { ...o.settings, ...m.settings };
    if (!m.baseline && o.baseline) m.baseline = o.baseline;
    if (!m.target && o.target) m.target = o.target;
    else if (m.target && o.target && m.target.value === undefined && o.target.value !== undefined && m.target.period === o.target.period) {
      m.target = { ...m.target, value: o.target.value };
    }
    const differs =
      (o.baseline && m.baseline && (o.baseline.value !== m.baseline.value || o.baseline.period !== m.baseline.period)) ||
      (o.target?.value !== undefined && m.target?.value !== undefined && o.target.value !== m.target.value);
    if (differs) {
      findings.push(
        finding(
          'info',
          'target-plan-wins',
          o.source.sheet,
          o.source.cell,
          `This row of ${o.source.sheet} differs from the plan at ${m.source.sheet}!${m.source.cell}; the plan's figures are used. Change them in the plan to change the target.`,
        ),
      );
    }
  });

  const used = new Set<string>();
  const ids: (string | null)[] = merged.map((d) => {
    const id = d.givenId?.trim();
    if (!id) return null;
    if (used.has(id.toLowerCase())) {
      findings.push(finding('warning', 'target-id-duplicate', d.source.sheet, d.source.cell, `The id "${id}" is used by more than one target; this one gets a new id.`));
      return null;
    }
    used.add(id.toLowerCase());
    return id;
  });
  let next = 1;
  const targets: Target[] = [];
  const settings: Record<string, Partial<TargetSettings>> = {};
  merged.forEach((d, i) => {
    let id = ids[i];
    if (!id) {
      while (used.has(`t${next}`)) next++;
      id = `T${next}`;
      used.add(id.toLowerCase());
    }
    const { givenId: _g, origin: _o, settings: s, ...t } = d;
    targets.push({ id, ...t });
    if (Object.keys(s).length) settings[id] = s;
  });
  return { targets, findings, settings };
}
