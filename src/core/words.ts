/** en-GB wording for every front end: numbers with thousands separators, plurals chosen by Intl.PluralRules, lists joined as people write them. */

const NUMBER = new Intl.NumberFormat('en-GB');
const PLURAL = new Intl.PluralRules('en-GB');

/** 10032 -> "10,032". */
export function num(n: number): string {
  return NUMBER.format(n);
}

/** count(1, 'action') -> "1 action"; count(10032, 'record') -> "10,032 records"; count(2, 'priority', 'priorities'). */
export function count(n: number, one: string, other = `${one}s`): string {
  return `${num(n)} ${PLURAL.select(n) === 'one' ? one : other}`;
}

/** ["a"] -> "a"; ["a", "b", "c"] -> "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
