import { Grid, a1, cellText } from '../grid';
import { Finding, Plan, finding } from '../plan';
import { HeaderMap } from './header';
import { narrativeSheet } from './narrative';
import { RecognisedAction } from './recognised';
import { FIELD_LABELS, Field, synonymsList } from './vocabulary';
import { WorkbookTopic, walkSheet } from './walk';
import { topicOfWorkbookName } from './workbook-name';

export interface StructureOptions {
  /** Agencies and roles to add to the gazetteer (the workbook's "Agencies" sheet is read as well). */
  extraAgencies?: readonly string[];
  /**
   * The workbook's own name ("ASB Action Plan 2023-24.xlsx"), as the host knows it: the topic it
   * names is an action's priority when nothing in the sheet names one.
   */
  workbookName?: string;
}

export interface StructureResult {
  plan: Plan;
  recognised: RecognisedAction[];
  /** Sheets that held a plan, with the header rows found. */
  sheets: { sheet: string; headers: HeaderMap[] }[];
}

const AGENCIES_SHEET = /^(agencies|partner agencies|saferplan agencies)$/i;

/** Names listed on a user's "Agencies" sheet (first column, header row skipped). */
export function agenciesFromWorkbook(grids: readonly Grid[]): string[] {
  const out: string[] = [];
  for (const g of grids) {
    if (!AGENCIES_SHEET.test(g.sheet.trim())) continue;
    g.rows.forEach((r, i) => {
      const t = cellText(r[0] ?? null).trim();
      if (t && !(i === 0 && /^(agency|agencies|name|role)s?$/i.test(t))) out.push(t);
    });
  }
  return out;
}

/** The topic a workbook's name gives, with the name, or undefined when it names none. */
function workbookTopic(name: string | undefined): WorkbookTopic | undefined {
  const topic = name ? topicOfWorkbookName(name) : null;
  return name && topic ? { name, topic } : undefined;
}

/** The fields a plan must have a column for, and how bad it is when one is missing. */
const REQUIRED: { field: Field; severity: 'error' | 'warning'; why: string }[] = [
  { field: 'lead', severity: 'error', why: 'every action needs a lead' },
  { field: 'timescale', severity: 'warning', why: 'without it no action has a due date, so nothing can be judged overdue' },
];

function missingColumnFindings(sheet: string, h: HeaderMap): Finding[] {
  const out: Finding[] = [];
  const cell = a1(h.row, Math.min(...[...h.labels.keys()], 1) || 1);
  for (const req of REQUIRED) {
    const has = h.groups.every((g) => g.columns[req.field] !== undefined || h.shared[req.field] !== undefined || (req.field === 'timescale' && g.datesFrom !== undefined));
    if (has) continue;
    out.push(
      finding(
        req.severity,
        `missing-column-${req.field}`,
        sheet,
        cell,
        `The plan's header on row ${h.row} has no ${FIELD_LABELS[req.field]} column: ${req.why}. Add a column headed ${FIELD_LABELS[req.field]} (SaferPlan also accepts ${synonymsList(req.field)}).`,
      ),
    );
  }
  return out;
}

/**
 * Recognises the action plan in a workbook's grids. Sheets SaferPlan generated are not read as
 * plan input. Never throws on odd input: what cannot be read becomes a finding.
 */
export function structurePlan(grids: readonly Grid[], options: StructureOptions = {}): StructureResult {
  const extraAgencies = [...(options.extraAgencies ?? []), ...agenciesFromWorkbook(grids)];
  const workbook = workbookTopic(options.workbookName);
  const findings: Finding[] = [];
  const recognised: RecognisedAction[] = [];
  const sheets: StructureResult['sheets'] = [];
  let title: string | null = null;
  let partnership: string | null = null;
  const userGrids = grids.filter((g) => !g.generated && !AGENCIES_SHEET.test(g.sheet.trim()));
  for (const g of userGrids) {
    const w = walkSheet(g, { extraAgencies, workbook });
    title = title ?? w.title;
    partnership = partnership ?? w.partnership;
    if (w.headers.length === 0) continue;
    sheets.push({ sheet: g.sheet, headers: w.headers });
    const seen = new Set<string>();
    for (const h of w.headers) {
      for (const f of missingColumnFindings(g.sheet, h)) {
        const key = f.code + f.message;
        if (!seen.has(key)) {
          seen.add(key);
          findings.push(f);
        }
      }
    }
    recognised.push(...w.actions);
    findings.push(...w.findings);
  }
  // No table anywhere: a plan written as prose (foreword, priorities, sections of bullets) may be.
  if (sheets.length === 0) {
    for (const g of userGrids) {
      const n = narrativeSheet(g);
      if (!n) continue;
      title = title ?? n.plan.title;
      sheets.push({ sheet: g.sheet, headers: [] });
      recognised.push(...n.recognised);
      findings.push(...n.findings);
    }
  }
  if (sheets.length === 0) {
    const first = userGrids[0] ?? grids[0];
    if (first) {
      findings.push(
        finding(
          'error',
          'no-plan-header',
          first.sheet,
          'A1',
          `No sheet has a header row SaferPlan recognises (looked in ${userGrids.map((g) => `"${g.sheet}"`).join(', ') || 'no sheets'}). Put a header row above the actions with at least an Action column and one of Lead/Owner, Target/Measurement or Timescale/Deadline; or, for a plan written as prose, headings for its priorities with their activities as bullets.`,
        ),
      );
    }
  } else if (recognised.length === 0) {
    const s = sheets[0];
    findings.push(
      finding(
        'warning',
        'no-actions',
        s.sheet,
        a1(s.headers[0].row, 1),
        `The header on row ${s.headers[0].row} of "${s.sheet}" has no actions under it. Type or paste the actions below the header row.`,
      ),
    );
  }
  return {
    plan: { partnership, title, actions: recognised.map((r) => r.action), targets: [], findings },
    recognised,
    sheets,
  };
}
