import { CellValue } from '../grid';

/**
 * A number as a plan writes it: a numeric cell, "1,140", "11%", "-16 %", "−5". Percentages become
 * fractions (11% -> 0.11), as Excel stores a percent cell, and say so in `percent`.
 */
export interface ReadNumber {
  value: number;
  percent: boolean;
}

const NUMBER_TEXT = /^([-+−–]?)\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(%?)$/;

export function numberFromText(text: string): ReadNumber | null {
  const m = NUMBER_TEXT.exec(text.trim().replace(/\u00a0/g, ' '));
  if (!m) return null;
  const digits = m[2].replace(/,/g, '') + (m[3] ? `.${m[3]}` : '');
  let value = Number(digits);
  if (!Number.isFinite(value)) return null;
  if (m[1] && m[1] !== '+') value = -value;
  if (m[4]) return { value: fixFloat(value / 100), percent: true };
  return { value, percent: false };
}

export function readNumber(v: CellValue | undefined): ReadNumber | null {
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v, percent: false } : null;
  if (typeof v === 'string') return numberFromText(v);
  return null;
}

/** 11 / 100 is 0.11000000000000001 in binary; keep what a person typed. */
export function fixFloat(x: number): number {
  return +x.toPrecision(12);
}
