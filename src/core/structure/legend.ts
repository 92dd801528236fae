import { MARKER_CLASS } from './reference';

/**
 * Legend rows explain markers: "* Community reassurance & fear of crime related action", or
 * "... included within the Substance Misuse plan to reduce violent crime. These are indicated with
 * the following ▲". Returns marker -> meaning, or null when the text is not a legend.
 */
export function parseLegend(text: string): { marker: string; meaning: string } | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length > 400) return null;
  const lead = new RegExp(`^[-–•]?\\s*(${MARKER_CLASS})\\s+(?:=\\s*|[-–:]\\s*)?(\\S.*)$`).exec(t);
  if (lead && !/^\d/.test(lead[2])) return { marker: lead[1], meaning: clean(lead[2]) };
  const trail = new RegExp(`^(.*\\S)\\s*[:=]?\\s*(${MARKER_CLASS})$`).exec(t);
  if (trail && /\b(indicated|marked|shown|denoted|identified|flagged)\b/i.test(trail[1])) {
    const meaning = trail[1]
      .replace(/\.?\s*(these|this|they|which|such actions)\s+(are|is)\s+(indicated|marked|shown|denoted|identified|flagged)\s+(with|by)(\s+the\s+following)?(\s+(symbol|marker))?\s*:?$/i, '')
      .replace(/^please note (that )?/i, '');
    return { marker: trail[2], meaning: clean(meaning) };
  }
  const eq = new RegExp(`^(${MARKER_CLASS})\\s*=\\s*(\\S.*)$`).exec(t);
  if (eq) return { marker: eq[1], meaning: clean(eq[2]) };
  return null;
}

function clean(s: string): string {
  const t = s.trim().replace(/[.;:]+$/, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}
