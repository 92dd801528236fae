import { parseArgs } from 'node:util';
import { isoDate } from '../../core/grid';
import { shareRecords } from '../../core/app/share';
import { Command, UsageError } from '../io';
import { openAndAnalyse } from '../workbook-input';
import { checkUniformOutput, refuseOverwrite, writeUniform } from '../output';
import { CliIO } from '../io';
import { ExportMeta, removedSummary } from '../../core/share';

/** What de-personalisation removed, and what is left for a person to check, on stderr. */
export function reportRemovals(meta: ExportMeta, io: CliIO): void {
  if (meta.mode !== 'de-personalised' || !meta.removed) return;
  io.err(`De-personalised: removed ${removedSummary(meta.removed)}.`);
  if (meta.residual?.length) io.err(`Check by hand (capitalised pairs left that might be names): ${meta.residual.join('; ')}`);
}

const USAGE = 'usage: saferplan export IN.xlsx -o OUT.csv|OUT.xlsx [--depersonalise] [--suppress-below N] [--round-nhs]';

/** saferplan export: the uniform data-sharing format, v1, as CSV or a new workbook. */
export const exportCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    options: { output: { type: 'string', short: 'o' }, depersonalise: { type: 'boolean' }, 'suppress-below': { type: 'string' }, 'round-nhs': { type: 'boolean' } },
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
    if (!Number.isInteger(suppressBelow) || suppressBelow < 1)
      throw new UsageError(`--suppress-below ${values['suppress-below']}: give a whole number of 1 or more (counts below it are shown as "<N").`);
  }
  const { analysis } = await openAndAnalyse(input, io);
  const exportedOn = isoDate(io.today);
  const roundNhs = !!values['round-nhs'];
  const { records, meta } = shareRecords(analysis.plan, analysis.indicators, { exportedOn, depersonalise: !!values.depersonalise, suppressBelow, roundNhs, grids: analysis.grids });
  await writeUniform(out, records, meta, io);
  reportRemovals(meta, io);
  const small = [suppressBelow ? `counts below ${suppressBelow} suppressed` : '', roundNhs ? 'NHS rule (1-7 as *, others to the nearest 5)' : ''].filter(Boolean);
  io.out(
    `${records.length} records (${meta.counts.action} actions, ${meta.counts.indicator} indicators, ${meta.counts.measurement} measurements), uniform format v${meta.schemaVersion}, ${meta.mode}${small.map((s) => `, ${s}`).join('')}.`,
  );
  return 0;
};
