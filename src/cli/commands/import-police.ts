import { parseArgs } from 'node:util';
import { importPoliceCounts, PoliceImportError } from '../../core/app/police';
import { countStreetFiles } from '../../file/police/count-files';
import { XlsxFileHost } from '../../file/xlsx-host';
import { Command, UnusableInputError, UsageError } from '../io';
import { refuseOverwrite, writeOutput } from '../output';

const USAGE = 'usage: saferplan import-police CSV... --into IN.xlsx -o OUT.xlsx';

/**
 * saferplan import-police CSV... --into IN.xlsx -o OUT.xlsx
 * Counts data.police.uk street-level records by crime type and month, and puts them into the
 * Progress sheet against the targets they measure (months, then the targets' own periods), through
 * the same use-case as the task pane. Importing a month again replaces it; actuals people typed
 * are kept. IN.xlsx is never written.
 */
export const importPolice: Command = async (args, io) => {
  try {
    return await run(args, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof UnusableInputError) {
      io.err(`saferplan import-police: ${e.message}`);
      return 2;
    }
    throw e;
  }
};

const run: Command = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { into: { type: 'string' }, output: { type: 'string', short: 'o' } }, allowPositionals: true });
  } catch (e) {
    throw new UsageError(`${(e as Error).message} (${USAGE})`);
  }
  const { values, positionals: csvs } = parsed;
  if (csvs.length === 0 || !values.into || !values.output) throw new UsageError(USAGE);
  if (!/\.xlsx$/i.test(values.output)) throw new UsageError(`-o ${values.output}: the output must be an .xlsx file.`);
  await refuseOverwrite([values.into, ...csvs], values.output);

  io.err(`Counting ${csvs.length} street-level file${csvs.length === 1 ? '' : 's'}…`);
  const combined = await countStreetFiles(csvs, (done, file) => io.err(`  ${done}/${csvs.length} ${file}`));

  io.err(`Reading ${values.into}…`);
  const host = await XlsxFileHost.open(values.into);
  let result;
  try {
    result = await importPoliceCounts(host, combined, { today: io.today });
  } catch (e) {
    if (e instanceof PoliceImportError) throw new UnusableInputError(`${values.into}: ${e.message}`);
    throw e;
  }
  await writeOutput(host, values.output, io);

  for (const f of result.findings) io.err(`${f.severity.toUpperCase().padEnd(7)} ${f.sheet}${f.cell ? `!${f.cell}` : ''}  ${f.message}`);
  io.out(result.lines.join('\n'));
  return 0;
};
