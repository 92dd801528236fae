/**
 * Worksheet change events, as Excel raises them: `worksheet.onChanged` (ExcelApi 1.7) and
 * `workbook.worksheets.onChanged` (1.9). Registering is a queued call, gated by the requirement-set
 * table like any other, so an Excel without the set fails the registering request with
 * ApiNotFound. An edit raises WorksheetChanged to the handlers of its sheet and of the collection:
 * a person's edit (`FakeExcel.edit`, Local or a co-author's Remote) and the add-in's own writes of
 * values, formulas and clears, unless the add-in has switched events off
 * (`context.runtime.enableEvents = false`). Handlers run after the request that raised the event,
 * as Excel's do.
 */
import type { RangeRef } from '../../core/grid';
import { formatLocal } from './address';
import type { AnyProxy } from './client-object';
import type { SheetModel, WorkbookModel } from './model';

/** What a handler receives: Excel.WorksheetChangedEventArgs, as much of it as SaferPlan reads. */
export interface FakeChangedArgs {
  type: 'WorksheetChanged';
  changeType: 'RangeEdited';
  source: 'Local' | 'Remote';
  worksheetId: string;
  address: string;
}

type Handler = (args: FakeChangedArgs) => unknown;

interface Registry {
  sheets: Map<SheetModel, Set<Handler>>;
  all: Set<Handler>;
}

const registries = new WeakMap<WorkbookModel, Registry>();

function registry(wb: WorkbookModel): Registry {
  let r = registries.get(wb);
  if (!r) {
    r = { sheets: new Map(), all: new Set() };
    registries.set(wb, r);
  }
  return r;
}

/** A worksheet's id as Excel shows it (a GUID in braces). */
export function worksheetId(s: SheetModel): string {
  return `{${String(s.id).padStart(8, '0')}-0000-0000-0000-000000000000}`;
}

/** How many handlers are registered for this workbook's changes (per sheet and on the collection). */
export function changeHandlerCount(wb: WorkbookModel): number {
  const r = registries.get(wb);
  return r ? r.all.size + [...r.sheets.values()].reduce((n, s) => n + s.size, 0) : 0;
}

/** Raises WorksheetChanged for an edit of `ref` on `sheet`, unless events are off. */
export function raiseChanged(wb: WorkbookModel, sheet: SheetModel, ref: RangeRef, source: 'Local' | 'Remote' = 'Local'): void {
  if (!wb.eventsEnabled) return;
  const r = registries.get(wb);
  if (!r) return;
  const handlers = [...(r.sheets.get(sheet) ?? []), ...r.all];
  if (!handlers.length) return;
  const args: FakeChangedArgs = { type: 'WorksheetChanged', changeType: 'RangeEdited', source, worksheetId: worksheetId(sheet), address: formatLocal(ref) };
  // After the request that made the edit has answered; a failing handler is Excel's to ignore.
  setTimeout(() => {
    for (const h of handlers)
      void Promise.resolve()
        .then(() => h(args))
        .catch(() => undefined);
  }, 0);
}

/** OfficeExtension.EventHandlers for onChanged: add and remove are queued calls of the owner's `onChanged`. */
export function changedHandlers(owner: AnyProxy, scope: (target: unknown, wb: WorkbookModel) => Set<Handler>) {
  const wb = () => owner.context._excel.model;
  return {
    add(handler: Handler) {
      owner._call('onChanged.add', [], (t) => void scope(t, wb()).add(handler));
      return {
        context: owner.context,
        remove() {
          owner._call('onChanged.remove', [], (t) => void scope(t, wb()).delete(handler));
        },
      };
    },
  };
}

/** The handlers of one sheet. */
export const sheetScope = (t: unknown, wb: WorkbookModel): Set<Handler> => {
  const r = registry(wb);
  const s = t as SheetModel;
  let set = r.sheets.get(s);
  if (!set) {
    set = new Set();
    r.sheets.set(s, set);
  }
  return set;
};

/** The handlers of every sheet (the worksheet collection's). */
export const workbookScope = (_t: unknown, wb: WorkbookModel): Set<Handler> => registry(wb).all;
