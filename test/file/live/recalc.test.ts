/**
 * The live workbook with a real client: build a workbook, edit a status in Actions and an actual
 * in Progress as an officer would (in the file, no add-in), let LibreOffice recalculate it headless
 * (a fresh profile with OOXMLRecalcMode "always"), and read the figures back. Every formula on the
 * Summary and Trajectories sheets must then show what core computes for the edited plan. A property
 * does the same for random plans and random edits, all files in one soffice run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import fc from 'fast-check';
import { buildSpecs } from '../../../src/core/app/build';
import { analyseWorkbook, buildWorkbook } from '../../../src/core/app/commands';
import { columnLetters } from '../../../src/core/grid';
import { STATUSES } from '../../../src/core/plan';
import { FormulaValue, SheetSpec, isFormulaValue } from '../../../src/core/sheets/spec';
import { fileFormula } from '../../../src/file/formula-text';
import { OpcPackage } from '../../../src/file/opc-package';
import { XlsxFileHost } from '../../../src/file/xlsx-host';
import { indicatorGrids, planRows, writeXlsx } from '../../bench/generate';
import { SAMPLE_PATH } from '../../fixtures/make-sample';
import { HAS_SOFFICE, libreofficeRecalculate } from '../../support/libreoffice';
import { FileCell, editCell, readCells } from '../../support/xlsx-cells';

const STATUS_COL = 'L'; // Actions: Status
const ACTUAL_COL = 'D'; // Progress: Actual

interface Edit {
  actionRow: number;
  status: string | null;
  progressRow: number;
  actual: number | null;
}

interface Case {
  name: string;
  today: Date;
  /** The built workbook, edited. */
  edited: string;
  edit: Edit;
}

async function build(input: string, out: string, today: Date): Promise<void> {
  const host = await XlsxFileHost.open(input);
  await buildWorkbook(host, { today, liveToday: false });
  await host.save(out);
}

function rowsWithValues(cells: Map<string, FileCell>, col: string): number[] {
  return [...cells.keys()]
    .filter((k) => k.startsWith(col) && /^\d+$/.test(k.slice(col.length)))
    .map((k) => Number(k.slice(col.length)))
    .filter((r) => r >= 2);
}

async function savePackage(pkg: OpcPackage, file: string): Promise<void> {
  writeFileSync(file, await pkg.toZip());
}

/** Serial number of a UTC date, as the 1900 date system stores it. */
const serial = (d: Date) => 25569 + d.getTime() / 86_400_000;

function same(cached: FormulaValue['cached'], lo: FileCell['value']): boolean {
  const want = cached instanceof Date ? serial(cached) : cached === null ? '' : cached;
  const got = lo === null ? '' : lo;
  if (typeof want === 'number' && typeof got === 'number') return Math.abs(want - got) <= 1e-9 * Math.max(1, Math.abs(want));
  return want === got;
}

/**
 * Compares core's figures for the edited plan with what LibreOffice computed. Cells compared: every
 * formula the rebuilt sheet has where the built file holds the same formula at the same address
 * (the layout of Trajectories, and of the Summary down to its dated lists, does not move with edits).
 */
function compare(spec: SheetSpec, built: Map<string, FileCell>, recalculated: Map<string, FileCell>, upToRow = Infinity): { compared: number; expected: number; mismatches: string[] } {
  let compared = 0;
  let expected = 0;
  const mismatches: string[] = [];
  spec.rows.forEach((row, i) => {
    row.forEach((v, j) => {
      if (!isFormulaValue(v) || i + 1 > upToRow) return;
      expected++;
      const ref = `${columnLetters(j + 1)}${i + 1}`;
      if (built.get(ref)?.formula !== fileFormula(v.formula)) return;
      compared++;
      const lo = recalculated.get(ref)?.value ?? null;
      if (!same(v.cached, lo)) mismatches.push(`${spec.name}!${ref} core ${JSON.stringify(v.cached)} LibreOffice ${JSON.stringify(lo)} (${v.formula.slice(0, 80)})`);
    });
  });
  return { compared, expected, mismatches };
}

/** The row of the Summary's first dated list: rows above it hold the live tables. */
function firstListRow(spec: SheetSpec): number {
  const i = spec.rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Overdue actions'));
  return i < 0 ? spec.rows.length : i;
}

async function check(c: Case, recalculated: string): Promise<void> {
  const host = await XlsxFileHost.open(c.edited);
  const analysis = await analyseWorkbook(host, { today: c.today });
  const { specs } = buildSpecs(analysis, { today: c.today, liveToday: false });
  const editedPkg = OpcPackage.fromZip(readFileSync(c.edited));
  const loPkg = OpcPackage.fromZip(readFileSync(recalculated));
  const summary = specs.find((s) => s.key === 'Summary')!;
  const trajectories = specs.find((s) => s.key === 'Trajectories')!;
  const s = compare(summary, readCells(editedPkg, 'Summary'), readCells(loPkg, 'Summary'), firstListRow(summary));
  const t = compare(trajectories, readCells(editedPkg, 'Trajectories'), readCells(loPkg, 'Trajectories'));
  expect({ case: c.name, edit: c.edit, mismatches: [...s.mismatches, ...t.mismatches] }).toEqual({ case: c.name, edit: c.edit, mismatches: [] });
  // Nothing was skipped: every live cell of those blocks was checked.
  expect(s.compared).toBe(s.expected);
  expect(t.compared).toBe(t.expected);
  expect(s.compared).toBeGreaterThan(20);
  expect(t.compared).toBeGreaterThan(0);
}

const soffice = HAS_SOFFICE ? describe : describe.skip;

soffice('LibreOffice recalculates the live workbook to what core computes', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'saferplan-live-'));
  const cases: Case[] = [];
  const outputs = new Map<string, string>();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    // The sample: an overdue action marked Complete, an actual typed for a year.
    {
      const today = new Date(Date.UTC(2005, 10, 30));
      const built = path.join(dir, 'sample-built.xlsx');
      await build(SAMPLE_PATH, built, today);
      const edited = path.join(dir, 'sample.xlsx');
      const pkg = OpcPackage.fromZip(readFileSync(built));
      const actions = readCells(pkg, 'Actions');
      const overdueRow = [...actions.entries()].find(([k, v]) => k.startsWith('A') && v.value === '2.2')![0].slice(1);
      const progress = readCells(pkg, 'Progress');
      const yearRow = [...progress.entries()].find(([k, v]) => k.startsWith('C') && v.value === '2005/06' && /^T/.test(String(progress.get(`A${k.slice(1)}`)?.value)))![0].slice(1);
      const edit: Edit = { actionRow: Number(overdueRow), status: 'Complete', progressRow: Number(yearRow), actual: 57 };
      editCell(pkg, 'Actions', `${STATUS_COL}${edit.actionRow}`, edit.status);
      editCell(pkg, 'Progress', `${ACTUAL_COL}${edit.progressRow}`, edit.actual);
      await savePackage(pkg, edited);
      cases.push({ name: 'sample', today, edited, edit });
    }
    // Random plans and random edits.
    const samples = fc.sample(
      fc.record({
        seed: fc.integer({ min: 1, max: 1_000_000 }),
        actions: fc.integer({ min: 3, max: 30 }),
        indicators: fc.integer({ min: 1, max: 3 }),
        months: fc.integer({ min: 4, max: 14 }),
        // A status picked from the dropdown. (Clearing one is no update: a rebuild keeps the plan's status.)
        status: fc.constantFrom<string | null>(...STATUSES),
        actual: fc.option(fc.integer({ min: 0, max: 1500 }), { freq: 5 }),
        actionPick: fc.double({ min: 0, max: 0.999, noNaN: true }),
        progressPick: fc.double({ min: 0, max: 0.999, noNaN: true }),
        day: fc.integer({ min: 0, max: 5 * 365 }),
      }),
      { numRuns: 5, seed: 20261205 },
    );
    for (const [i, p] of samples.entries()) {
      const input = path.join(dir, `plan-${i}-input.xlsx`);
      // Targets only: actuals are typed into our Progress sheet. (A partnership's own table of
      // actuals wins over Progress on a rebuild, which a formula on Progress cannot know: see the README.)
      const [targets] = indicatorGrids(p.indicators, p.months, p.seed);
      await writeXlsx(input, [
        { name: 'Action Plan', rows: planRows(p.actions, p.seed) },
        { name: targets.sheet, rows: targets.rows.map((r) => [...r]) },
      ]);
      const today = new Date(Date.UTC(2019, 3, 1) + p.day * 86_400_000);
      const built = path.join(dir, `plan-${i}-built.xlsx`);
      await build(input, built, today);
      const pkg = OpcPackage.fromZip(readFileSync(built));
      const actionRows = rowsWithValues(readCells(pkg, 'Actions'), 'A');
      const progressRows = rowsWithValues(readCells(pkg, 'Progress'), 'A');
      const edit: Edit = {
        actionRow: actionRows[Math.floor(p.actionPick * actionRows.length)],
        status: p.status,
        progressRow: progressRows[Math.floor(p.progressPick * progressRows.length)],
        actual: p.actual,
      };
      editCell(pkg, 'Actions', `${STATUS_COL}${edit.actionRow}`, edit.status);
      editCell(pkg, 'Progress', `${ACTUAL_COL}${edit.progressRow}`, edit.actual);
      const edited = path.join(dir, `plan-${i}.xlsx`);
      await savePackage(pkg, edited);
      cases.push({ name: `plan ${i} (seed ${p.seed}, ${p.actions} actions, ${p.indicators} indicators x ${p.months} months)`, today, edited, edit });
    }
    const recalculated = libreofficeRecalculate(
      cases.map((c) => c.edited),
      path.join(dir, 'recalculated'),
    );
    cases.forEach((c, i) => outputs.set(c.name, recalculated[i]));
  }, 600_000);

  test('the sample: Summary and Trajectories equal core for the edited plan', async () => {
    await check(cases[0], outputs.get(cases[0].name)!);
  }, 120_000);

  test('property: random plans, a random status and actual edited', async () => {
    expect(cases.length).toBe(6);
    for (const c of cases.slice(1)) await check(c, outputs.get(c.name)!);
  }, 300_000);
});
