/** Lettered parts of a numbered recommendation are cited with the number: 1a, 1b. */
import { structurePlan } from '../../../src/core/structure/structure';
import { buildGrid } from '../../fixtures/grid-builder';

const HEADER = ['No.', 'Recommendation', 'Responsibility', 'Date'];

describe('lettered parts under a numbered recommendation', () => {
  test('part a) opened inside the number’s own cell and part b) beside the No. cell merged down are 1a and 1b', () => {
    const { plan } = structurePlan([
      buildGrid(
        'Sheet1',
        [
          HEADER,
          [1, 'The Council and Police ensure a consistent approach, including:-\na) the use of social media by local teams;', 'C/Supt. Lang', null],
          [null, 'b) information sharing is kept under review;', 'Steve Hume', null],
          [2, 'Publish the neighbourhood team numbers.', 'Police', null],
        ],
        ['A2:A3'],
      ),
    ]);
    expect(plan.actions.map((a) => a.ref)).toEqual(['1a', '1b', '2']);
  });

  test('a lettered action with no number above it keeps its letter, and a number with no part a) keeps its number', () => {
    const { plan } = structurePlan([
      buildGrid('Sheet1', [HEADER, [null, 'a) Review the estates audit', 'Housing', null], [3, 'Report to the Executive, noting that:\nthe audit covers (a) estates and (b) parks', 'Housing', null]]),
    ]);
    expect(plan.actions.map((a) => a.ref)).toEqual(['a', '3']);
  });
});
