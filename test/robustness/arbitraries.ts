/**
 * Random workbooks for the robustness properties: hostile cells (error values, 32,767-character
 * strings, numbers and dates as text, serials, unicode), merged blanks, 1-row and 16,384-column
 * sheets, and random but recognisable action plans with targets and progress.
 */
import fc from 'fast-check';
import { CellValue, Grid, RangeRef } from '../../src/core/grid';

const WORDS = [
  'No',
  'Action',
  'ACTION',
  'Lead',
  'Owner',
  'Target',
  'Timescale',
  'Status',
  'Measurement',
  'Indicator',
  'Period',
  'Actual',
  'Baseline',
  'Baseline period',
  'Target period',
  'Priority',
  'Id',
  'PREVENTION',
  'ENFORCEMENT',
  '1.1',
  '2.',
  '3. Enforcement',
  'PA1) Do it',
  '4.1 *',
  'Complete',
  'On track',
  'Off track',
  'Done-ish',
  'Ongoing',
  'TBC',
  'Sue Haslett\nPartnership Support Team',
  'Derbyshire Constabulary',
  '2007/08',
  '2019/20 (baseline)',
  'Target -10%',
];
const ERRORS = ['#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];
const NUMBERS_AS_TEXT = ['1,234', '12%', '-5', '£1,000', '0.5', '1e3', ' 42 ', '(15)', '1 234', '٣'];
const DATES_AS_TEXT = ['March 2006', 'Q3 2019/20', '31/03/2020', '2020-03-31', 'Mar-20', 'Apr 2019', 'end of 2019/20', '31st March 2021', 'Sept 05', '29/02/2021'];
// Emoji (beyond U+FFFF) stay short: ExcelJS corrupts them in long strings (see the known-bug test in hostile-files.test.ts).
const HUGE = ['x'.repeat(32_767), 'Action '.repeat(4_000), 'é–'.repeat(10_000), '\u{1F600}\u{1F6A8} Café – 行動'.repeat(20)];

export const hostileCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERS_AS_TEXT, ...DATES_AS_TEXT) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 20, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }) },
  { weight: 2, arbitrary: fc.integer({ min: -1_000_000, max: 3_000_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 60_000 }) }, // date serials
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }) },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error): CellValue => ({ error })) },
);

/** Merges whose covered cells are blanked, as Excel stores them (only the top-left keeps its value). */
function withMerges(rows: CellValue[][], merges: RangeRef[]): { rows: CellValue[][]; merges: RangeRef[] } {
  const out = rows.map((r) => [...r]);
  const kept: RangeRef[] = [];
  for (const m of merges) {
    if (m.bottom > out.length || kept.some((k) => !(m.bottom < k.top || m.top > k.bottom || m.right < k.left || m.left > k.right))) continue;
    if (m.top === m.bottom && m.left === m.right) continue;
    kept.push(m);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) if (out[r - 1] && c - 1 < out[r - 1].length) out[r - 1][c - 1] = null;
  }
  return { rows: out, merges: kept };
}

const sheetName = fc.constantFrom('Plan', 'Action Plan 2019-22', 'Targets', 'Progress', 'Sheet1', 'Données', '行動計画', "O'Brien's plan", 'Summary', 'Actions');

/** An ordinary random sheet: up to 30 rows of up to 10 cells, some merged. */
const smallSheet = fc
  .tuple(sheetName, fc.array(fc.array(hostileCell, { maxLength: 10 }), { maxLength: 30 }), fc.array(fc.tuple(fc.nat(29), fc.nat(9), fc.nat(3), fc.nat(2)), { maxLength: 4 }))
  .map(([sheet, rows, ms]) => ({
    sheet,
    ...withMerges(
      rows,
      ms.map(([t, l, h, w]) => ({ top: t + 1, left: l + 1, bottom: t + 1 + h, right: l + 1 + w })),
    ),
  }));

/** One row only. */
const oneRowSheet = fc.tuple(sheetName, fc.array(hostileCell, { minLength: 1, maxLength: 12 })).map(([sheet, row]) => ({ sheet, rows: [row], merges: [] as RangeRef[] }));

/** A sheet as wide as Excel allows: 16,384 columns, mostly blank. */
const wideSheet = fc.tuple(sheetName, fc.array(fc.tuple(fc.integer({ min: 0, max: 16_383 }), hostileCell), { maxLength: 6 }), fc.nat(3)).map(([sheet, cells, extra]) => {
  const row: CellValue[] = new Array(16_384).fill(null);
  row[16_383] = 'Last column';
  for (const [c, v] of cells) row[c] = v;
  const rows: CellValue[][] = [row];
  for (let i = 0; i < extra; i++) rows.push(['No', 'Action', 'Lead', 'Timescale'].slice(0, i + 1));
  return { sheet, rows, merges: [] as RangeRef[] };
});

function uniqueNames(grids: Grid[]): Grid[] {
  const seen = new Set<string>();
  return grids.map((g) => {
    let name = g.sheet;
    for (let i = 2; seen.has(name.toLowerCase()); i++) name = `${g.sheet} ${i}`;
    seen.add(name.toLowerCase());
    return { ...g, sheet: name };
  });
}

/** One to three random sheets, now and then a 1-row or 16,384-column one. */
export const hostileWorkbook: fc.Arbitrary<Grid[]> = fc
  .array(fc.oneof({ weight: 6, arbitrary: smallSheet }, { weight: 1, arbitrary: oneRowSheet }, { weight: 1, arbitrary: wideSheet }), { minLength: 1, maxLength: 3 })
  .map(uniqueNames);

const STATUS = fc.constantFrom<CellValue>('Complete', 'On track', 'At risk', 'Off track', 'Not started', 'Done-ish', null);
const TIMESCALE = fc.oneof(
  fc.constantFrom<CellValue>(...DATES_AS_TEXT, 'Ongoing', null),
  fc
    .date({ min: new Date(Date.UTC(2015, 0, 1)), max: new Date(Date.UTC(2030, 0, 1)), noInvalidDate: true })
    .map((d): CellValue => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))),
);
const TEXT = fc.oneof(
  fc.constantFrom('To establish a reporting hotline', 'To deliver School Safety Day events', 'High visibility patrols', 'Ensure residents feel informed – café consultation'),
  fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }),
);
const LEAD = fc.constantFrom<CellValue>('Sue Haslett\nPartnership Support Team', 'Derbyshire Constabulary', 'Police / Fire & Rescue', 'BDBC Community Safety Manager', null);

/**
 * A random action plan the structure engine recognises, sometimes with targets and progress.
 * With `targetIds` its Targets table has an Id column the partnership filled in ("K1"); with
 * `progress` the partnership keeps its own table of actuals (Indicator, Period, Actual) too.
 */
export const planWith = (o: { targetIds: boolean; progress: boolean }): fc.Arbitrary<Grid[]> =>
  fc
    .record({
      title: fc.constantFrom('Community Safety Action Plan 2019/20', 'Safer Anytown Partnership', ''),
      sections: fc.array(
        fc.tuple(fc.constantFrom('Prevention', 'Enforcement', 'Réduire la criminalité', 'Hate crime'), fc.array(fc.tuple(TEXT, LEAD, TIMESCALE, STATUS), { minLength: 1, maxLength: 6 })),
        { minLength: 1, maxLength: 4 },
      ),
      targets: fc.array(
        fc.tuple(fc.integer({ min: 10, max: 2000 }), fc.integer({ min: 5, max: 30 }), fc.constantFrom('reduce', 'increase'), fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 4 })),
        { maxLength: 3 },
      ),
      notes: fc.array(hostileCell, { maxLength: 4 }),
    })
    .map(({ title, sections, targets, notes }) => {
      const rows: CellValue[][] = [[title || null], [], ['No', 'Action', 'Lead', 'Target', 'Timescale', 'Status']];
      sections.forEach(([name, actions], s) => {
        rows.push([`${s + 1}. ${name}`]);
        actions.forEach(([text, lead, due, status], a) => rows.push([`${s + 1}.${a + 1}`, text, lead, 'Done', due, status]));
      });
      rows.push([], notes);
      const grids: Grid[] = [{ sheet: 'Action Plan', rows, merges: [] }];
      if (targets.length) {
        const t: CellValue[][] = [[...(o.targetIds ? ['Id'] : []), 'Priority', 'Indicator', 'Unit', 'Direction', 'Baseline period', 'Baseline', 'Target period', 'Target']];
        const p: CellValue[][] = [['Indicator', 'Period', 'Actual']];
        targets.forEach(([baseline, pct, dir, actuals], i) => {
          const target = Math.round(baseline * (dir === 'reduce' ? 1 - pct / 100 : 1 + pct / 100));
          t.push([...(o.targetIds ? [`K${i + 1}`] : []), 'ASB', `Indicator ${i + 1}`, 'count', dir, '2019/20', baseline, '2022/23', target]);
          actuals.forEach((v, k) => p.push([o.targetIds ? `K${i + 1}` : `Indicator ${i + 1}`, `20${20 + k}/${21 + k}`, v]));
        });
        grids.push({ sheet: 'Targets 2019-23', rows: t, merges: [] });
        if (o.progress) grids.push({ sheet: 'Monthly figures', rows: p, merges: [] });
      }
      return grids;
    });

export const randomPlan = fc.oneof(planWith({ targetIds: false, progress: false }), planWith({ targetIds: true, progress: true }));
