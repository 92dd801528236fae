import type { Finding, Severity } from '../../core/plan';

/** How a severity is said, in the list and to a screen reader. */
export const SEVERITY_WORD: Readonly<Record<Severity, { one: string; many: string }>> = {
  error: { one: 'Error', many: 'Errors' },
  warning: { one: 'Warning', many: 'Warnings' },
  info: { one: 'Note', many: 'Notes' },
};

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface SeverityGroup {
  severity: Severity;
  findings: Finding[];
}

export interface SheetGroup {
  sheet: string;
  total: number;
  severities: SeverityGroup[];
}

/** 'E36' -> [36, 5]; ranges sort by their first cell; no cell sorts first. */
function cellOrder(cell: string | null): [number, number] {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)/i.exec(cell ?? '');
  if (!m) return [0, 0];
  const col = m[1].toUpperCase().split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]), col];
}

function byCell(a: Finding, b: Finding): number {
  const [ra, ca] = cellOrder(a.cell);
  const [rb, cb] = cellOrder(b.cell);
  return ra - rb || ca - cb;
}

/** Findings grouped by sheet (sheets in the order findings first name them), then by severity, then top to bottom. */
export function groupFindings(findings: readonly Finding[]): SheetGroup[] {
  const sheets = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!sheets.has(f.sheet)) sheets.set(f.sheet, []);
    sheets.get(f.sheet)!.push(f);
  }
  return [...sheets].map(([sheet, list]) => ({
    sheet,
    total: list.length,
    severities: SEVERITIES.map((severity) => ({ severity, findings: list.filter((f) => f.severity === severity).sort(byCell) })).filter((g) => g.findings.length),
  }));
}

/** The accessible name of a finding's button: "Warning, sheet ASB Action Plan, cell E36: Action 2.2 ...". */
export function findingLabel(f: Finding): string {
  const where = f.cell ? `sheet ${f.sheet}, cell ${f.cell}` : `sheet ${f.sheet}`;
  return `${SEVERITY_WORD[f.severity].one}, ${where}: ${f.message}`;
}

/** "3 warnings", "1 error and 2 warnings", "nothing to fix". */
export function countWords(findings: readonly Finding[]): string {
  const parts = SEVERITIES.map((s) => {
    const n = findings.filter((f) => f.severity === s).length;
    return n ? `${n} ${(n === 1 ? SEVERITY_WORD[s].one : SEVERITY_WORD[s].many).toLowerCase()}` : '';
  }).filter(Boolean);
  if (!parts.length) return 'nothing to fix';
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
