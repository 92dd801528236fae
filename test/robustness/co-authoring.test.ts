/**
 * A build that fails at any round trip leaves no half-built sheet: the user's sheets are as they
 * were, SaferPlan's sheets are either the old ones or the complete new ones, and the next build
 * succeeds. Exercised on a realistic plan, failing the look, content requests and the swap.
 */
import { buildWorkbook } from '../../src/core/app/commands';
import { FakeExcel } from '../../src/excel/fake';
import { indicatorGrids, planGrid } from '../bench/generate';
import { TODAY, excelHostOf } from './support';

function workbook(): FakeExcel {
  // Targets without their own Id column and no table of actuals: those are not rebuilt
  // idempotently yet (see 'known bugs' in idempotency.test.ts).
  const targets = indicatorGrids(5, 24)[0];
  return FakeExcel.fromGrids([planGrid(80), { ...targets, rows: targets.rows.map((r) => r.slice(1)) }], { payloadLimitBytes: 32 * 1024 });
}

function hidden(fake: FakeExcel): string[] {
  return fake
    .dump()
    .sheets.filter((s) => s.visibility !== 'Visible')
    .map((s) => s.name);
}

test('a build failing at any round trip leaves the workbook whole, and building again works', async () => {
  // The round trips of a clean build (after a first build, so there are old sheets to replace).
  const clean = workbook();
  const host = excelHostOf(clean);
  await buildWorkbook(host, { today: TODAY });
  const built = clean.dump();
  clean.resetCounters();
  await buildWorkbook(host, { today: TODAY });
  const syncs = clean.syncCount;
  expect(syncs).toBeGreaterThan(5); // a 32 KB limit forces several write requests

  // The look, the first and a middle content request, the last content request, and the swap.
  for (const k of [...new Set([1, 2, 3, Math.floor(syncs / 2), syncs - 1, syncs])]) {
    const fake = workbook();
    const h = excelHostOf(fake);
    await buildWorkbook(h, { today: TODAY });
    const before = fake.dump();
    fake.failSync(k, 'GeneralException', { applyOperations: 2 });
    await expect(buildWorkbook(h, { today: TODAY })).rejects.toThrow();
    const after = fake.dump();
    expect(hidden(fake)).toEqual([]);
    // Whole: exactly the sheets of before (old ones kept) or the complete new build.
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    const plan = (d: typeof after) => d.sheets.find((s) => s.name === 'Action Plan');
    expect(plan(after)).toEqual(plan(before));
    for (const s of after.sheets) {
      const b = built.sheets.find((x) => x.name === s.name);
      const { position: _a, ...sa } = s;
      const { position: _b, ...sb } = b!;
      expect(sa).toEqual(sb);
    }
    await buildWorkbook(h, { today: TODAY });
    expect(fake.dump()).toEqual(built);
  }
}, 120_000);
