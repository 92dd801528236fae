/**
 * Action references, read by a small grammar rather than a list of known shapes:
 *
 *   ref     = [prefix] number [suffix] | roman
 *   prefix  = 1-4 capitals ("PA1", "EA3", "A1.2") | "Action " | "Ref "
 *   number  = digits ("." digits)*          1, 1.1, 1.1.2
 *   suffix  = letter | "(" letter ")" | "." letter    1a, 1(a), 1.a
 *   roman   = i, ii, iii, iv, ... (as "ii)" or "(ii)" or "ii." in text)
 *   letter  = a single letter closed by a bracket, leading text: "a) A full review ...", "(b) Audit ..."
 *   flags   = markers after the reference: "*", "▲", "†", ... ("1d*", "4.1 *")
 *
 * In its own cell (the "No" column) a reference may end in ")", "." or ":". Leading an action's
 * text it needs a separator or a shape that cannot be an ordinary word or count ("1.1 Gain ...",
 * "1a Run ...", "PA1) Identify ...", "(ii) Review ...", "1d* Provide ..."); a plain "4 officers"
 * is not a reference.
 */

/** Markers that flag an action and are explained by a legend row. */
export const MARKERS = ['*', '▲', '†', '‡', '§', '■', '◆', '●', '★', '♦', '#'] as const;
const MARKER_CLASS = '[*▲†‡§■◆●★♦#]';
const MARKS = `((?:${MARKER_CLASS}\\s*)*)`;

const NUMBER = '\\d{1,3}(?:\\.\\d{1,3})*';
const SUFFIX = '(?:[a-z]|\\([a-z]\\)|\\.[a-z](?![a-z]))';
const ROMAN = '(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})';
const ROMAN_UPPER = '(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})';

/** In its own cell a number may be longer: a plan or register of a thousand actions or more ("1000", "1024.3"). */
const CELL_NUMBER = '\\d{1,5}(?:\\.\\d{1,5})*';
const REF_CELL = new RegExp(`^\\s*(?:\\((${ROMAN}|${ROMAN_UPPER})\\)|(${ROMAN}|${ROMAN_UPPER})|((?:[A-Za-z]{1,4}\\s?|(?:action|ref)\\s+)?${CELL_NUMBER}${SUFFIX}?))\\s*[).:]?\\s*${MARKS}$`, 'i');

/** Shapes of a reference leading text; each is followed by an optional separator, flags and a space. */
const SEP = `\\s*[).:\\-–]?\\s*(?<marks>(?:${MARKER_CLASS}\\s*)*)\\s+(?=\\S)`;
const IN_TEXT: RegExp[] = [
  // PA1) / EA1 / A1.2 / Action 1: / Ref 2.1
  new RegExp(`^\\s*(?<ref>(?:[A-Z]{1,4}|Action\\s+|Ref\\s+)${NUMBER}${SUFFIX}?)${SEP}`),
  // 1.1 / 1.1.2 / 1.2a
  new RegExp(`^\\s*(?<ref>\\d{1,3}(?:\\.\\d{1,3})+${SUFFIX}?)${SEP}`),
  // 1a / 1(a) / 1.a / 1d*
  new RegExp(`^\\s*(?<ref>\\d{1,3}${SUFFIX})${SEP}`),
  // 2) / 2. : a bare number needs a separator ...
  new RegExp(`^\\s*(?<ref>\\d{1,3})\\s*[).]\\s*(?<marks>(?:${MARKER_CLASS}\\s*)*)\\s+(?=\\S)`),
  // ... or a flag: 3* / 3 ▲
  new RegExp(`^\\s*(?<ref>\\d{1,3})\\s*(?<marks>(?:${MARKER_CLASS}\\s*)+)\\s+(?=\\S)`),
  // (ii) / ii) / ii.
  new RegExp(`^\\s*\\((?<ref>${ROMAN})\\)\\s*(?<marks>(?:${MARKER_CLASS}\\s*)*)\\s+(?=\\S)`),
  new RegExp(`^\\s*(?<ref>${ROMAN})[).]\\s*(?<marks>(?:${MARKER_CLASS}\\s*)*)\\s+(?=\\S)`),
  // a) / (b) / C): a lone letter needs its bracket ("A full review" and "a. n. other" are words)
  new RegExp(`^\\s*\\(?(?<ref>[A-Za-z])\\)\\s*(?<marks>(?:${MARKER_CLASS}\\s*)*)\\s+(?=\\S)`),
];

export interface RefParse {
  ref: string;
  markers: string[];
}

function markersOf(s: string | undefined): string[] {
  return [...(s ?? '').replace(/\s+/g, '')];
}

/** The reference as the plan writes it, without spaces inside ("PA 1" -> "PA1"; "Action 1" keeps its space). */
function canonical(ref: string): string {
  const t = ref.trim().replace(/\s+/g, ' ');
  return /^(action|ref)\s/i.test(t) ? t : t.replace(/\s+/g, '');
}

/** A whole cell holding a reference (the "No" column): "1.1", "4.1 *", "PA1)", "2.", "1(a)", "ii". */
export function parseRefCell(text: string): RefParse | null {
  const m = REF_CELL.exec(text);
  if (!m) return null;
  const ref = m[1] ?? m[2] ?? m[3];
  if (!ref) return null;
  return { ref: canonical(ref), markers: markersOf(m[4]) };
}

/** A reference leading the action text: "PA1) Identify ...", "1.1 Gain knowledge ...", "1d* Provide ...". */
export function splitRefFromText(text: string): { ref: RefParse | null; rest: string } {
  for (const re of IN_TEXT) {
    const m = re.exec(text);
    if (!m?.groups?.ref) continue;
    return { ref: { ref: canonical(m.groups.ref), markers: markersOf(m.groups.marks) }, rest: text.slice(m[0].length) };
  }
  return { ref: null, rest: text };
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
