/**
 * A job that ran but had nothing to work on (an empty workbook, no targets, police files for
 * months the targets do not cover). Nothing was written. The pane shows it as a warning, never as
 * a success: the title says why, the advice what to do.
 */
export class NothingDone extends Error {
  override name = 'NothingDone';
  constructor(
    message: string,
    readonly advice: string,
  ) {
    super(message);
  }
}

export function isNothingDone(e: unknown): e is NothingDone {
  return !!e && typeof e === 'object' && (e as { name?: string }).name === 'NothingDone';
}
