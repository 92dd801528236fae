/**
 * The labels of a priority feedback proforma (seed 002), recognised however they were pasted:
 * bold or not, upper or lower case, with or without a colon, "Output 1:" or "Output1", and the
 * short labels also with their value in the same cell ("Agency: Hampshire Fire and Rescue").
 */

export type LabelKind =
  | 'title'
  | 'heading' // PARTNER INFORMATION, PRIORITIES: structure only
  | 'agency'
  | 'name'
  | 'role'
  | 'assistance' // Please explain HOW the partnership has assisted your agency ...
  | 'priority'
  | 'narrative' // Strategic Assessment Narrative
  | 'applies' // our template's "Applies to our agency?"
  | 'partnership' // Insert below how you worked in partnership ...
  | 'output'
  | 'impact'
  | 'inYear'
  | 'date'
  | 'signature';

export interface Label {
  kind: LabelKind;
  /** Output number for 'output'. */
  n?: number;
  /** Text after "Label:" in the same cell, when there is any. */
  inline?: string;
}

/** Label text as written in our template (and seed 002). */
export const TEMPLATE_TITLE = 'PRIORITY FEEDBACK TEMPLATE';
export const APPLIES_LABEL = 'Applies to our agency?';

/** Strips the decoration a pasted label may carry: markdown stars, a trailing colon, spaces. */
function clean(text: string): string {
  return text
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[:\-–]\s*$/, '')
    .trim();
}

interface Rule {
  kind: LabelKind;
  re: RegExp;
  /** Short labels may carry their value after a colon in the same cell. */
  inline?: boolean;
}

const RULES: readonly Rule[] = [
  { kind: 'title', re: /^(priority|partner) feedback (template|form|proforma|return)$/i },
  { kind: 'heading', re: /^(partner information|partner details|priorities)$/i },
  { kind: 'agency', re: /^(agency|agency name|organi[sz]ation|partner agency|name of (agency|organi[sz]ation)|agency ?\/ ?organi[sz]ation)$/i, inline: true },
  { kind: 'name', re: /^(name|contact name|completed by|lead officer|name of officer)$/i, inline: true },
  { kind: 'role', re: /^(role|job title|position|role ?\/ ?title)$/i, inline: true },
  { kind: 'priority', re: /^((csp|partnership) )?priority( area| name)?( \d+)?$/i, inline: true },
  { kind: 'narrative', re: /^(strategic assessment( narrative)?|narrative)$/i },
  { kind: 'applies', re: /^(applies to (our|your) agency|does this priority apply to (our|your) agency|relevant to (our|your) agency)\??$/i, inline: true },
  { kind: 'impact', re: /^impact$/i, inline: true },
  { kind: 'inYear', re: /^(in[ -]?year impact|impact in[ -]?year|in[ -]?year (outcomes?|results?))$/i, inline: true },
  { kind: 'date', re: /^date( completed)?$/i, inline: true },
  { kind: 'signature', re: /^signature$/i, inline: true },
];

const OUTPUT = /^output ?(\d{1,2})$/i;
const OUTPUT_INLINE = /^output ?(\d{1,2}) ?[:.\-–] ?([\s\S]+)$/i;
const ASSISTANCE = /\bhow (has )?the partnership (has )?(assisted|helped|supported)\b/i;
const PARTNERSHIP = /\bhow (you|your (agency|organisation|organization|service|team)) (have |has )?work(ed)? in partnership\b/i;

/** The label a cell holds, or null when it is an answer. */
export function classifyLabel(raw: string): Label | null {
  const lines = raw.split(/\r?\n/);
  if (lines.length > 1) {
    // A label on its own line with the answer below it in the same cell (Alt+Enter, or a pasted
    // Word cell): the first line is the label, the rest its answer.
    const prompt = promptLines(lines);
    if (prompt) return prompt;
    const head = classifyLine(lines[0]);
    const rest = lines.slice(1).join('\n').trim();
    if (head && !head.inline && head.kind !== 'title' && head.kind !== 'heading') return rest ? { ...head, inline: rest } : head;
    if (head) return head;
  }
  return classifyLine(raw);
}

/** A prompt sentence (possibly wrapped over several lines) and any answer after it in the cell. */
function promptLines(lines: string[]): Label | null {
  let text = '';
  for (let i = 0; i < lines.length && i < 4; i++) {
    text = (text + ' ' + lines[i]).trim();
    const kind = ASSISTANCE.test(text) ? 'assistance' : PARTNERSHIP.test(text) ? 'partnership' : null;
    if (!kind) continue;
    // the prompt runs to the end of its sentence
    let end = i;
    while (end < lines.length - 1 && !/[.?:]\s*$/.test(lines[end])) end++;
    const rest = lines
      .slice(end + 1)
      .join('\n')
      .trim();
    return rest ? { kind, inline: rest } : { kind };
  }
  return null;
}

function classifyLine(raw: string): Label | null {
  const text = clean(raw);
  if (text === '') return null;
  // The prompts are sentences, recognised by their words near the start of the cell; an answer
  // typed after the prompt's sentence in the same cell is kept.
  for (const [kind, re] of [
    ['assistance', ASSISTANCE],
    ['partnership', PARTNERSHIP],
  ] as const) {
    const m = re.exec(text);
    if (!m || m.index > 40 || text.length < 30) continue;
    const after = text.slice(m.index + m[0].length);
    const stop = after.search(/[.?:](\s|$)/);
    const rest = stop >= 0 ? after.slice(stop + 1).trim() : '';
    return rest ? { kind, inline: rest } : { kind };
  }
  const out = OUTPUT.exec(text);
  if (out) return { kind: 'output', n: Number(out[1]) };
  for (const r of RULES) if (r.re.test(text)) return { kind: r.kind };
  return inlineLabel(raw);
}

/** "Agency: Hampshire Fire and Rescue Service", "Output 2: Multi-agency training". */
function inlineLabel(raw: string): Label | null {
  const t = raw.replace(/\*+/g, '').trim();
  const out = OUTPUT_INLINE.exec(t);
  if (out) return { kind: 'output', n: Number(out[1]), inline: out[2].trim() };
  const m = /^([^:\n]{2,40}?)\s*:\s*([\s\S]+)$/.exec(t);
  if (!m) return null;
  const head = clean(m[1]);
  for (const r of RULES) if (r.inline && r.re.test(head)) return { kind: r.kind, inline: m[2].trim() };
  return null;
}

/** The field name used in `missing` and in findings, as the proforma words it. */
export const FIELD_NAMES = {
  agency: 'Agency',
  assistance: 'How the partnership assisted',
  partnership: 'How you worked in partnership',
  inYear: 'In year impact',
  output: (n: number) => `Output ${n}`,
  impact: (n: number) => `Output ${n} impact`,
} as const;
