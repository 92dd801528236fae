import { Grid, a1, cellText, isBlank } from '../../grid';

/**
 * A plan pasted from Word leaves one paragraph per row (bullets as "•" paragraphs), or several
 * paragraphs in one cell separated by line breaks. This reads either back into paragraphs, each
 * with the cell it starts in.
 */
export interface Paragraph {
  text: string;
  /** The list marker the paragraph started with ("•", "-", "1.", "a)"), or null for plain text. */
  marker: string | null;
  /** The number or letter of a numbered paragraph ("1", "2.3", "b"), else null. */
  number: string | null;
  row: number;
  col: number;
  cell: string;
}

/** Bullet characters Word and its pastes leave: •, ◦, ▪, ■, ●, –, -, *, the Symbol font's  and "o" of a second level. */
const BULLET = /^\s*([\u2022\u25E6\u25AA\u25A0\u25CF\u2023\u2043\u2219\u00B7\uF0B7\uF0A7\uF0D8\u27A2\u2713\u2714>*]|[-\u2013\u2014](?=\s)|o(?=\s+\S))\s*/;
/** "1.", "1)", "(1)", "2.3", "a)", "(b)", "iv)": a numbered paragraph, followed by its text. */
const NUMBERED = /^\s*(\(?(\d{1,2}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4})[.)]|\(\d{1,2}\)|\d{1,2}(?:\.\d{1,2})+)\s+(?=\S)/i;

export function splitMarker(raw: string): { marker: string | null; number: string | null; text: string } {
  const b = BULLET.exec(raw);
  if (b && raw.slice(b[0].length).trim() !== '') return { marker: b[1], number: null, text: raw.slice(b[0].length).trim() };
  const n = NUMBERED.exec(raw);
  if (n) {
    const number = n[1].replace(/[()]/g, '').replace(/\.$/, '');
    // "2012/13" or "1998 placed" are not numbers of a list; a list number is short.
    return { marker: n[1], number, text: raw.slice(n[0].length).trim() };
  }
  return { marker: null, number: null, text: raw.replace(/\s+/g, ' ').trim() };
}

const DANGLING = /\b(the|a|an|of|to|and|or|in|for|with|by|on|at|from|as|our|their|its|this|that|which|will|be|is|are)$/i;
const ENDS_SENTENCE = /[.!?:;"'\u201D\u2019)]\s*$/;

/** A line that carries on the paragraph above: no marker, and the one above stopped mid-sentence. */
function continues(prev: Paragraph | undefined, line: string, sameCell: boolean): boolean {
  if (!prev) return false;
  if (ENDS_SENTENCE.test(prev.text)) return false;
  const t = line.trim();
  if (/^[a-z]/.test(t)) return true;
  // Inside one cell a hard-wrapped line ("... the\n Partnership will ...") carries on whatever its case
  // when the line above stops on a word no sentence or heading ends with.
  return sameCell && (/,$/.test(prev.text) || DANGLING.test(prev.text));
}

/** Cells that hold only a list marker, as a Word list sometimes pastes: the text is in the next cell. */
const MARKER_ONLY = /^\s*([\u2022\u25E6\u25AA\u25A0\u25CF\u00B7\uF0B7\uF0A7\-\u2013*o]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s*$/i;

/** The paragraphs of a sheet, in reading order (row by row, cells left to right). */
export function paragraphsOf(grid: Grid): Paragraph[] {
  const out: Paragraph[] = [];
  grid.rows.forEach((row, r) => {
    let pendingMarker: string | null = null;
    row.forEach((v, c) => {
      if (isBlank(v)) return;
      const raw = cellText(v);
      if (MARKER_ONLY.test(raw)) {
        pendingMarker = raw.trim();
        return;
      }
      const lines = raw.split(/\r\n|\r|\n|\u2029|\u2028|\u000B/);
      let first = true;
      for (const line of lines) {
        if (line.trim() === '') continue;
        const withMarker = first && pendingMarker ? `${pendingMarker} ${line.trim()}` : line;
        first = false;
        const prev = out[out.length - 1];
        const sameCell = !!prev && prev.row === r + 1 && prev.col === c + 1;
        const m = splitMarker(withMarker);
        if (m.marker === null && continues(prev, line, sameCell)) {
          prev.text = `${prev.text} ${m.text}`.replace(/\s+/g, ' ');
          continue;
        }
        out.push({ text: m.text, marker: m.marker, number: m.number, row: r + 1, col: c + 1, cell: a1(r + 1, c + 1) });
      }
      pendingMarker = null;
    });
  });
  return out.filter((p) => p.text !== '');
}

/** Whether a sheet reads as a pasted document: nearly every used row holds one paragraph (a marker cell aside). */
export function looksLikeDocument(grid: Grid): boolean {
  let used = 0;
  let single = 0;
  for (const row of grid.rows) {
    const cells = row.filter((v) => !isBlank(v)).map((v) => cellText(v));
    if (cells.length === 0) continue;
    used++;
    const text = cells.filter((t) => !MARKER_ONLY.test(t));
    if (text.length <= 1) single++;
  }
  return used >= 3 && single / used >= 0.8;
}
