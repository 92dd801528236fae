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

/** Row and column of an A1 cell, for ordering (B10 after B9); no cell sorts first. */
function position(cell: string | null): number {
  if (!cell) return 0;
  let col = 0;
  let i = 0;
  for (; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c !== 36) break;
  }
  const row = parseInt(cell.slice(i).replace(/\$/g, ''), 10) || 0;
  return row * 20000 + col;
}

/** Errors first, then by sheet, then down the sheet row by row. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f) => ({ f, pos: position(f.cell) }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || (a.f.sheet < b.f.sheet ? -1 : a.f.sheet > b.f.sheet ? 1 : 0) || a.pos - b.pos)
    .map((x) => x.f);
}
