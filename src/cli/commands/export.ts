import { parseArgs } from 'node:util';
import { isoDate } from '../../core/grid';
import { shareRecords } from '../../core/app/share';
import { Command, UsageError } from '../io';
import { openAndAnalyse } from '../workbook-input';
import { checkUniformOutput, refuseOverwrite, writeUniform } from '../output';

const USAGE = 'usage: saferplan export IN.xlsx -o OUT.csv|OUT.xlsx [--depersonalise] [--suppress-below N]';

/** saferplan export: the uniform data-sharing format, v1, as CSV or a new workbook. */
export const exportCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    options: { output: { type: 'string', short: 'o' }, depersonalise: { type: 'boolean' }, 'suppress-below': { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1 || !values.output) throw new UsageError(USAGE);
  const out = values.output;
  const input = positionals[0];
  checkUniformOutput(out, USAGE);
  await refuseOverwrite([input], out);
  let suppressBelow: number | null = null;
  if (values['suppress-below'] !== undefined) {
    suppressBelow = Number(values['suppress-below']);
    if (!Number.isInteger(suppressBelow) || suppressBelow < 1) throw new UsageError(`--suppress-below ${values['suppress-below']}: give a whole number of 1 or more (counts below it are shown as "<N").`);
  }
  const { analysis } = await openAndAnalyse(input, io);
  const exportedOn = isoDate(io.today);
  const { records, meta } = shareRecords(analysis.plan, analysis.indicators, { exportedOn, depersonalise: !!values.depersonalise, suppressBelow });
  await writeUniform(out, records, meta, io);
  io.out(`${records.length} records (${meta.counts.action} actions, ${meta.counts.indicator} indicators, ${meta.counts.measurement} measurements), uniform format v${meta.schemaVersion}, ${meta.mode}${suppressBelow ? `, counts below ${suppressBelow} suppressed` : ''}.`);
  return 0;
};
