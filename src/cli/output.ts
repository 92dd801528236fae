import { promises as fs } from 'fs';
import path from 'path';
import { ExportMeta, UniformRecord, aboutSheetSpec, dataSharingSheetSpec, toCsv } from '../core/share';
import { XlsxFileHost } from '../file/xlsx-host';
import { sameFile } from '../file/same-file';
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

/**
 * Refuses an -o that is one of the command's inputs: the same path, or the same file through a
 * symbolic or hard link. Checked before any work, so nothing is read in vain and nothing is lost.
 */
export async function refuseOverwrite(inputs: readonly string[], out: string): Promise<void> {
  for (const input of inputs) {
    if (await sameFile(input, out)) throw new UsageError(`-o ${out}: that is the input file ${input}; SaferPlan never writes its input. Choose another output file.`);
  }
}

/** -o for the uniform format: a .csv or an .xlsx. */
export function checkUniformOutput(out: string, usage: string): void {
  if (!/\.(csv|xlsx)$/i.test(out)) throw new UsageError(`-o ${out}: the output must end in .csv or .xlsx.\n${usage}`);
}

/** The uniform format to its file: safe CSV, or a new workbook with the Data sharing and About sheets. */
export async function writeUniform(out: string, records: readonly UniformRecord[], meta: ExportMeta, io: CliIO): Promise<void> {
  if (/\.csv$/i.test(out)) {
    await fs.writeFile(out, toCsv(records), 'utf8');
    io.err(`Wrote ${path.resolve(out)}`);
    return;
  }
  const host = XlsxFileHost.create();
  await host.writeSheets([dataSharingSheetSpec(records), aboutSheetSpec(meta)]);
  await writeOutput(host, out, io);
}
