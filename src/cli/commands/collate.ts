import { promises as fs } from 'fs';
import path from 'path';
import { parseArgs } from 'node:util';
import { CellValue, isoDate } from '../../core/grid';
import { UniformFile, collate, exportMeta, parseCsvRecords, parseUniformRows } from '../../core/share';
import { XlsxFileHost } from '../../file/xlsx-host';
import { Command, UnusableInputError, UsageError } from '../io';
import { checkUniformOutput, refuseOverwrite, writeUniform } from '../output';

const USAGE = 'usage: saferplan collate FILE.csv|FILE.xlsx... -o OUT.csv|OUT.xlsx';

/** Reads one uniform-format file: a CSV, or the Data sharing sheet of a workbook. */
async function readUniformFile(file: string, warn: (message: string) => void): Promise<UniformFile> {
  const name = path.basename(file);
  let rows: readonly (readonly CellValue[])[];
  if (/\.csv$/i.test(file)) {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch {
      throw new UnusableInputError(`${file}: no such file, or it cannot be read.`);
    }
    const records = parseCsvRecords(text);
    for (const r of records) if (!r.fields) warn(`warning: ${file} line ${r.line}: a quoted field is never closed; that record was skipped.`);
    rows = records.flatMap((r) => (r.fields ? [r.fields] : []));
  } else {
    const grids = await (await XlsxFileHost.open(file)).readGrids();
    const sheet = grids.find((g) => g.rows.some((r) => r[0] === 'schema_version')) ?? grids[0];
    rows = sheet ? sheet.rows : [];
  }
  const parsed = parseUniformRows(rows, name);
  if (!parsed.ok) throw new UnusableInputError(parsed.findings.map((f) => f.message).join(' '));
  return { source: name, records: parsed.records };
}

/** saferplan collate: combines uniform-format files from several agencies into one. */
export const collateCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({ args, options: { output: { type: 'string', short: 'o' } }, allowPositionals: true });
  if (positionals.length === 0 || !values.output) throw new UsageError(USAGE);
  const out = values.output;
  checkUniformOutput(out, USAGE);
  await refuseOverwrite(positionals, out);
  const files: UniformFile[] = [];
  for (const p of positionals) {
    io.err(`Reading ${p}…`);
    files.push(await readUniformFile(p, (m) => io.err(m)));
  }
  const result = collate(files);
  for (const f of result.findings) io.err(`${f.severity}: ${f.message}`);
  const partnerships = [...new Set(result.records.map((r) => r.partnership).filter(Boolean))];
  const meta = exportMeta(result.records, { exportedOn: isoDate(io.today), partnership: partnerships.join('; ') || null, depersonalised: result.records.every((r) => !r.lead_officer) });
  await writeUniform(out, result.records, meta, io);
  io.out(`${result.records.length} records from ${files.length} file${files.length === 1 ? '' : 's'}.`);
  return 0;
};
