/// <reference types="office-js" />
import { CellValue, Grid, RangeRef } from '../core/grid';
import { WorkOptions } from '../core/host/workbook-host';
import { Capabilities, supports } from './excel-api';
import { blockAddress, cellFromExcel, parseAreasAddress } from './cells';
import { excelErrorCode } from './host-error';
import { loadNames, readMarks } from './marks';

/** Codes Excel answers with when a read is too large for one response. */
const TOO_BIG = new Set(['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded', 'RangeExceedsLimit', 'OperationCellsExceedLimit']);

interface SheetRead {
  sheet: Excel.Worksheet;
  name: string;
  hidden: boolean;
  generated: boolean;
  used: Excel.Range;
  merged?: Excel.RangeAreas;
  /** Per-cell fill colours of the used range, asked in the same request as its values. */
  fills?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

/** What one read of the workbook gives: every sheet's grid, and the workbook's own name when this Excel can tell it. */
export interface WorkbookRead {
  grids: Grid[];
  workbookName: string | null;
}

export interface ReadSettings {
  capabilities: Capabilities;
  /** Most cells one response may carry when a workbook has to be read in blocks. */
  readCellBudget: number;
  notice: (message: string) => void;
}

/**
 * Every sheet's used range in two round trips: one for the list of sheets, the names and the
 * workbook's own name, one for all used ranges (values, number formats, merged areas). Only when
 * Excel says that answer is too large does it fall back to reading in row blocks, halving the block
 * until Excel accepts it.
 */
export async function readGrids(context: Excel.RequestContext, settings: ReadSettings, options: WorkOptions = {}): Promise<WorkbookRead> {
  const sheets = context.workbook.worksheets.load('items/name,items/visibility');
  const names = loadNames(context, supports(settings.capabilities, 'basics'));
  const book = loadWorkbookName(context, settings.capabilities);
  await context.sync();
  const sheetNames = sheets.items.map((s) => s.name);
  // Marks are claims until each sheet's first row is read and agrees with its mark's record.
  const claims = readMarks(names.items, sheetNames);
  const building = [...claims.building.values()].filter((x): x is string => !!x).map((n) => n.toLowerCase());
  const ours = new Set([...Object.values(claims.generated).map((n) => n.toLowerCase()), ...building]);
  const mergesOk = supports(settings.capabilities, 'mergedAreas');
  if (!mergesOk) settings.notice('This version of Excel cannot report merged cells (it needs ExcelApi 1.13), so merged headings are read as separate cells.');
  const fillsOk = supports(settings.capabilities, 'cellProperties');
  if (!fillsOk) settings.notice('This version of Excel cannot report cell colours (it needs ExcelApi 1.9), so a RAG status given by a fill colour alone is not read.');
  options.onProgress?.(0.1, `Reading ${sheets.items.length} sheets`);

  const reads: SheetRead[] = sheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    return {
      sheet: ws,
      name: ws.name,
      hidden: ws.visibility !== 'Visible',
      generated: ours.has(ws.name.toLowerCase()),
      used,
      merged: mergesOk ? ws.getRange().getMergedAreasOrNullObject().load('address') : undefined,
    };
  });
  for (const r of reads) {
    r.used.load('values,numberFormat,rowIndex,columnIndex');
    // The user's sheets only, in the same round trip: the fills of a null used range come back null.
    if (fillsOk && !r.generated) r.fills = r.used.getCellProperties({ format: { fill: { color: true } } });
  }
  let blocks: Map<SheetRead, { values: unknown[][]; formats: string[][]; rowIndex: number; columnIndex: number }>;
  try {
    await context.sync();
    blocks = new Map(reads.filter((r) => !r.used.isNullObject).map((r) => [r, { values: r.used.values, formats: r.used.numberFormat, rowIndex: r.used.rowIndex, columnIndex: r.used.columnIndex }]));
  } catch (e) {
    if (!TOO_BIG.has(excelErrorCode(e) ?? '')) throw e;
    blocks = await readInBlocks(context, reads, settings, options);
  }
  options.onProgress?.(0.9, 'Read the workbook');

  const rowsOf = reads.map((r) => {
    const b = blocks.get(r);
    const rows: CellValue[][] = [];
    if (b) {
      for (let i = 0; i < b.rowIndex; i++) rows.push([]);
      b.values.forEach((row, i) => {
        const out: CellValue[] = new Array(b.columnIndex).fill(null);
        row.forEach((v, j) => out.push(cellFromExcel(v, b.formats[i]?.[j])));
        rows.push(out);
      });
    }
    return rows;
  });
  const firstRows = new Map(reads.map((r, i) => [r.name.toLowerCase(), rowsOf[i][0] ?? []]));
  const owned = new Set([...Object.values(readMarks(names.items, sheetNames, firstRows).generated).map((n) => n.toLowerCase()), ...building]);
  // A sheet a mark claimed but that is not ours is the user's: read its fill colours too (one more
  // round trip, only then), as for every other sheet of theirs.
  const claimedNotOurs = fillsOk ? reads.filter((r) => r.generated && !owned.has(r.name.toLowerCase()) && blocks.has(r)) : [];
  if (claimedNotOurs.length) {
    for (const r of claimedNotOurs) r.fills = r.sheet.getUsedRangeOrNullObject(true).getCellProperties({ format: { fill: { color: true } } });
    try {
      await context.sync();
    } catch (e) {
      // Too large to ask for in one go: the colours are left out, as after a block-by-block read.
      if (!TOO_BIG.has(excelErrorCode(e) ?? '')) throw e;
      for (const r of claimedNotOurs) r.fills = undefined;
    }
  }

  const grids = reads.map((r, i) => {
    const b = blocks.get(r);
    const rows = rowsOf[i];
    const generated = owned.has(r.name.toLowerCase());
    const merges: RangeRef[] = r.merged && !r.merged.isNullObject ? parseAreasAddress(r.merged.address) : [];
    const fills = b && r.fills ? fillRows(r.fills, b.rowIndex, b.columnIndex) : undefined;
    return { sheet: r.name, rows, merges, ...(generated ? { generated: true } : {}), ...(r.hidden ? { hidden: true } : {}), ...(fills ? { fills } : {}) };
  });
  return { grids, workbookName: book ? book.name || null : null };
}

/**
 * The workbook's own name (ExcelApi 1.7), asked in the request that lists the sheets: a source of
 * the plan's topic. Below that set, nothing is asked and the plan does without it.
 */
function loadWorkbookName(context: Excel.RequestContext, capabilities: Capabilities): Excel.Workbook | null {
  return supports(capabilities, 'workbookName') ? context.workbook.load('name') : null;
}

/**
 * Fill colours laid out like the grid's rows, or undefined when none is a colour. White is how
 * Excel reports no fill. Absent after the block-by-block read of a very large workbook.
 */
function fillRows(result: OfficeExtension.ClientResult<Excel.CellProperties[][]>, rowIndex: number, columnIndex: number): (string | null)[][] | undefined {
  let props: Excel.CellProperties[][] | null;
  try {
    props = result.value;
  } catch {
    return undefined; // the request that asked was not the one that answered (block fallback)
  }
  if (!props) return undefined;
  const out: (string | null)[][] = [];
  let any = false;
  props.forEach((row, i) => {
    row.forEach((p, j) => {
      const c = p.format?.fill?.color;
      if (!c || /^#?ffffff$/i.test(c)) return;
      (out[rowIndex + i] ??= [])[columnIndex + j] = c.startsWith('#') ? c.toUpperCase() : `#${c.toUpperCase()}`;
      any = true;
    });
  });
  return any ? out : undefined;
}

/** The slow path for very large workbooks: sizes first, then row blocks packed into requests by cell count. */
async function readInBlocks(context: Excel.RequestContext, reads: SheetRead[], settings: ReadSettings, options: WorkOptions) {
  const dims = reads.map((r) => {
    const used = r.sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
    const merged = r.merged && supports(settings.capabilities, 'mergedAreas') ? r.sheet.getRange().getMergedAreasOrNullObject().load('address') : undefined;
    r.used = used;
    r.merged = merged;
    return used;
  });
  await context.sync();
  type Part = { read: SheetRead; top: number; rows: number; range?: Excel.Range };
  const out = new Map<SheetRead, { values: unknown[][]; formats: string[][]; rowIndex: number; columnIndex: number }>();
  const pending: Part[] = [];
  reads.forEach((r, i) => {
    const d = dims[i];
    if (d.isNullObject) return;
    out.set(r, { values: [], formats: [], rowIndex: d.rowIndex, columnIndex: d.columnIndex });
    pending.push({ read: r, top: d.rowIndex + 1, rows: d.rowCount });
  });
  const total = pending.reduce((n, p) => n + p.rows, 0) || 1;
  let budget = Math.max(1, settings.readCellBudget);
  let done = 0;
  while (pending.length) {
    const batch: Part[] = [];
    let cells = 0;
    while (pending.length) {
      const p = pending[0];
      const width = colsOf(dims[reads.indexOf(p.read)]);
      const fit = Math.floor((budget - cells) / width);
      if (fit < 1 && batch.length) break;
      const take = Math.max(1, Math.min(p.rows, fit));
      const part: Part = { read: p.read, top: p.top, rows: take };
      part.range = p.read.sheet.getRange(blockAddress(p.top, dims[reads.indexOf(p.read)].columnIndex + 1, take, width)).load('values,numberFormat');
      batch.push(part);
      cells += take * width;
      if (take === p.rows) pending.shift();
      else pending[0] = { ...p, top: p.top + take, rows: p.rows - take };
      if (cells >= budget) break;
    }
    try {
      await context.sync();
    } catch (e) {
      // One row that is still too large cannot be made smaller: say so.
      if (!TOO_BIG.has(excelErrorCode(e) ?? '') || (batch.length === 1 && batch[0].rows === 1)) throw e;
      budget = Math.max(1, Math.floor(budget / 2));
      // Put the parts back, in order, and try again with smaller blocks.
      pending.unshift(...mergeBack(batch));
      continue;
    }
    for (const part of batch) {
      const o = out.get(part.read)!;
      o.values.push(...part.range!.values);
      o.formats.push(...part.range!.numberFormat);
      done += part.rows;
    }
    options.onProgress?.(0.1 + 0.8 * (done / total), 'Reading large sheets in blocks');
  }
  return out;
}

function colsOf(d: Excel.Range): number {
  return Math.max(1, d.columnCount);
}

/** Adjacent parts of one sheet join again so the retry re-splits them at the smaller size. */
function mergeBack<P extends { read: unknown; top: number; rows: number }>(batch: P[]): P[] {
  const out: P[] = [];
  for (const p of batch) {
    const last = out[out.length - 1];
    if (last && last.read === p.read && last.top + last.rows === p.top) out[out.length - 1] = { ...last, rows: last.rows + p.rows };
    else out.push({ ...p });
  }
  return out;
}
