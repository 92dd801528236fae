import { ExcelHostError } from '../connector/excel-types';

export interface ShownError {
  title: string;
  advice: string;
}

/** An error already said in the person's words, with what to do about it (a wrong file, a workbook without targets). */
export class ExplainedError extends Error {
  override name = 'ExplainedError';
  constructor(
    message: string,
    readonly advice: string,
  ) {
    super(message);
  }
}

export function isAbort(e: unknown): boolean {
  return !!e && typeof e === 'object' && (e as { name?: string }).name === 'AbortError';
}

/** What to show for an error: Excel's, explained by the host, or anything else in plain words. */
export function describeError(e: unknown, doing: string): ShownError {
  if (e instanceof ExplainedError) return { title: e.message, advice: e.advice };
  if (e instanceof ExcelHostError) return { title: e.message.replace(e.advice, '').trim(), advice: e.advice };
  const message = e instanceof Error ? e.message : String(e);
  return {
    title: `Something went wrong while ${doing}: ${message}`,
    advice: 'Nothing else was changed. Try again; if it keeps happening, save the workbook and report it with the workbook attached.',
  };
}
