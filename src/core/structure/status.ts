import { STATUSES, Status } from '../plan/status';

/** Words partnerships use for a status, mapped onto the vocabulary (BRAG colour words included). */
const SYNONYMS: ReadonlyArray<[RegExp, Status]> = [
  [/^(complete|completed|done|achieved|finished|closed|blue|b)$/i, 'Complete'],
  [/^(on track|on-track|ontrack|in progress|in hand|progressing|green|g)$/i, 'On track'],
  [/^(at risk|at-risk|some concerns|slipping|amber|a)$/i, 'At risk'],
  [/^(off track|off-track|behind|not on track|delayed|overdue|red|r)$/i, 'Off track'],
  [/^(not started|not yet started|not begun|to start|pending|planned)$/i, 'Not started'],
  [/^(cancelled|canceled|withdrawn|deleted|no longer required|superseded)$/i, 'Cancelled'],
];

export type StatusReading =
  | { kind: 'blank' }
  | { kind: 'ok'; status: Status }
  | { kind: 'unknown'; text: string; suggestion: Status | null };

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

/** The nearest vocabulary status to a word people typed ("Done-ish" -> Complete). */
export function suggestStatus(text: string): Status | null {
  const t = text.toLowerCase().replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!t) return null;
  for (const word of t.split(' ')) for (const [re, s] of SYNONYMS) if (word.length > 2 && re.test(word)) return s;
  let best: Status | null = null;
  let bestD = Infinity;
  for (const s of STATUSES) {
    const dist = levenshtein(t, s.toLowerCase());
    if (dist < bestD) {
      bestD = dist;
      best = s;
    }
  }
  return bestD <= Math.max(2, Math.floor(t.length / 3)) ? best : null;
}

export function readStatus(text: string | null): StatusReading {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!t) return { kind: 'blank' };
  for (const s of STATUSES) if (s.toLowerCase() === t.toLowerCase()) return { kind: 'ok', status: s };
  for (const [re, s] of SYNONYMS) if (re.test(t)) return { kind: 'ok', status: s };
  return { kind: 'unknown', text: t, suggestion: suggestStatus(t) };
}
