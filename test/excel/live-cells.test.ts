/**
 * The office.js host writes live cells: each formula through Range.formulas once the build's tables
 * exist, naming them by their temporary names, which the swap renames back (Excel rewrites formulas
 * when a table is renamed, and so does the in-memory Excel). The cached figure is written first.
 */
import { buildWorkbook } from '../../src/core/app/commands';
import { buildSpecs } from '../../src/core/app/build';
import { analyse } from '../../src/core/app/analyse';
import { columnLetters } from '../../src/core/grid';
import { isFormulaValue } from '../../src/core/sheets/spec';
import { ExcelHost } from '../../src/excel';
import { renameTableInFormula, renameTablesInFormula } from '../../src/excel/formula-refs';
import { FakeExcel, capabilitiesOf, excelRunOf } from '../../src/excel/fake';
import { seed001AsbGrid } from '../fixtures/seed001';

const TODAY = new Date(Date.UTC(2005, 10, 30));

test('renaming a table rewrites structured references, never text in quotes or another table', () => {
  expect(renameTableInFormula('COUNTIFS(Actions[Status],"Actions[Status]")+ROWS(MyActions[X])', 'Actions', 'T1')).toBe('COUNTIFS(T1[Status],"Actions[Status]")+ROWS(MyActions[X])');
  expect(
    renameTablesInFormula(
      'A[x]+B[y]',
      new Map([
        ['A', 'B'],
        ['B', 'A'],
      ]),
    ),
  ).toBe('B[x]+A[y]');
});

test('every live cell holds its formula, naming the final tables, and shows the cached figure', async () => {
  const fake = FakeExcel.fromGrids([seed001AsbGrid()]);
  const host = new ExcelHost({ run: excelRunOf(fake), capabilities: capabilitiesOf(fake) });
  const first = await buildWorkbook(host, { today: TODAY, liveToday: false });
  const expected = buildSpecs(
    analyse(
      fake.toGrids().filter((g) => !first.written.includes(g.sheet)),
      {},
      { today: TODAY },
    ),
    { today: TODAY, liveToday: false },
  );
  const dump = fake.dump();
  let live = 0;
  for (const spec of expected.specs) {
    const sheet = dump.sheets.find((s) => s.name === spec.name)!;
    spec.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (!isFormulaValue(v)) return;
        live++;
        const ref = `${columnLetters(c + 1)}${r + 1}`;
        expect([ref, sheet.formulas[ref]]).toEqual([ref, `=${v.formula}`]);
        const shown = sheet.values[r][c];
        expect([ref, shown]).toEqual([ref, v.cached === '' ? null : v.cached]);
      }),
    );
  }
  expect(live).toBeGreaterThan(30);
  expect(JSON.stringify(dump.sheets.map((s) => s.formulas))).not.toMatch(/SaferPlanBuild/);
});
