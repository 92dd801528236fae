/** The recognition harness's own rules: folding, matching and the table round trip. */
import { Action } from '../../src/core/plan';
import { action } from '../core/share/fixtures';
import { fieldRight, fold, matchActions, parseTable, render, totalOf, Score } from './score';
import { TruthAction } from './types';

const truth = (ref: string | null, text: string): TruthAction => ({ ref, action: text, leadOfficer: null, leadAgency: null, due: null, priority: null, theme: null });

describe('corpus scoring', () => {
  test('fold: case, spaces, quotes, dashes, list separators and trailing punctuation', () => {
    expect(fold('  Objective 1 – Reduce  ‘harm’:')).toBe("objective 1 - reduce 'harm'");
    expect(fold('Sheffield City Council ;  South Yorkshire Police')).toBe('sheffield city council;south yorkshire police');
    expect(fold(null)).toBeNull();
  });

  test('matching: by ref and text first, then ref, then text; leftovers are spurious', () => {
    const found: Action[] = [
      action({ ref: '1.1', action: 'Something else entirely' }),
      action({ ref: null, action: 'Review the CCTV provision in the town centre' }),
      action({ ref: '1.1', action: 'Develop a victim strategy' }),
      action({ ref: '9', action: 'Not in the truth' }),
    ];
    const { pairs, spurious } = matchActions([truth('1.1', 'Develop a victim'), truth('2', 'Review the CCTV'), truth('3', 'Missing action')], found);
    expect(pairs).toEqual([found[2], found[1], null]);
    expect(spurious).toEqual([found[0], found[3]]);
    expect(fieldRight('ref', found[1], truth('2', 'Review the CCTV'))).toBe(false);
    expect(fieldRight('action', found[1], truth('2', 'review  the cctv'))).toBe(true);
  });

  test('the rendered table parses back to its figures', () => {
    const s: Score = { name: 'x', truth: 4, found: 3, spurious: 1, right: { ref: 3, action: 3, leadOfficer: 2, leadAgency: 1, due: 0, priority: 3, theme: 3 } };
    const table = parseTable(render([{ slug: 'x', kind: 'table', score: s }], totalOf([s])));
    expect(table.get('x')).toEqual([4, 75, 1, 75, 75, 50, 25, 0, 75, 75]);
    expect(table.get('Total')).toEqual(table.get('x'));
  });
});
