/// <reference types="office-js" />
import { excelErrorCode, ExcelHostError } from '../host-error';

/**
 * One piece of work for Excel: queues its operations when asked, knows roughly how many bytes
 * they add to a request, and (for value blocks) can split itself into smaller pieces.
 */
export interface Step {
  bytes: number;
  queue(): void;
  /** Pieces no larger than `budget` bytes where possible; undefined when the step cannot split. */
  split?(budget: number): Step[];
}

export interface BatchState {
  /** Current request budget in bytes; halves when Excel rejects a request as too large. */
  budget: number;
  requests: number;
  retries: number;
}

export interface BatchHooks {
  /** Queued first in every request (e.g. suspendApiCalculationUntilNextSync). */
  beforeRequest(): void;
  afterRequest(bytesDone: number): void;
  signal?: AbortSignal;
}

/** Smallest budget worth retrying with; below this a request cannot be made smaller usefully. */
const MIN_BUDGET = 1024;

/**
 * Packs steps into requests of at most `budget` bytes, one sync() each. When Excel answers
 * RequestPayloadSizeLimitExceeded (nothing in that request was applied), the budget halves and the
 * same steps are sent again in smaller requests.
 */
export async function runSteps(context: Excel.RequestContext, steps: Step[], state: BatchState, hooks: BatchHooks): Promise<void> {
  const pending = [...steps];
  while (pending.length) {
    if (hooks.signal?.aborted) throw new ExcelHostError('Cancelled', 'The build was cancelled.', 'Nothing was changed; start it again when ready.');
    const batch: Step[] = [];
    let size = 0;
    while (pending.length) {
      const s = pending[0];
      if (s.bytes > state.budget && s.split) {
        const parts = s.split(state.budget);
        if (parts.length > 1) {
          pending.splice(0, 1, ...parts);
          continue;
        }
      }
      if (batch.length && size + s.bytes > state.budget) break;
      batch.push(pending.shift()!);
      size += s.bytes;
    }
    hooks.beforeRequest();
    for (const s of batch) s.queue();
    try {
      await context.sync();
    } catch (e) {
      const shrinkable = batch.length > 1 || (batch[0].split?.(Math.floor(size / 2)).length ?? 0) > 1;
      if (excelErrorCode(e) === 'RequestPayloadSizeLimitExceeded' && shrinkable && size / 2 >= MIN_BUDGET) {
        state.budget = Math.floor(Math.min(state.budget, size) / 2);
        state.retries++;
        pending.unshift(...batch);
        continue;
      }
      throw e;
    }
    state.requests++;
    hooks.afterRequest(size);
  }
}
