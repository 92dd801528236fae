/**
 * What de-personalisation cannot be sure of: capitalised word pairs left in free text that are not
 * agency, role, place or calendar words ("Liberation Day", "Pingle Fields"). Offered for a person to
 * check by eye; the export itself has already had every name the workbook gives removed.
 */
import { CALENDAR_WORDS, bare, isAgencyWord, isNameShaped, isPlaceWord } from '../people';
import { UniformRecord } from './uniform-format';

const CHECKED: readonly (keyof UniformRecord)[] = ['partnership', 'priority', 'strand', 'theme', 'title', 'lead_agency', 'source_sheet'];

function plain(word: string): boolean {
  const w = word.replace(/[.,;:!?()"“”]+$/u, '').replace(/^[("“]+/u, '');
  return w.length > 1 && isNameShaped(w) && !isAgencyWord(w) && !CALENDAR_WORDS.has(bare(w));
}

/** The capitalised pairs in one text that might be a name. */
function pairsIn(text: string): string[] {
  const pairs: string[] = [];
  const words = text.split(/\s+/);
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i], words[i + 1]];
    if (/[.,;:!?)]$/u.test(a)) continue;
    if (!plain(a) || !plain(b)) continue;
    if (isPlaceWord(a) && isPlaceWord(b)) continue;
    pairs.push(`${a} ${b.replace(/[.,;:!?()"“”]+$/u, '')}`);
  }
  return pairs;
}

/** Up to `limit` distinct capitalised pairs, each with the first record that holds it. */
export function residualRisks(records: readonly UniformRecord[], limit = 40): string[] {
  const found = new Map<string, string>();
  // Priority, theme and lead agency repeat down the records: each distinct text is read once.
  const read = new Set<string>();
  for (const r of records) {
    for (const c of CHECKED) {
      const v = r[c];
      if (typeof v !== 'string' || read.has(v)) continue;
      read.add(v);
      for (const pair of pairsIn(v)) if (!found.has(pair)) found.set(pair, r.record_id);
    }
  }
  return [...found].slice(0, limit).map(([pair, id]) => `${pair} (${id})`);
}
