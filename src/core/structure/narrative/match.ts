/**
 * Matching a section heading to the priority the plan's list names, when the two are worded
 * differently: "Anti-Social Behaviour and Criminal Damage" is "Anti social behaviour",
 * "Violent Crime and a Safer Night Time Economy" is "Violent crime".
 */
const STOP = new Set(['a', 'an', 'the', 'and', 'of', 'with', 'on', 'in', 'to', 'for', 'our', 'by', 'at', '&', 'reduce', 'reducing', 'tackle', 'tackling', 'reduction', 'improve', 'improving']);

export function nameWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .replace(/\banti[\s-]+social\b/g, 'antisocial')
    .replace(/\bre[\s-]+offend/g, 'reoffend')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w && !STOP.has(w))
    .map((w) => (w.length > 4 ? w.replace(/(ies|es|s)$/, (m) => (m === 'ies' ? 'y' : '')) : w));
}

/**
 * The listed name a heading means: every word of the shorter of the two found in the other, or,
 * failing that, most of them. Null when none is close; the best when several are.
 */
export function matchName(heading: string, names: readonly string[]): string | null {
  const h = nameWords(heading);
  if (h.length === 0) return null;
  let best: { name: string; score: number } | null = null;
  for (const name of names) {
    const n = nameWords(name);
    if (n.length === 0) continue;
    const [short, long] = n.length <= h.length ? [n, new Set(h)] : [h, new Set(n)];
    const shared = short.filter((w) => long.has(w)).length;
    const score = shared / short.length + shared / Math.max(n.length, h.length) / 10;
    if (shared / short.length >= 0.66 && (!best || score > best.score)) best = { name, score };
  }
  return best ? best.name : null;
}
