/** What a command may do to the outside world: print, and nothing else. Tests pass their own. */
export interface CliIO {
  /** Standard output: JSON alone with --json, or the human-readable result. */
  out(text: string): void;
  /** Standard error: progress and messages. */
  err(text: string): void;
  /** "Today" for overdue and due-soon judgements (tests fix it). */
  today: Date;
  /** True when `today` was fixed (SAFERPLAN_TODAY): the Summary's As at cell then holds it as a value. */
  todayFixed?: boolean;
}

/** Bad arguments or unusable input: exit status 2 with this one-line message, never a stack trace. */
export class UsageError extends Error {}

/** Input that cannot be used (not an xlsx, encrypted, empty, ...): exit status 2, message located. */
export { UnusableInputError } from '../core/errors';

export type Command = (args: string[], io: CliIO) => Promise<number>;
