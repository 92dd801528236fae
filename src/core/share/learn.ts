/**
 * Who the workbook names, learned before anything is removed: lead cells (including those that did
 * not split), membership lists such as seed 001's panel tables, returns' NAME rows, sheet names,
 * and anyone named by a title or as a victim or witness in any cell. Each person is then removed
 * from every field of a de-personalised export in every form (people.ts).
 */
import { CellValue, Grid } from '../grid';
import { Action } from '../plan';
import { isAgencyWord, PersonAgency, peopleInList, splitPersonAgency } from '../people';
import { KnownPerson, PeopleBook, knownPeopleFromPlan } from './people';
import { namesByPattern } from './patterns';

/** Cells that label a person's name: "NAME", "Contact", "Lead officer:", "Completed by". */
const NAME_LABEL =
  /^(?:names?|contact(?: name)?|contacts?|lead officers?|officer name|named officer|chair(?:person)?|members?|team members?|associate members?|completed by|prepared by|signed|author)\s*:?$/i;
/** "Name: Jess Berry" in one cell. */
const INLINE_LABEL = /^(?:names?|contact(?: name)?|lead officer|completed by|prepared by|author)\s*:\s*(.+)$/i;

function hasAgency(text: string): boolean {
  return text.split(/\s+/).some((w) => isAgencyWord(w) || /^\p{Lu}{2,}$/u.test(w.replace(/[()'’s]+$/u, '')));
}

function rowTexts(row: readonly CellValue[]): string[] {
  return row.map((v) => (typeof v === 'string' ? v.trim() : ''));
}

/**
 * A line that could be a person's name alone: capitalised, and no longer than the splitter's longest
 * person (four titles, five name words, particles between: "Detective Chief Inspector Mary Ann van der Berg").
 */
function mayBeNameLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 160 && /^\p{Lu}/u.test(t) && t.split(/\s+/).length <= 14;
}

/** What a cell's text says on its own, whatever its neighbours: judged once per distinct text. */
interface CellReading {
  /** The text labels a name ("NAME", "Lead officer:"): the next cell to the right holds people. */
  label: boolean;
  /** People named after an inline label ("Name: Jess Berry"). */
  inline: readonly PersonAgency[];
  /** People its lines name with no agency: a membership row's name, when an agency stands beside it. */
  members: readonly string[];
  /** Titled, victim and witness names (these carry no agency). */
  patterned: readonly string[];
}

function readCell(t: string): CellReading {
  const inline = INLINE_LABEL.exec(t);
  // Only a cell with a short, capitalised line can be a membership row's name.
  const lines = t.split(/\r?\n/);
  const members = lines.some(mayBeNameLine)
    ? lines.flatMap((line) => {
        const s = splitPersonAgency(line);
        return s.person && s.agency === null ? [s.person] : [];
      })
    : [];
  return {
    label: NAME_LABEL.test(t.replace(/<\/?b>/gi, '').trim()),
    inline: inline ? peopleInList(inline[1]) : [],
    members,
    patterned: /[\p{Lu}]/u.test(t) ? namesByPattern(t).map((n) => n.name) : [],
  };
}

/** People in one sheet: its name, NAME rows, membership rows, titled and victim/witness names. */
function learnFromGrid(g: Grid, book: PeopleBook): void {
  // Texts repeat down columns (leads, agencies, statuses): each distinct text is read once.
  const readings = new Map<string, CellReading>();
  const reading = (t: string): CellReading => {
    let r = readings.get(t);
    if (!r) readings.set(t, (r = readCell(t)));
    return r;
  };
  const judged = new Map<string, boolean>();
  const agencyOnly = (x: string): boolean => {
    let v = judged.get(x);
    if (v === undefined) judged.set(x, (v = hasAgency(x) && !splitPersonAgency(x).person));
    return v;
  };
  const fromSheet = splitPersonAgency(g.sheet);
  if (fromSheet.person) book.add(fromSheet.person, null);
  for (const row of g.rows) {
    const texts = rowTexts(row);
    texts.forEach((t, c) => {
      if (!t) return;
      const r = reading(t);
      // A labelled name: the next non-empty cell to the right holds one or more people.
      if (r.label) {
        const value = texts.slice(c + 1).find((x) => x !== '');
        const agency = texts.find((x, k) => k !== c && x && x !== value && hasAgency(x)) ?? null;
        if (value) for (const p of peopleInList(value)) book.add(p.person!, p.agency ?? agency);
      }
      for (const p of r.inline) book.add(p.person!, p.agency);
      // A membership row: a cell that is only a name, next to a cell naming an agency or role.
      if (r.members.length) {
        const beside = [texts[c + 1], texts[c - 1]].find((x) => x && agencyOnly(x)) ?? null;
        if (beside !== null) for (const person of r.members) book.add(person, beside);
      }
      for (const name of r.patterned) book.add(name, null);
    });
  }
}

export interface LearnInput {
  actions: readonly Action[];
  /** The workbook's sheets; generated sheets (ours) are skipped. */
  grids?: readonly Grid[];
  /** Further text to read names from (the export's free-text fields). */
  texts?: readonly string[];
  /** People the caller adds, such as names from partner returns. */
  more?: readonly KnownPerson[];
}

/** Every person the workbook names, each with the agency that replaces them. */
export function learnPeople(input: LearnInput): KnownPerson[] {
  const book = new PeopleBook();
  knownPeopleFromPlan(input.actions, book);
  for (const p of input.more ?? []) {
    if (book.add(p.name, p.replacement)) continue;
    for (const q of peopleInList(p.name)) book.add(q.person!, q.agency ?? p.replacement);
  }
  for (const g of input.grids ?? []) if (!g.generated) learnFromGrid(g, book);
  // Each distinct text once: names by pattern carry no agency, so repeats add nothing.
  for (const t of new Set(input.texts ?? [])) for (const n of namesByPattern(t)) book.add(n.name, null);
  return book.people();
}
