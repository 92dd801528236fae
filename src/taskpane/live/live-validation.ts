import type { ChangeEvent } from '../connector/connector';

export interface LiveValidationOptions {
  /** Re-reads and re-checks the workbook; must only read (it never writes, whoever made the edit). */
  revalidate: (changes: ChangeEvent[]) => Promise<void>;
  debounceMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/**
 * Keeps the findings list current while people edit a shared workbook: edits are gathered and
 * checked once they pause (debounced), never while a command of ours is running (its own result
 * is fresher), and a check that finds edits arriving meanwhile runs once more afterwards.
 * Nothing here writes to the workbook, so a co-author's (Remote) edit can never cause a write.
 */
export class LiveValidation {
  private pending: ChangeEvent[] = [];
  private timer: unknown = null;
  private busy = 0;
  private running = false;
  private readonly debounceMs: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly options: LiveValidationOptions) {
    this.debounceMs = options.debounceMs ?? 800;
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  /** An edit Excel reported. */
  onChange = (change: ChangeEvent): void => {
    this.pending.push(change);
    this.schedule();
  };

  /** Runs one of our own commands; edits seen meanwhile are checked after it. */
  async whileCommand<T>(work: () => Promise<T>): Promise<T> {
    this.busy++;
    this.clear(); // the command reads the whole workbook afresh
    try {
      return await work();
    } finally {
      this.busy--;
      // The command's own findings are fresh; only edits that came in during it need a re-check.
      if (this.pending.length) this.schedule();
    }
  }

  /** Drops what was gathered: a command has just re-read the workbook. */
  clear(): void {
    this.pending = [];
    this.cancelTimer();
  }

  dispose(): void {
    this.clear();
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.busy) return;
    this.cancelTimer();
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.flush();
    }, this.debounceMs);
  }

  private async flush(): Promise<void> {
    if (this.busy || this.running || !this.pending.length) {
      if (this.running && this.pending.length) this.schedule();
      return;
    }
    const batch = this.pending;
    this.pending = [];
    this.running = true;
    try {
      await this.options.revalidate(batch);
    } catch {
      // A failed background check is not worth interrupting anyone; the next edit tries again.
    } finally {
      this.running = false;
      if (this.pending.length) this.schedule();
    }
  }
}
