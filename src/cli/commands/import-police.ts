import { parseArgs } from 'node:util';
import { Finding } from '../../core/plan';
import { crimeTypesByTarget, mergePoliceCounts, readCrimeTypeMapping } from '../../core/police';
import { generatedSheetName } from '../../core/sheets/naming';
import { progressSheetSpec, readProgress, recogniseTargets, targetsSheetSpec } from '../../core/targets';
import { countStreetFiles } from '../../file/police/count-files';
import { XlsxFileHost } from '../../file/xlsx-host';
import { Command, UnusableInputError, UsageError } from '../io';
import { writeOutput } from '../output';

const USAGE = 'usage: saferplan import-police CSV... --into IN.xlsx -o OUT.xlsx';

/**
 * saferplan import-police CSV... --into IN.xlsx -o OUT.xlsx
 * Counts data.police.uk street-level records by crime type and month, and puts them into the
 * Progress sheet against the targets they measure (months, then the targets' own periods).
 * Importing a month again replaces it; actuals people typed are kept. IN.xlsx is never written.
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

  io.err(`Counting ${csvs.length} street-level file${csvs.length === 1 ? '' : 's'}…`);
  const combined = await countStreetFiles(csvs, (done, file) => io.err(`  ${done}/${csvs.length} ${file}`));
  const months = [...combined.counts.keys()].sort();

  io.err(`Reading ${values.into}…`);
  const host = await XlsxFileHost.open(values.into);
  const grids = await host.readGrids();
  if (grids.length === 0 || grids.every((g) => g.rows.length === 0)) throw new UnusableInputError(`${values.into}: the workbook is empty.`);
  const previous = await host.generatedSheets();

  const recognised = recogniseTargets(grids);
  if (recognised.targets.length === 0) {
    throw new UnusableInputError(`${values.into}: no targets found to put police counts against; add a Targets table (Indicator, Baseline period, Baseline, Target period, Target) or a captioned target.`);
  }
  const mapping = readCrimeTypeMapping(grids);
  const { byTarget, findings: mappingFindings } = crimeTypesByTarget(recognised.targets, mapping);
  if (byTarget.size === 0) {
    throw new UnusableInputError(
      `${values.into}: no target is measured by a police crime type${mapping ? ' in its Crime type mapping table' : ''}; add a sheet "Crime type mapping" with columns Crime type and Indicator (the target id, e.g. T1).`,
    );
  }

  const merged = mergePoliceCounts(recognised.targets, readProgress(grids), combined, byTarget);
  const name = (key: 'Targets' | 'Progress') => generatedSheetName(key, grids, previous[key]);
  await host.writeSheets([
    targetsSheetSpec(recognised.targets, { name: name('Targets'), settings: recognised.settings }),
    progressSheetSpec(recognised.targets, merged.rows, { name: name('Progress') }),
  ]);
  await writeOutput(host, values.output, io);

  const findings: Finding[] = [...combined.findings, ...mappingFindings, ...merged.findings];
  for (const f of findings) io.err(`${f.severity.toUpperCase().padEnd(7)} ${f.sheet}${f.cell ? `!${f.cell}` : ''}  ${f.message}`);
  const lines = [
    `${months.length} month${months.length === 1 ? '' : 's'} of police data (${months[0] ?? '-'} to ${months[months.length - 1] ?? '-'}; ${combined.forces.join(', ') || 'no records'}); ${merged.updated} Progress row${merged.updated === 1 ? '' : 's'} written.`,
    ...recognised.targets.filter((t) => byTarget.has(t.id)).map((t) => `  ${t.id} ${t.indicator} <- ${byTarget.get(t.id)!.join(', ')}${mapping ? '' : ' (default mapping)'}`),
  ];
  io.out(lines.join('\n'));
  return 0;
};
