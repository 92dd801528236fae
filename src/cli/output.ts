import path from 'path';
import { XlsxFileHost } from '../file/xlsx-host';
import { CliIO, UsageError } from './io';

/** Saves to the -o file (never the input), and says where. */
export async function writeOutput(host: XlsxFileHost, out: string, io: CliIO): Promise<string> {
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`-o ${out}: the output must be an .xlsx file.`);
  try {
    await host.save(out);
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const full = path.resolve(out);
  io.err(`Wrote ${full}`);
  return full;
}
