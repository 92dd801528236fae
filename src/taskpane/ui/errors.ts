import { ExcelHostError } from '../../excel/host-error';

export interface ShownError {
  title: string;
  advice: string;
}

export function isAbort(e: unknown): boolean {
  return !!e && typeof e === 'object' && (e as { name?: string }).name === 'AbortError';
}

/** What to show for an error: Excel's, explained by the host, or anything else in plain words. */
export function describeError(e: unknown, doing: string): ShownError {
  if (e instanceof ExcelHostError) return { title: e.message.replace(e.advice, '').trim(), advice: e.advice };
  const message = e instanceof Error ? e.message : String(e);
  return { title: `Something went wrong while ${doing}: ${message}`, advice: 'Nothing else was changed. Try again; if it keeps happening, save the workbook and report it with the workbook attached.' };
}
