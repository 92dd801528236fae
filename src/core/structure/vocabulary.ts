/**
 * Header words partnerships use for each field of an action. A header cell is matched after
 * normalising (lower case, punctuation and extra spaces removed). Extend here, not in the walker.
 */
export type Field = 'ref' | 'action' | 'lead' | 'measure' | 'timescale' | 'status' | 'priority' | 'theme' | 'strand' | 'progress' | 'percent';

export const FIELD_SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
  ref: ['no', 'ref', 'ref no', 'reference no', 'action id', 'reference', 'ref no', 'action no', 'action number', 'action ref', 'number', 'id', 'item', 'item no', '#'],
  action: [
    'action',
    'actions',
    'recommendation',
    'recommendations',
    'action description',
    'action required',
    'actions required',
    'key action',
    'key actions',
    'key task',
    'key tasks',
    'action point',
    'action points',
    'activity',
    'activities',
    'task',
    'tasks',
    'what',
    'what we will do',
    'description',
    'intervention',
    'interventions',
  ],
  lead: [
    'lead',
    'owner',
    'manager',
    'lead officer',
    'lead agency',
    'lead partner',
    'lead organisation',
    'responsible',
    'responsibility',
    'responsible officer',
    'responsible agency',
    'who',
    'by whom',
    'accountable',
    'action owner',
    'lead person',
    'action lead',
    'action by',
    'actioned by',
    'owner agency',
    'lead role',
    'named lead',
  ],
  measure: [
    'measurement',
    'measurements',
    'measure',
    'measures',
    'target',
    'targets',
    'evaluation criteria',
    'evaluation',
    'performance indicator',
    'performance indicators',
    'success criteria',
    'success measure',
    'outcome',
    'outcomes',
    'output',
    'outputs',
    'kpi',
    'milestone',
    'milestones',
    'how measured',
    'measure of success',
  ],
  timescale: [
    'timescale',
    'timescales',
    'deadline',
    'due',
    'due date',
    'by when',
    'when',
    'date',
    'target date',
    'completion date',
    'timeframe',
    'time frame',
    'end date',
    'date due',
    'anticipated completion date',
    'expected completion date',
    'planned completion date',
    'target completion date',
    'to be achieved by',
    'achieve by',
  ],
  status: ['status', 'rag', 'brag', 'rag status', 'brag status', 'progress status', 'current status', 'action status', 'rag rating', 'brag rating'],
  priority: ['priority', 'priorities', 'category', 'crime category', 'priority crime category', 'strategic priority crime category', 'strategic priority', 'priority area', 'crime type'],
  theme: ['theme', 'objective', 'objectives', 'area of work', 'workstream', 'section'],
  strand: ['strand', 'approach', 'strategy strand'],
  progress: ['progress', 'progress update', 'update', 'comments', 'progress to date', 'work to date', 'notes', 'commentary'],
  // "% complete": the % is dropped when a header is normalised.
  percent: ['percent complete', 'percentage complete', 'complete', 'completed', 'percent', 'percentage', 'per cent complete', 'achieved'],
};

export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim();
}

/** Headers that start with a field's word but are not that field ("Date raised" is not a due date; "Who else needs to be involved?" lists partners, not the lead). */
const NOT_A_FIELD = new Set([
  'date raised',
  'date added',
  'date opened',
  'date agreed',
  'date updated',
  'last updated',
  'update date',
  'date of update',
  'action type',
  'lead in',
  'status date',
  'number of',
  'who else',
  'work to',
  'what else',
]);

/** Questions plans ask as headers ("WHO WILL LEAD?", "HOW WILL WE KNOW WHETHER WE HAVE SUCCEEDED?"), by their opening words. */
const QUESTIONS: readonly [string, Field][] = [
  ['who will lead', 'lead'],
  ['who is responsible', 'lead'],
  ['who leads', 'lead'],
  ['what are we going to do', 'action'],
  ['what will we do', 'action'],
  ['what will be done', 'action'],
  ['how will we know', 'measure'],
  ['how will success be measured', 'measure'],
  ['how will we measure', 'measure'],
  ['when do we aim', 'timescale'],
  ['when will it be done', 'timescale'],
  ['when will we', 'timescale'],
];

/** Words that qualify a field's word without changing it: "Proposed action", "Scrutiny recommendation", "Agreed timescale". */
const QUALIFIERS = new Set([
  'proposed',
  'planned',
  'agreed',
  'scrutiny',
  'specific',
  'main',
  'further',
  'suggested',
  'recommended',
  'intended',
  'expected',
  'overall',
  'partnership',
  'revised',
  'original',
  'current',
  'overarching',
]);

const LOOKUP: Map<string, Field> = (() => {
  const m = new Map<string, Field>();
  for (const f of Object.keys(FIELD_SYNONYMS) as Field[]) for (const s of FIELD_SYNONYMS[f]) if (!m.has(s)) m.set(s, f);
  return m;
})();

const headerCache = new Map<string, Field | null>();

/** First words of every synonym: a cell whose first word is none of them names no field. */
const FIRST_WORDS: ReadonlySet<string> = new Set(Object.values(FIELD_SYNONYMS).flatMap((list) => list.map((s) => s.split(' ')[0])));
const FIRST_WORD = /^[^A-Za-z0-9#]*([A-Za-z0-9#]+)/;

/** The field a header cell names, or null. Called for every text cell, so long text is rejected first and answers are cached. */
export function headerField(raw: string): Field | null {
  // A header's first line, without its explanation in brackets: "WHO WILL LEAD?\n(name, post & agency)".
  const text =
    raw.length > 200
      ? raw
      : raw
          .split(/\r?\n/)[0]
          .replace(/\([^)]*\)/g, ' ')
          .trim();
  if (text.length > 60) return null;
  const w = FIRST_WORD.exec(text);
  if (!w || !(FIRST_WORDS.has(w[1].toLowerCase()) || QUALIFIERS.has(w[1].toLowerCase()))) return null;
  const cached = headerCache.get(text);
  if (cached !== undefined) return cached;
  const f = headerFieldOf(text);
  if (headerCache.size > 50000) headerCache.clear();
  headerCache.set(text, f);
  return f;
}

function headerFieldOf(text: string): Field | null {
  let n = normaliseHeader(text);
  if (!n || n.length > 50) return null;
  const exact = LOOKUP.get(n);
  if (exact) return exact;
  if (NOT_A_FIELD.has(n) || NOT_A_FIELD.has(n.split(' ').slice(0, 2).join(' '))) return null;
  const question = QUESTIONS.find(([q]) => n === q || n.startsWith(`${q} `));
  if (question) return question[1];
  if (n.length > 40) return null;
  if (QUALIFIERS.has(n.split(' ')[0]) && n.includes(' ')) n = n.slice(n.indexOf(' ') + 1);
  // "Lead officer / agency", "Timescale (by when)": the first words decide.
  const first = n.split(' ').slice(0, 2).join(' ');
  return LOOKUP.get(first) ?? LOOKUP.get(n.split(' ')[0]) ?? null;
}

/** Names for the fields, as the Actions sheet and messages show them. */
export const FIELD_LABELS: Readonly<Record<Field, string>> = {
  ref: 'Ref',
  action: 'Action',
  lead: 'Lead',
  measure: 'Measure',
  timescale: 'Timescale',
  status: 'Status',
  priority: 'Priority',
  theme: 'Theme',
  strand: 'Strand',
  progress: 'Progress',
  percent: '% complete',
};

export function synonymsList(field: Field): string {
  return FIELD_SYNONYMS[field]
    .slice(0, 6)
    .map((s) => s.replace(/\b\w/g, (c) => c.toUpperCase()))
    .join(', ');
}
