/**
 * CSV / formula injection (OWASP): a spreadsheet treats text starting with =, +, -, @, tab or
 * carriage return as a formula (or DDE command). We keep the text and prefix a single quote, so
 * Excel and LibreOffice show it as text and nothing runs. Applied to text only: a real number such
 * as -45 in a numeric column is written as a number and is not text at all.
 */

export const DANGEROUS_FIRST_CHARACTERS = ['=', '+', '-', '@', '\t', '\r'] as const;

const DANGER = /^[=+\-@\t\r]/;
/** Text that already looks neutralised: one or more quotes then a dangerous character. */
const QUOTED_DANGER = /^'+[=+\-@\t\r]/;

export function startsDangerously(s: string): boolean {
  return DANGER.test(s);
}

/**
 * Neutralised text: "'" + text when it starts with a dangerous character. Text that already starts
 * with quotes before a dangerous character gets one more quote, so `unneutralise` is exact.
 */
export function neutralise(s: string): string {
  return DANGER.test(s) || QUOTED_DANGER.test(s) ? `'${s}` : s;
}

/** The original text of a neutralised cell (reading our own files back). */
export function unneutralise(s: string): string {
  return QUOTED_DANGER.test(s) ? s.slice(1) : s;
}
