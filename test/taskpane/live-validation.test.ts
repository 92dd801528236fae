import { LiveValidation } from '../../src/taskpane/live/live-validation';
import type { ChangeEvent } from '../../src/taskpane/connector/connector';

/** Manual timers, so debouncing is tested without waiting. */
function clock() {
  let timers: { fn: () => void; at: number; id: number }[] = [];
  let now = 0;
  let next = 1;
  return {
    setTimer: (fn: () => void, ms: number) => {
      const id = next++;
      timers.push({ fn, at: now + ms, id });
      return id;
    },
    clearTimer: (id: unknown) => {
      timers = timers.filter((t) => t.id !== id);
    },
    async advance(ms: number) {
      now += ms;
      const due = timers.filter((t) => t.at <= now);
      timers = timers.filter((t) => t.at > now);
      for (const t of due) t.fn();
      await new Promise((r) => setImmediate(r));
    },
    pending: () => timers.length,
  };
}

const local: ChangeEvent = { source: 'Local', worksheet: 'Plan', address: 'F36' };
const remote: ChangeEvent = { source: 'Remote', worksheet: 'Plan', address: 'F37' };

describe('LiveValidation', () => {
  it('re-checks once after edits pause, with every edit gathered', async () => {
    const c = clock();
    const calls: ChangeEvent[][] = [];
    const live = new LiveValidation({ debounceMs: 500, setTimer: c.setTimer, clearTimer: c.clearTimer, revalidate: async (ch) => void calls.push(ch) });
    live.onChange(local);
    await c.advance(300);
    live.onChange(remote);
    await c.advance(300);
    expect(calls).toEqual([]);
    await c.advance(200);
    expect(calls).toEqual([[local, remote]]);
  });

  it('stays quiet while one of our commands runs, and checks edits made meanwhile afterwards', async () => {
    const c = clock();
    const calls: ChangeEvent[][] = [];
    const live = new LiveValidation({ debounceMs: 100, setTimer: c.setTimer, clearTimer: c.clearTimer, revalidate: async (ch) => void calls.push(ch) });
    live.onChange(local); // made before the command: the command reads it anyway
    let finish!: () => void;
    const command = live.whileCommand(() => new Promise<void>((r) => (finish = r)));
    expect(c.pending()).toBe(0);
    live.onChange(remote);
    await c.advance(1000);
    expect(calls).toEqual([]);
    finish();
    await command;
    await c.advance(100);
    expect(calls).toEqual([[remote]]);
  });

  it('a failing background check does not throw and the next edit tries again', async () => {
    const c = clock();
    let n = 0;
    const live = new LiveValidation({
      debounceMs: 10,
      setTimer: c.setTimer,
      clearTimer: c.clearTimer,
      revalidate: async () => {
        n++;
        if (n === 1) throw new Error('Excel busy');
      },
    });
    live.onChange(remote);
    await c.advance(10);
    live.onChange(remote);
    await c.advance(10);
    expect(n).toBe(2);
  });
});
