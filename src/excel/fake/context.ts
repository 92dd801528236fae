import type { AnyProxy } from './client-object';
import type { FakeExcel } from './fake-excel';
import { requiredSet } from './gating';
import { FakeWorkbook } from './workbook';

/** A member used at a point in the queue (a method that returns an object, a navigation property), checked when the request runs. */
export interface Requirement {
  key: string;
  version: string;
  /** The number of operations queued before it: it is checked before the operation at that index runs. */
  at: number;
}

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
  /** @internal members used since the last sync, checked against the requirement sets when it runs */
  _requirements: Requirement[] = [];
  /** @internal true while a request runs (uses inside it are checked where they happen) */
  _executing = false;
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
    this._require(requiredSet('RequestContext', 'runtime'));
    return this.workbook._runtime;
  }

  /** @internal a member that creates an object, checked at its place in the next request */
  _require(need: { key: string; version: string }): void {
    if (!this._executing) this._requirements.push({ ...need, at: this._queue.length });
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
