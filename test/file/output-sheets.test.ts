/**
 * Commands that analyse a workbook leave the cells of our output-only sheets unread: on a built
 * workbook they are most of its cells (and could push it over the package guard's cell limit).
 */
import { buildWorkbook } from '../../src/core/app/commands';
import { OUTPUT_ONLY_KEYS } from '../../src/core/sheets/spec';
import { OpcPackage } from '../../src/file/opc-package';
import { outputOnlySheetParts } from '../../src/file/output-sheets';
import { XlsxFileHost } from '../../src/file/xlsx-host';
import { worksheetParts } from '../../src/file/charts/workbook-sheets';
import { sampleWorkbook } from '../fixtures/make-sample';

const TODAY = new Date(Date.UTC(2005, 10, 30));

test('the output-only sheets of a built workbook are found by their marks, and only they are skipped', async () => {
  const host = await XlsxFileHost.fromBuffer(await sampleWorkbook());
  await buildWorkbook(host, { today: TODAY });
  const built = await host.toBuffer();
  const parts = worksheetParts(OpcPackage.fromZip(built));
  const ours = await host.generatedSheets();
  const expected = OUTPUT_ONLY_KEYS.filter((k) => ours[k]).map((k) => parts.get(ours[k]!)!);
  expect(expected.length).toBeGreaterThanOrEqual(4);
  expect([...outputOnlySheetParts(built)].sort()).toEqual(expected.sort());

  const all = await (await XlsxFileHost.fromBuffer(built)).readGrids();
  const skipping = await (await XlsxFileHost.fromBuffer(built, 'built', { skipOutputSheets: true })).readGrids();
  expect(skipping.map((g) => g.sheet)).toEqual(all.map((g) => g.sheet));
  for (const g of skipping) {
    const key = (Object.keys(ours) as (keyof typeof ours)[]).find((k) => ours[k] === g.sheet);
    // Only the first row is read: it is what shows the sheet is ours.
    if (key && OUTPUT_ONLY_KEYS.includes(key)) expect({ sheet: g.sheet, rows: g.rows }).toEqual({ sheet: g.sheet, rows: all.find((a) => a.sheet === g.sheet)!.rows.slice(0, 1) });
    else expect(g).toEqual(all.find((a) => a.sheet === g.sheet));
  }
});

test('a package that is not a workbook has no output-only sheets (the guard reports what is wrong)', () => {
  expect(outputOnlySheetParts(Buffer.from('not a zip'))).toEqual(new Set());
});
