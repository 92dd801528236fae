/** A validation finding. Field names fixed by model.md. */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  severity: Severity;
  code: string;
  sheet: string;
  cell: string | null;
  message: string;
}

export function finding(severity: Severity, code: string, sheet: string, cell: string | null, message: string): Finding {
  return { severity, code, sheet, cell, message };
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return ORDER[a.severity] - ORDER[b.severity] || a.sheet.localeCompare(b.sheet) || (a.cell ?? '').localeCompare(b.cell ?? '', 'en', { numeric: true });
}
