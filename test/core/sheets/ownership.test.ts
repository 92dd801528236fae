/** A mark makes a sheet ours only while the record it carries agrees with the sheet's first row. */
import { firstRowCells, markAgrees, markComment, recordedDigest } from '../../../src/core/sheets/ownership';
import { ACTION_COLUMNS } from '../../../src/core/sheets/actions-sheet';
import { ISSUE_COLUMNS } from '../../../src/core/sheets/issues-sheet';

const header = [...ISSUE_COLUMNS];

test('the record is a short comment, and agrees with the first row it was made from as a host reads it back', () => {
  const comment = markComment({ key: 'Issues', rows: [header, ['error', 'Plan', 'B7', 'x', 'y']] });
  expect(comment.length).toBeLessThanOrEqual(255);
  expect(recordedDigest(comment)).toMatch(/^[0-9a-f]{16}$/);
  expect(markAgrees('Issues', comment, header)).toBe(true);
  // Trailing blanks, as a host may read them, do not matter.
  expect(markAgrees('Issues', comment, [...header, null, ''])).toBe(true);
});

test("a changed first row, another key's record, or a user's sheet does not agree", () => {
  const comment = markComment({ key: 'Issues', rows: [header] });
  expect(markAgrees('Issues', comment, ['Severity', 'Sheet', 'Cell', 'What is wrong', 'Code'])).toBe(false);
  expect(markAgrees('Summary', comment, header)).toBe(false);
  expect(markAgrees('Issues', comment, ['Meeting', 'Raised by', 'Issue'])).toBe(false);
  expect(markAgrees('Issues', 'Written by SaferPlan. first row 0123456789abcdef', header)).toBe(false);
});

test('formulas and links are recorded as the values a host reads back; control characters as written', () => {
  const rows = [[{ formula: 'A2', cached: 'Title' }, { text: 'Plan', target: "'Plan'!A1" }, 'a\x0bb\x01c', new Date(Date.UTC(2006, 2, 31))]];
  const comment = markComment({ key: 'Summary', rows });
  expect(markAgrees('Summary', comment, ['Title', 'Plan', 'a\nb c', 38807])).toBe(true);
  expect(firstRowCells(['x', 38807, true])).toEqual(['x', '38807', 'TRUE']);
});

test('a mark of an older build (no record) is ours only when the first row is the fixed header of its key', () => {
  expect(markAgrees('Actions', undefined, [...ACTION_COLUMNS])).toBe(true);
  expect(markAgrees('Actions', '', [...ACTION_COLUMNS])).toBe(true);
  expect(markAgrees('Actions', 'a note someone typed', [...ACTION_COLUMNS, 'My column'])).toBe(false);
  expect(markAgrees('Issues', undefined, ['Meeting', 'Raised by', 'Issue'])).toBe(false);
  expect(markAgrees('Issues', undefined, [])).toBe(false);
  expect(markAgrees('Summary', undefined, ['Summary: Safer South Derbyshire Partnership'])).toBe(true);
  expect(markAgrees('Summary', undefined, ['Budget summary 2006'])).toBe(false);
  expect(markAgrees('PoliceData', undefined, ['Crime type', 'Apr 2005'])).toBe(true);
  expect(markAgrees('Returns', undefined, ['Partner returns'])).toBe(true);
  expect(markAgrees('Returns', undefined, ['Return from Police'])).toBe(false);
});
