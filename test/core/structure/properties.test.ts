import fc from 'fast-check';
import { CellValue, Grid, parseA1, columnCount } from '../../../src/core/grid';
import { structurePlan } from '../../../src/core/structure/structure';
import { validateActions } from '../../../src/core/validate/actions';

const words = [
  'Action',
  'Lead',
  'Owner',
  'Timescale',
  'Target',
  'No',
  'Status',
  'PREVENTION',
  'ACTION',
  'OWNER',
  'MEASUREMENT',
  '1.1',
  '2.',
  'PA1) Do it',
  '4.1 *',
  '* legend',
  'Objective 1 – x',
  'March 2006',
  'Ongoing',
  'Sue Haslett Partnership Support Team',
  'Complete',
  'Done-ish',
  '',
  '2007/08',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...words),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: -100000, max: 100000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }),
  fc.constantFrom<CellValue>({ error: '#REF!' }, { error: '#N/A' }, null),
);

const gridArb: fc.Arbitrary<Grid> = fc
  .tuple(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 40 }), fc.array(fc.tuple(fc.nat(40), fc.nat(12), fc.nat(3), fc.nat(3)), { maxLength: 5 }))
  .map(([rows, ms]) => ({
    sheet: 'Random',
    rows,
    merges: ms.map(([t, l, h, w]) => ({ top: t + 1, left: l + 1, bottom: t + 1 + h, right: l + 1 + w })),
  }));

describe('structure on arbitrary grids', () => {
  test('never throws, and every finding names the sheet and a cell inside the grid', () => {
    fc.assert(
      fc.property(gridArb, (grid) => {
        const result = structurePlan([grid]);
        const findings = [...result.plan.findings, ...validateActions(result.recognised, { today: new Date(Date.UTC(2026, 0, 1)) })];
        const rows = Math.max(1, grid.rows.length);
        const cols = Math.max(1, columnCount(grid));
        for (const f of findings) {
          expect(f.sheet).toBe('Random');
          expect(f.cell).not.toBeNull();
          const at = parseA1(f.cell!);
          expect(at.row).toBeLessThanOrEqual(rows);
          expect(at.col).toBeLessThanOrEqual(cols);
          expect(f.message.length).toBeGreaterThan(10);
        }
        for (const a of result.plan.actions) {
          expect(a.source.sheet).toBe('Random');
          if (a.due) expect(a.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }),
      { seed: 20261123, numRuns: 400 },
    );
  });
});
