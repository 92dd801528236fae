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

const same = (a: string | null, b: string | null) => (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

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
  for (const o of ours) {
    const byOrigin = o.origin ? merged.find((p) => p.source.sheet === o.origin!.sheet && p.source.cell === o.origin!.cell && !p.givenId) : undefined;
    const match = byOrigin ?? merged.find((p) => plan.includes(p) && !p.givenId && same(p.indicator, o.indicator) && same(p.priority, o.priority));
    if (!match) {
      merged.push(o);
      continue;
    }
    match.givenId = o.givenId;
    match.settings = { ...o.settings, ...match.settings };
    if (!match.baseline && o.baseline) match.baseline = o.baseline;
    if (!match.target && o.target) match.target = o.target;
    else if (match.target && o.target && match.target.value === undefined && o.target.value !== undefined && match.target.period === o.target.period) {
      match.target = { ...match.target, value: o.target.value };
    }
    const differs =
      (o.baseline && match.baseline && (o.baseline.value !== match.baseline.value || o.baseline.period !== match.baseline.period)) ||
      (o.target?.value !== undefined && match.target?.value !== undefined && o.target.value !== match.target.value);
    if (differs) {
      findings.push(finding('info', 'target-plan-wins', o.source.sheet, o.source.cell, `This row of ${o.source.sheet} differs from the plan at ${match.source.sheet}!${match.source.cell}; the plan's figures are used. Change them in the plan to change the target.`));
    }
  }

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
