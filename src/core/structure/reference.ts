/**
 * Action references as plans write them: "PA1)", "EA3", "1.1", "4.3 *", "2.", "A1.2".
 * A reference is taken out of the action text only when it leads the text.
 */

/** Markers that flag an action and are explained by a legend row. */
export const MARKERS = ['*', '▲', '†', '‡', '§', '■', '◆', '●', '★', '♦', '#'] as const;
const MARKER_CLASS = '[*▲†‡§■◆●★♦#]';

const REF_CELL = new RegExp(`^\\s*([A-Za-z]{0,4}\\s?\\d+(?:\\.\\d+)*[a-z]?)\\s*[).:]?\\s*((?:${MARKER_CLASS}\\s*)*)$`);
const REF_IN_TEXT = new RegExp(
  `^\\s*((?:[A-Z]{1,4}\\d+(?:\\.\\d+)*[a-z]?)|(?:\\d+(?:\\.\\d+)+[a-z]?)|(?:\\d+(?=[).])))\\s*[).:\\-–]?\\s*((?:${MARKER_CLASS}\\s*)*)\\s+(?=\\S)`,
);

export interface RefParse {
  ref: string;
  markers: string[];
}

function markersOf(s: string): string[] {
  return [...s.replace(/\s+/g, '')];
}

/** A whole cell holding a reference (the "No" column): "1.1", "4.1 *", "PA1)", "2.". */
export function parseRefCell(text: string): RefParse | null {
  const m = REF_CELL.exec(text);
  if (!m) return null;
  return { ref: m[1].replace(/\s+/g, ''), markers: markersOf(m[2] ?? '') };
}

/** A reference leading the action text: "PA1) Identify ...", "1.1 Gain knowledge ...". */
export function splitRefFromText(text: string): { ref: RefParse | null; rest: string } {
  const m = REF_IN_TEXT.exec(text);
  if (!m) return { ref: null, rest: text };
  return { ref: { ref: m[1], markers: markersOf(m[2] ?? '') }, rest: text.slice(m[0].length) };
}

/** Markers left at the end of an action text: "To review the structure ... *". */
export function trailingMarkers(text: string): { markers: string[]; rest: string } {
  const m = new RegExp(`\\s+((?:${MARKER_CLASS}\\s*)+)$`).exec(text);
  if (!m) return { markers: [], rest: text };
  return { markers: markersOf(m[1]), rest: text.slice(0, m.index) };
}

/** "2." or "2" alone: the number of a section, not of an action. */
export function isSectionNumber(text: string): boolean {
  return /^\s*\d+\s*\.?\s*$/.test(text);
}

export { MARKER_CLASS };
