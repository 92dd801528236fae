/// <reference types="office-js" />
import { BuildItem } from './plan';
import { loadNames, readMarks } from '../marks';
import { markComment } from '../../core/sheets/ownership';

export interface Built {
  item: BuildItem;
  temp?: Excel.Worksheet;
  /** The comment of the old sheet's mark, to put back if a failed swap has to mark it again. */
  oldComment?: string;
}

/**
 * Puts every built sheet in place in one request: old sheets of the same keys go, the new ones
 * take their names and positions, tables get their final names, and the marks point at the new
 * sheets. Deleting first, then renaming, avoids clashes between the old and new names.
 */
export function queueSwap(context: Excel.RequestContext, built: Built[]): void {
  const names = context.workbook.names;
  const sheets = context.workbook.worksheets;
  for (const b of built) b.temp!.visibility = 'Visible';
  for (const b of built) {
    if (b.item.old) {
      names.getItem(b.item.mark).delete();
      sheets.getItem(b.item.old.name).delete();
    } else if (b.item.staleMark) names.getItem(b.item.mark).delete();
  }
  for (const b of built) b.temp!.name = b.item.finalName;
  // Back into the old places, lowest first, so earlier moves do not shift later ones.
  for (const b of [...built].filter((x) => x.item.old).sort((x, y) => x.item.old!.position - y.item.old!.position)) b.temp!.position = b.item.old!.position;
  // New sheets into their places among ours, lowest first: each move shifts only the sheets after it.
  for (const b of [...built].filter((x) => x.item.position !== undefined).sort((x, y) => x.item.position! - y.item.position!)) b.temp!.position = b.item.position!;
  for (const b of built) {
    for (const t of b.item.tables) if (t.finalName !== t.tempName) b.temp!.tables.getItem(t.tempName).name = t.finalName;
    names.add(b.item.mark, b.temp!.getRange('A1'), markComment(b.item.spec));
    names.getItem(b.item.buildMark).delete();
  }
}

/**
 * After a failure, leaves the workbook whole: a half-built sheet is removed and the old one kept.
 * Only if the swap had already removed the old sheet is the new (complete) one put in its place.
 * Needs its own round trips, since the failed request may have been partly applied.
 */
export async function recover(context: Excel.RequestContext, built: Built[], swapStarted: boolean): Promise<void> {
  const sheets = context.workbook.worksheets.load('items/name');
  const names = loadNames(context);
  await context.sync();
  const present = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.name]));
  const marks = readMarks(
    names.items,
    sheets.items.map((s) => s.name),
  );
  const nameExists = new Set(names.items.map((n) => n.name));
  for (const b of built) {
    const tempName = marks.building.get(b.item.buildMark);
    const oldStill = b.item.old ? present.get(b.item.old.name.toLowerCase()) : undefined;
    const complete = swapStarted && tempName !== undefined && !oldStill;
    if (tempName !== undefined && !complete) {
      context.workbook.worksheets.getItem(tempName).delete();
    } else if (complete) {
      const ws = context.workbook.worksheets.getItem(tempName!);
      ws.visibility = 'Visible';
      const finalFree = !present.has(b.item.finalName.toLowerCase()) || tempName!.toLowerCase() === b.item.finalName.toLowerCase();
      if (finalFree) ws.name = b.item.finalName;
      // Its mark, unless the swap already gave it one (a mark on any other sheet is stale: the old one is gone).
      if (marks.generated[b.item.key]?.toLowerCase() !== tempName!.toLowerCase()) {
        if (marks.markExists[b.item.key]) context.workbook.names.getItem(b.item.mark).delete();
        context.workbook.names.add(b.item.mark, ws.getRange('A1'), markComment(b.item.spec));
      }
    }
    if (oldStill && !marks.generated[b.item.key]) {
      // The swap removed the mark but not the sheet: mark the old sheet again.
      if (marks.markExists[b.item.key]) context.workbook.names.getItem(b.item.mark).delete();
      context.workbook.names.add(b.item.mark, context.workbook.worksheets.getItem(oldStill).getRange('A1'), b.oldComment);
    }
    if (nameExists.has(b.item.buildMark)) context.workbook.names.getItem(b.item.buildMark).delete();
  }
  await context.sync();
}
