import { cleanControlChars, escapeExcelLiterals, fitCell, fitRowHeight, MAX_CELL_CHARS } from '../../../src/core/grid';
import { csvField } from '../../../src/core/share/csv';

test('Word line and page breaks become line breaks; other control characters go without gluing words', () => {
  expect(cleanControlChars('To establish\x0ban officer')).toBe('To establish\nan officer');
  expect(cleanControlChars('Page one\x0cPage two')).toBe('Page one\nPage two');
  expect(cleanControlChars('hot\x01line')).toBe('hot line');
  expect(cleanControlChars('hot \x01line')).toBe('hot line');
  expect(cleanControlChars('\x02start and end\x1f')).toBe('start and end');
  expect(cleanControlChars('tab\tand\r\nbreak')).toBe('tab\tand\r\nbreak');
  expect(cleanControlChars('emoji \u{1F600} kept, lone \uD800 surrogate gone')).toBe('emoji \u{1F600} kept, lone  surrogate gone');
});

test('cells are cut at 32,767 characters, never inside a surrogate pair', () => {
  expect(fitCell('x'.repeat(MAX_CELL_CHARS))).toEqual({ text: 'x'.repeat(MAX_CELL_CHARS), cut: false });
  expect(fitCell('x'.repeat(60_002)).text).toHaveLength(MAX_CELL_CHARS);
  const pairAtEdge = 'x'.repeat(MAX_CELL_CHARS - 1) + '\u{1F600}';
  expect(fitCell(pairAtEdge)).toEqual({ text: 'x'.repeat(MAX_CELL_CHARS - 1), cut: true });
});

test('rows are at most 409 pt; _xHHHH_ literals are escaped', () => {
  expect(fitRowHeight(8025)).toBe(409);
  expect(fitRowHeight(30)).toBe(30);
  expect(escapeExcelLiterals('a_x000D_b and _x00e9_')).toBe('a_x005F_x000D_b and _x005F_x00e9_');
  expect(escapeExcelLiterals('plain_text')).toBe('plain_text');
});

test('the CSV keeps no raw control characters', () => {
  expect(csvField('To establish\x0ban\x01officer')).toBe('"To establish\nan officer"');
});
