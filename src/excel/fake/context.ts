import type { AnyProxy } from './client-object';
import type { FakeExcel } from './fake-excel';
import { FakeWorkbook } from './workbook';

/** One queued operation: its wire form (for the request size) and what it does when run. */
export interface QueuedOperation {
  json: unknown;
  exec: () => void;
}

/** Stand-in for Excel.RequestContext: the queue of operations one sync() sends. */
export class FakeRequestContext {
  /** @internal */ _queue: QueuedOperation[] = [];
  /** @internal */ _nullables: AnyProxy[] = [];
  /** @internal */ _staged: [AnyProxy, string, unknown][] = [];
  /** @internal */ _calculationSuspended = false;
  readonly workbook: FakeWorkbook;
  readonly trackedObjects = {
    add: (_o: unknown): void => undefined,
    remove: (_o: unknown): void => undefined,
  };

  constructor(/** @internal */ readonly _excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  get application() {
    return this.workbook.application;
  }

  get runtime() {
    return this.workbook._runtime;
  }

  /** @internal */
  _enqueue(json: unknown, exec: () => void): void {
    this._queue.push({ json, exec });
  }

  /** @internal */
  _stage(obj: AnyProxy, prop: string, value: unknown): void {
    this._staged.push([obj, prop, value]);
  }

  /** Sends the queued operations as one request: one round trip. */
  sync<T>(passThroughValue?: T): Promise<T> {
    return this._excel._execute(this).then(() => passThroughValue as T);
  }
}
