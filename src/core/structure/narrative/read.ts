import { Grid } from '../../grid';
import { Paragraph, looksLikeDocument, paragraphsOf } from './paragraphs';
import { matchName } from './match';
import { Strand, strandOf } from './strand';
import {
  AIM_HEADING,
  AIM_LINE,
  CONTENTS_ENTRY,
  CONTENTS_HEADING,
  ENDS_SECTIONS,
  NAME_ENDS,
  NOT_ACTIVITIES_INTRO,
  NOT_A_PRIORITY,
  PRIORITY_LIST_INTRO,
  PRIORITY_PREFIX,
  SECOND_LEVEL,
  SUB_HEADING,
  WILL_SENTENCE,
} from './words';

export interface NarrativeActivity {
  text: string;
  /** The plan's own number for the paragraph ("1", "2.3"), or null for a bullet or a sentence. */
  ref: string | null;
  priority: string;
  theme: string | null;
  strand: Strand | null;
  /** How it was written: a bulleted or numbered paragraph, or a "we will" sentence in prose. */
  kind: 'bullet' | 'numbered' | 'sentence';
  row: number;
  col: number;
  cell: string;
}

export interface NarrativePriority {
  name: string;
  /** Where the plan names it: the list item, else the section heading. */
  cell: string;
  /** The section heading it was matched to, or null when the plan has no section for it. */
  heading: string | null;
  headingCell: string | null;
}

export interface NarrativePlan {
  sheet: string;
  title: string | null;
  /** The paragraph that opens the plan's priorities list, when it has one. */
  listCell: string | null;
  priorities: NarrativePriority[];
  activities: NarrativeActivity[];
}

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** A short line with no closing full stop: a heading, as Word's heading styles paste. */
function isHeadingLike(p: Paragraph): boolean {
  const t = p.text.trim();
  if (t.length > 100 || words(t) > 12) return false;
  if (/[.,;:]$/.test(t)) return false;
  if (!/^[A-Z0-9'\u2018"\u201C(]/.test(t)) return false;
  return !WILL_SENTENCE.test(t) && !AIM_LINE.test(t);
}

/** "Anti social behaviour To incorporate criminal damage ..." -> "Anti social behaviour". */
export function priorityName(text: string): string {
  const t = text.replace(PRIORITY_PREFIX, '').replace(/\s+/g, ' ').trim();
  const cuts = NAME_ENDS.map((re) => re.exec(t)).filter((c): c is RegExpExecArray => c !== null && c.index > 2);
  const at = cuts.length ? Math.min(...cuts.map((c) => c.index)) : t.length;
  const name = t
    .slice(0, at)
    .replace(/[\s.;:,]+$/, '')
    .trim();
  return name;
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z"\u201C'\u2018(])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Indexes of paragraphs that are a contents list: "Contents" and the entries under it. */
function contentsIndexes(ps: readonly Paragraph[]): Set<number> {
  const out = new Set<number>();
  ps.forEach((p, i) => {
    if (CONTENTS_ENTRY.test(p.text)) out.add(i);
  });
  const start = ps.findIndex((p) => CONTENTS_HEADING.test(p.text.trim()));
  if (start >= 0) {
    out.add(start);
    const first = start + 1 < ps.length ? entryKey(ps[start + 1].text) : '';
    for (let j = start + 1; j < ps.length; j++) {
      const p = ps[j];
      // The body starts where the first entry comes again, or at the first paragraph that is not an entry.
      if (j > start + 1 && entryKey(p.text) === first) break;
      if (!out.has(j) && (!isHeadingLike(p) || p.marker !== null)) break;
      out.add(j);
    }
  }
  return out;
}

function entryKey(text: string): string {
  return text
    .replace(CONTENTS_ENTRY, '')
    .replace(/^\d+(\.\d+)*\.?\s+/, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

interface ListFound {
  intro: number;
  items: number[];
}

/** The plan's list of priorities: a sentence such as "The priorities ... are:" and the items under it. */
function priorityList(ps: readonly Paragraph[], skip: ReadonlySet<number>): ListFound | null {
  for (let i = 0; i < ps.length; i++) {
    if (skip.has(i) || !PRIORITY_LIST_INTRO.test(ps[i].text)) continue;
    const items: number[] = [];
    let j = i + 1;
    const marked = j < ps.length && ps[j].marker !== null;
    for (; j < ps.length; j++) {
      const p = ps[j];
      if (marked ? p.marker === null : !isHeadingLike(p) || words(p.text) > 10) break;
      items.push(j);
    }
    if (items.length >= 2) return { intro: i, items };
  }
  return null;
}

interface Section {
  priority: string | null;
  theme: string | null;
  bullets: NarrativeActivity[];
  sentences: NarrativeActivity[];
}

/**
 * Reads a plan written as prose: priorities from its list and its section headings, each
 * section's aim, and its activities (bulleted or numbered paragraphs; failing those, the section's
 * "we will" sentences). Forewords, introductions, contents and the priorities list are never
 * activities. Null when the sheet does not read as a pasted document with at least one activity.
 */
export function readNarrative(grid: Grid): NarrativePlan | null {
  if (!looksLikeDocument(grid)) return null;
  const ps = paragraphsOf(grid);
  const skip = contentsIndexes(ps);
  const list = priorityList(ps, skip);
  const listed: NarrativePriority[] = [];
  if (list) {
    skip.add(list.intro);
    for (const i of list.items) {
      skip.add(i);
      const name = priorityName(ps[i].text.split(/\s*\n\s*/)[0]);
      if (name && !listed.some((l) => l.name.toLowerCase() === name.toLowerCase())) listed.push({ name, cell: ps[i].cell, heading: null, headingCell: null });
    }
  }
  const found: NarrativePriority[] = [];
  const activities: NarrativeActivity[] = [];
  let section: Section = { priority: null, theme: null, bullets: [], sentences: [] };
  let runIntro: Paragraph | null = null;
  let runTakes = true;
  let runFirstMarker: string | null = null;
  let aimNext = false;
  let justOpened = false;

  const close = () => {
    if (section.priority) activities.push(...(section.bullets.length ? section.bullets : section.sentences));
    section = { priority: null, theme: null, bullets: [], sentences: [] };
  };
  const open = (name: string, p: Paragraph) => {
    close();
    section.priority = name;
    justOpened = true;
    const known = found.find((f) => f.name === name);
    if (!known) {
      const l = listed.find((x) => x.name === name);
      found.push(l ? { ...l, heading: p.text, headingCell: p.cell } : { name, cell: p.cell, heading: p.text, headingCell: p.cell });
    }
  };
  const deeperNumberFollows = (i: number): boolean => {
    const n = ps[i].number;
    if (!n || n.includes('.')) return false;
    return ps.slice(i + 1, i + 40).some((q) => q.number?.startsWith(`${n}.`));
  };

  for (let i = 0; i < ps.length; i++) {
    if (skip.has(i)) continue;
    const p = ps[i];
    const text = p.text;
    const headingLike = isHeadingLike(p) && (p.marker === null || p.number !== null);
    if (headingLike) {
      const prefixed = PRIORITY_PREFIX.test(text);
      const name = priorityName(text);
      const match = listed.length
        ? matchName(
            name,
            listed.map((l) => l.name),
          )
        : null;
      const numberedHeading = p.number !== null && (match !== null || prefixed || deeperNumberFollows(i));
      if (p.marker === null || numberedHeading) {
        runIntro = null;
        if (AIM_HEADING.test(text)) {
          aimNext = true;
          continue;
        }
        if (match) open(match, p);
        else if (SUB_HEADING.test(text) || /\?$/.test(text)) {
          // a part of the section it sits in
        } else if (listed.length) {
          if (prefixed) open(name, p);
          else if (ENDS_SECTIONS.test(text) || NOT_A_PRIORITY.test(text)) close();
        } else if (NOT_A_PRIORITY.test(text) || ENDS_SECTIONS.test(text)) close();
        else open(name, p);
        continue;
      }
    }
    if (aimNext && p.marker === null) {
      aimNext = false;
      section.theme = text.replace(/[.\s]+$/, '');
      continue;
    }
    const aim = AIM_LINE.exec(text);
    if (aim && p.marker === null) {
      section.theme =
        text
          .slice(aim[0].length)
          .replace(/^to\b/, 'To')
          .replace(/[.\s]+$/, '')
          .trim() || section.theme;
      continue;
    }
    // A quotation straight under a priority's heading states what the section is for.
    if (p.marker === null && section.priority && justOpened && /^["\u201C].*["\u201D]$/.test(text)) {
      section.theme = text.replace(/^["\u201C]\s*|\s*["\u201D]$/g, '');
      justOpened = false;
      continue;
    }
    justOpened = false;
    if (p.marker === null) {
      runIntro = p;
      runTakes = true;
      runFirstMarker = null;
      if (!section.priority) continue;
      for (const s of sentences(text)) {
        // "What we will do:" opens a list; it is not itself something to do.
        if (WILL_SENTENCE.test(s) && !/:$/.test(s)) section.sentences.push(activity(s, null, 'sentence', section, p));
      }
      continue;
    }
    // A list item.
    if (runFirstMarker === null) {
      runFirstMarker = p.marker;
      const intro = runIntro?.text ?? '';
      runTakes = !(NOT_ACTIVITIES_INTRO.test(intro) && !/\b(will|activit(y|ies)|actions?|deliver|tasks?|interventions?|do:?)\b/i.test(intro));
    }
    if (!section.priority || !runTakes) continue;
    const last = section.bullets[section.bullets.length - 1];
    if (last && p.marker !== runFirstMarker && SECOND_LEVEL.has(p.marker)) {
      last.text = `${last.text}\n${text}`;
      last.strand = strandOf(last.text);
      continue;
    }
    section.bullets.push(activity(text, p.number, p.number ? 'numbered' : 'bullet', section, p));
  }
  close();
  if (activities.length === 0) return null;
  const priorities = [...found, ...listed.filter((l) => !found.some((f) => f.name === l.name))];
  const titleP = ps.slice(0, 8).find((p) => /\b(plan|strategy)\b/i.test(p.text) && isHeadingLike(p));
  return { sheet: grid.sheet, title: titleP ? titleP.text : null, listCell: list ? ps[list.intro].cell : null, priorities, activities };
}

function activity(text: string, ref: string | null, kind: NarrativeActivity['kind'], s: Section, p: Paragraph): NarrativeActivity {
  return { text, ref, priority: s.priority!, theme: s.theme, strand: strandOf(text), kind, row: p.row, col: p.col, cell: p.cell };
}
