import type { Finding, Severity } from '../../core/plan';
import { count, listWords } from '../../core/words';

/** How a severity is said, in the list and to a screen reader. */
export const SEVERITY_WORD: Readonly<Record<Severity, { one: string; many: string }>> = {
  error: { one: 'Error', many: 'Errors' },
  warning: { one: 'Warning', many: 'Warnings' },
  info: { one: 'Note', many: 'Notes' },
};

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Short names of the rules people meet most; any other code is said from its words. */
const RULE_TITLE: Readonly<Record<string, string>> = {
  overdue: 'Overdue actions',
  'missing-ref': 'Actions without a reference',
  'missing-lead': 'Actions without a lead',
  'missing-timescale': 'Actions without a timescale',
  'unreadable-timescale': 'Timescales that cannot be read',
  'unknown-status': 'Statuses not in the list',
  'duplicate-ref': 'References used twice',
  'missing-action': 'Rows without action text',
  'error-cell': 'Cells showing an Excel error',
  'milestone-off-trajectory': 'Milestones off the straight line',
  'no-plan-header': 'No plan header found',
  'no-actions': 'Headers with no actions',
};

/** "police-outside-range" -> "Police outside range". */
export function ruleTitle(code: string): string {
  if (RULE_TITLE[code]) return RULE_TITLE[code];
  const words = code.replace(/-/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface ShownFinding {
  finding: Finding;
  /** The message without the fix its rule explains once. */
  text: string;
}

export interface RuleGroup {
  /** Unique within its sheet: severity and code. */
  key: string;
  code: string;
  severity: Severity;
  title: string;
  /** The fix, said once for the whole rule when every finding of it ends with the same advice. */
  fix: string | null;
  findings: ShownFinding[];
}

export interface SheetGroup {
  sheet: string;
  total: number;
  rules: RuleGroup[];
}

/** 'E36' -> [36, 5]; ranges sort by their first cell; no cell sorts first. */
function cellOrder(cell: string | null): [number, number] {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)/i.exec(cell ?? '');
  if (!m) return [0, 0];
  const col = m[1]
    .toUpperCase()
    .split('')
    .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]), col];
}

function byCell(a: Finding, b: Finding): number {
  const [ra, ca] = cellOrder(a.cell);
  const [rb, cb] = cellOrder(b.cell);
  return ra - rb || ca - cb;
}

/** Sentences of a message, keeping their full stops: "A was due. Update it." -> ["A was due.", "Update it."]. */
function sentences(message: string): string[] {
  return (
    message
      .match(/[^.!?]+(?:[.!?]+(?=\s|$)|$)/g)
      ?.map((s) => s.trim())
      .filter(Boolean) ?? [message]
  );
}

/**
 * The advice every finding of a rule ends with (its last sentences, when they are the same for all
 * and something is left before them), or null. With one finding there is nothing to share.
 */
export function sharedFix(messages: readonly string[]): string | null {
  if (messages.length < 2) return null;
  const split = messages.map(sentences);
  let n = 0;
  for (;;) {
    const next = split[0].length - n - 1;
    if (next < 1) break;
    const s = split[0][next];
    if (!split.every((ss) => ss.length - n - 1 >= 1 && ss[ss.length - n - 1] === s)) break;
    n++;
  }
  return n ? split[0].slice(split[0].length - n).join(' ') : null;
}

function withoutFix(message: string, fix: string | null): string {
  if (!fix) return message;
  const t = message.trimEnd();
  return t.endsWith(fix) ? t.slice(0, t.length - fix.length).trimEnd() : message;
}

/**
 * Findings grouped by sheet (in the order findings first name them), then by rule (errors first,
 * then warnings, then notes; biggest rule first within a severity), each top to bottom. A rule's
 * shared fix is taken out of its findings' text to be said once.
 */
export function groupFindings(findings: readonly Finding[]): SheetGroup[] {
  const sheets = new Map<string, Map<string, Finding[]>>();
  for (const f of findings) {
    let rules = sheets.get(f.sheet);
    if (!rules) sheets.set(f.sheet, (rules = new Map()));
    const key = `${f.severity}:${f.code}`;
    const list = rules.get(key);
    if (list) list.push(f);
    else rules.set(key, [f]);
  }
  return [...sheets].map(([sheet, rules]) => {
    const groups: RuleGroup[] = [...rules].map(([key, list]) => {
      const sorted = [...list].sort(byCell);
      const fix = sharedFix(sorted.map((f) => f.message));
      return { key, code: list[0].code, severity: list[0].severity, title: ruleTitle(list[0].code), fix, findings: sorted.map((f) => ({ finding: f, text: withoutFix(f.message, fix) })) };
    });
    groups.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || b.findings.length - a.findings.length);
    return { sheet, total: list(rules).length, rules: groups };
  });
}

function list(rules: Map<string, Finding[]>): Finding[] {
  return [...rules.values()].flat();
}

/** "3 warnings", "1 error, 5 warnings and 1 note", "nothing to fix". */
export function countWords(findings: readonly Finding[]): string {
  const parts = SEVERITIES.map((s) => {
    const n = findings.filter((f) => f.severity === s).length;
    return n ? count(n, SEVERITY_WORD[s].one.toLowerCase(), SEVERITY_WORD[s].many.toLowerCase()) : '';
  }).filter(Boolean);
  if (!parts.length) return 'nothing to fix';
  return listWords(parts);
}
