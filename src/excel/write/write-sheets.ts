/// <reference types="office-js" />
import { WorkOptions } from '../../core/host/workbook-host';
import { GENERATED_KEYS, SheetSpec } from '../../core/sheets/spec';
import { Capabilities, supports } from '../excel-api';
import { ExcelHostError, explainExcelError } from '../host-error';
import { loadNames, Marks, readOwnedMarks } from '../marks';
import { BatchState, runSteps, Step } from './batcher';
import { formatSteps } from './format-steps';
import { planBuild } from './plan';
import { Built, queueSwap, recover } from './swap';
import { valueSteps } from './value-steps';
import { formulaSteps } from './formula-steps';

export interface WriteSettings {
  capabilities: Capabilities;
  requestBudgetBytes: number;
  notice: (message: string) => void;
}

/** Round trips and bytes of the last write, for tests and the benchmark. */
export interface WriteStats {
  syncs: number;
  /** Requests that carried the sheets' content (values, then formats): the only count that grows with rows. */
  writeRequests: number;
  retries: number;
  budgetBytes: number;
}

/**
 * Writes sheet specs: each into a new hidden sheet, then all swapped in at once. Round trips: one
 * to look at the workbook, as many as the content needs at the byte budget, one to swap.
 */
export async function writeSheets(context: Excel.RequestContext, specs: SheetSpec[], settings: WriteSettings, options: WorkOptions = {}): Promise<WriteStats> {
  const stats: WriteStats = { syncs: 0, writeRequests: 0, retries: 0, budgetBytes: settings.requestBudgetBytes };
  if (!specs.length) return stats;
  const keys = specs.map((s) => s.key);
  const dup = keys.find((k, i) => keys.indexOf(k) !== i);
  if (dup) throw new ExcelHostError('InvalidArgument', `Two sheets were asked for the key ${dup}.`, 'Please report this; nothing was changed.');
  const caps = settings.capabilities;
  if (!supports(caps, 'basics')) {
    throw new ExcelHostError(
      'RequirementMissing',
      'This version of Excel is too old for SaferPlan to write sheets (it needs ExcelApi 1.4).',
      'Use Microsoft 365, Excel 2019 or later, or Excel on the web.',
    );
  }
  const ordered = [...specs].sort((a, b) => GENERATED_KEYS.indexOf(a.key) - GENERATED_KEYS.indexOf(b.key));

  // Round trip 1: what is there.
  const wb = context.workbook;
  const sheets = wb.worksheets.load('items/name,items/visibility,items/protection/protected');
  const names = loadNames(context);
  const tables = wb.tables.load('items/name,items/worksheet/name');
  const wbProtection = supports(caps, 'workbookProtection') ? wb.protection.load('protected') : undefined;
  const runtime = supports(caps, 'events') ? context.runtime.load('enableEvents') : undefined;
  try {
    await context.sync();
  } catch (e) {
    throw explainExcelError(e, 'looking at the workbook');
  }
  stats.syncs++;
  if (wbProtection?.protected) {
    throw new ExcelHostError(
      'WorkbookProtected',
      "The workbook's structure is protected, so SaferPlan cannot add or replace its sheets.",
      'Turn it off with Review > Protect Workbook (enter the password if asked), then build again. Nothing was changed.',
    );
  }
  // Round trip 1b, only when the workbook has marks: each marked sheet's first row, to see it is ours.
  let marks: Marks;
  try {
    const owned = await readOwnedMarks(
      context,
      names.items,
      sheets.items.map((s) => s.name),
    );
    marks = owned.marks;
    stats.syncs += owned.syncs;
  } catch (e) {
    throw explainExcelError(e, 'looking at the workbook');
  }
  const leftovers = [...marks.building.values()].filter((n): n is string => !!n).map((n) => n.toLowerCase());
  for (const s of ordered) {
    const old = marks.generated[s.key];
    const ws = old ? sheets.items.find((x) => x.name.toLowerCase() === old.toLowerCase()) : undefined;
    if (ws?.protection.protected) {
      throw new ExcelHostError(
        'SheetProtected',
        `SaferPlan's sheet '${old}' is protected, so it cannot be replaced.`,
        `Unprotect it (Review > Unprotect Sheet), then build again. Nothing was changed.`,
      );
    }
  }
  const plan = planBuild(
    ordered,
    {
      sheets: sheets.items.map((s) => s.name).filter((n) => !leftovers.includes(n.toLowerCase())),
      generated: marks.generated,
      markExists: marks.markExists,
      tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
      names: names.items.map((n) => n.name).filter((n) => !marks.building.has(n)),
    },
    settings.notice,
  );
  const comments = new Map(names.items.map((n) => [n.name, n.comment]));
  const built: Built[] = plan.map((item) => ({ item, ...(item.old ? { oldComment: comments.get(item.mark) } : {}) }));
  const byName = new Map<string, Built>();
  for (const b of built) {
    byName.set(b.item.finalName.toLowerCase(), b);
    byName.set(b.item.spec.name.toLowerCase(), b);
    if (b.item.old) byName.set(b.item.old.name.toLowerCase(), b);
  }
  const eventsWereOn = runtime?.enableEvents === true;
  const calc = supports(caps, 'suspendCalculation');

  const setup: Step = {
    bytes: 400 * (built.length + marks.building.size + 1),
    queue() {
      if (eventsWereOn) context.runtime.enableEvents = false;
      for (const [mark, sheet] of marks.building) {
        if (sheet) wb.worksheets.getItem(sheet).delete();
        wb.names.getItem(mark).delete();
      }
      for (const b of built) {
        b.temp = wb.worksheets.add(b.item.tempName);
        b.temp.visibility = 'Hidden';
        wb.names.add(b.item.buildMark, b.temp.getRange('A1'));
      }
    },
  };
  const steps: Step[] = [setup];
  for (const b of built) steps.push(...valueSteps(b.item.spec, () => b.temp!));
  for (const b of built) {
    steps.push(
      ...formatSteps(b.item.spec, {
        sheet: () => b.temp!,
        sheetNamed: (name) => byName.get(name.toLowerCase())?.temp ?? wb.worksheets.getItem(name),
        tableName: (j) => b.item.tables[j].tempName,
        capabilities: caps,
        notice: settings.notice,
      }),
    );
  }
  // Live cells last: their formulas name tables, so every table of the build must exist first.
  const tempTables = new Map<string, string>();
  for (const b of built) for (const t of b.item.tables) tempTables.set(t.spec.name, t.tempName);
  for (const b of built) steps.push(...formulaSteps(b.item.spec, () => b.temp!, tempTables));
  const total = steps.reduce((n, s) => n + s.bytes, 0) || 1;
  let done = 0;
  const state: BatchState = { budget: settings.requestBudgetBytes, requests: 0, retries: 0 };
  let swapStarted = false;
  try {
    await runSteps(context, steps, state, {
      beforeRequest: () => {
        if (calc) context.workbook.application.suspendApiCalculationUntilNextSync();
      },
      afterRequest: (bytes) => {
        done += bytes;
        options.onProgress?.(Math.min(0.95, done / total), `Writing ${built.map((b) => b.item.finalName).join(', ')}`);
      },
      signal: options.signal,
    });
    swapStarted = true;
    if (calc) context.workbook.application.suspendApiCalculationUntilNextSync();
    queueSwap(context, built);
    if (eventsWereOn) context.runtime.enableEvents = true;
    await context.sync();
    options.onProgress?.(1, 'Done');
  } catch (e) {
    const explained = explainExcelError(e, 'writing SaferPlan sheets');
    try {
      if (eventsWereOn) context.runtime.enableEvents = true;
      await recover(context, built, swapStarted);
    } catch (again) {
      throw new ExcelHostError(
        explained.code,
        `${explained.message.replace(/\s*$/, '')} SaferPlan then could not tidy up (${(again as Error).message}).`,
        'Hidden sheets named "SaferPlan build …" may be left; they are removed the next time you build. Your own sheets were not changed.',
        e,
      );
    }
    throw explained;
  } finally {
    stats.writeRequests = state.requests;
    stats.retries = state.retries;
    stats.budgetBytes = state.budget;
    stats.syncs += state.requests + state.retries + (swapStarted ? 1 : 0);
  }
  return stats;
}
