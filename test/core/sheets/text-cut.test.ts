/** Issue 11: text longer than a cell holds is cut, and the cut is a finding that says where the whole text is. */
import { analyse } from '../../../src/core/app/analyse';
import { buildSpecs } from '../../../src/core/app/build';
import { structureOutput } from '../../../src/core/app/specs';
import { textCutFindings } from '../../../src/core/sheets/text-cut';
import { buildGrid } from '../../fixtures/grid-builder';

const TODAY = new Date(Date.UTC(2005, 10, 30));
const long = 'Provide diversionary activities for young people. '.repeat(900).trim(); // 44,999 characters

function plan() {
  return buildGrid('Plan', [
    ['Ref', 'Action', 'Lead', 'Timescale'],
    ['1.1', 'To establish a reporting hotline', 'Sue Haslett Police', 'March 2006'],
    ['1.2', long, 'Dave Simmonds CDRP Team', 'September 2005'],
  ]);
}

test('build: the cut Actions cell gets a text-cut warning naming the source cell, and the Issues sheet lists it', () => {
  const out = buildSpecs(analyse([plan()], {}, { today: TODAY }), { today: TODAY });
  const cuts = out.findings.filter((f) => f.code === 'text-cut');
  const actions = out.specs.find((s) => s.key === 'Actions')!;
  const col = actions.rows[0].indexOf('Action');
  const row = actions.rows.findIndex((r) => r[col] === long);
  expect(row).toBeGreaterThan(0);
  const atActions = cuts.filter((f) => f.sheet === actions.name);
  expect(atActions).toEqual([
    {
      severity: 'warning',
      code: 'text-cut',
      sheet: 'Actions',
      cell: `E${row + 1}`,
      message: expect.stringMatching(/^This text is 44,999 characters long, more than the 32,767 a cell holds.*The whole text is in Plan!B3\.$/),
    },
  ]);
  // Data sharing carries the title too, and says where it came from.
  expect(cuts.some((f) => f.sheet === 'Data sharing' && /The whole text is in Plan!B3\./.test(f.message))).toBe(true);
  const issues = out.specs.find((s) => s.key === 'Issues')!;
  expect(issues.rows.some((r) => r.includes('text-cut'))).toBe(true);
});

test('structure reports the cut too; text within the limit, or only over it before cleaning, is not reported', () => {
  const out = structureOutput(analyse([plan()], {}, { today: TODAY }));
  expect(out.findings.filter((f) => f.code === 'text-cut').map((f) => f.sheet)).toEqual(['Actions']);
  const spec = (text: string) => ({ key: 'Summary' as const, name: 'Summary', rows: [['Title'], [text]] });
  expect(textCutFindings([spec('x'.repeat(32_767))])).toEqual([]);
  expect(textCutFindings([spec('x'.repeat(32_767) + '\x01\x02')])).toEqual([]);
  expect(textCutFindings([spec('x'.repeat(32_768))])).toEqual([expect.objectContaining({ sheet: 'Summary', cell: 'A2', message: expect.stringMatching(/where the plan states it/) })]);
});
