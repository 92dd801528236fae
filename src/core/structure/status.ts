import { STATUSES, Status } from '../plan/status';

/**
 * Words partnerships use for a status, mapped onto the vocabulary (BRAG colour words included).
 * Past tense means it has happened: "Delayed" and "Slipped" are Off track (a date was missed),
 * while "Slipping" is At risk. "Ongoing" and "In progress" are On track.
 */
const SYNONYMS: ReadonlyArray<[RegExp, Status]> = [
  [/^(complete|completed|done|achieved|finished|closed|delivered|met|target met|blue|b)$/i, 'Complete'],
  [/^(on track|on-track|ontrack|in progress|in-progress|in hand|progressing|ongoing|on-going|on going|started|underway|under way|green|g)$/i, 'On track'],
  [/^(at risk|at-risk|some concerns|slipping|amber|a)$/i, 'At risk'],
  [/^(off track|off-track|behind|not on track|delayed|slipped|overdue|not met|not achieved|red|r)$/i, 'Off track'],
  [/^(not started|not yet started|not begun|to start|pending|planned)$/i, 'Not started'],
  [/^(cancelled|canceled|withdrawn|deleted|no longer required|superseded)$/i, 'Cancelled'],
];

export type StatusReading = { kind: 'blank' } | { kind: 'ok'; status: Status } | { kind: 'unknown'; text: string; suggestion: Status | null };

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
  const t = text
    .toLowerCase()
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
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

/**
 * A percentage complete ("100%", "60 %", or a cell holding 0.6 formatted as a percentage): 100% is
 * Complete and 0% Not started; anything between says nothing about being on track, so it is no status.
 */
export function percentComplete(v: unknown, headerSaysPercent = false): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) {
    if (v >= 0 && v <= 1) return Math.round(v * 100);
    if (headerSaysPercent && v > 1 && v <= 100) return Math.round(v);
    return null;
  }
  if (typeof v !== 'string') return null;
  const m = /^\s*(\d{1,3}(?:\.\d+)?)\s*%\s*(?:complete|completed|done)?\s*$/i.exec(v);
  if (!m) return null;
  const n = Number(m[1]);
  return n <= 100 ? Math.round(n) : null;
}

export function statusOfPercent(pct: number): Status | null {
  return pct >= 100 ? 'Complete' : pct <= 0 ? 'Not started' : null;
}

export function readStatus(text: string | null): StatusReading {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!t) return { kind: 'blank' };
  const pct = percentComplete(t);
  if (pct !== null) {
    const s = statusOfPercent(pct);
    return s ? { kind: 'ok', status: s } : { kind: 'blank' };
  }
  for (const s of STATUSES) if (s.toLowerCase() === t.toLowerCase()) return { kind: 'ok', status: s };
  for (const [re, s] of SYNONYMS) if (re.test(t)) return { kind: 'ok', status: s };
  return { kind: 'unknown', text: t, suggestion: suggestStatus(t) };
}

/**
 * The BRAG status a cell's fill colour stands for: near red Off track, amber (orange to yellow) At
 * risk, green On track, blue Complete. White, greys, black and pale tints say nothing.
 */
export function statusOfFill(hex: string | null | undefined): Status | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec((hex ?? '').trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return null;
  const sat = d / (1 - Math.abs(2 * l - 1));
  if (sat < 0.3 || l < 0.12 || l > 0.92) return null;
  let h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  h = (h * 60 + 360) % 360;
  if (h < 15 || h >= 340) return 'Off track';
  if (h >= 20 && h <= 62) return 'At risk';
  if (h >= 75 && h <= 165) return 'On track';
  if (h >= 185 && h <= 250) return 'Complete';
  return null;
}
