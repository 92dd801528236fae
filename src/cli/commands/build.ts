import { parseArgs } from 'node:util';
import { buildSpecs } from '../../core/app/build';
import { Command, UsageError } from '../io';
import { openAndAnalyse } from '../workbook-input';
import { refuseOverwrite, writeOutput } from '../output';
import { summaryText } from './structure';
import { reportRemovals } from './export';

const USAGE = 'usage: saferplan build IN.xlsx -o OUT.xlsx [--personal] [--json]';

/** saferplan build: structure, validation, trajectories, summary with charts and data sharing, in one pass. */
export const build: Command = async (args, io) => {
  const { values, positionals } = parseArgs({ args, options: { output: { type: 'string', short: 'o' }, json: { type: 'boolean' }, personal: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length !== 1 || !values.output) throw new UsageError(USAGE);
  await refuseOverwrite(positionals, values.output);
  const { host, analysis } = await openAndAnalyse(positionals[0], io);
  io.err('Computing trajectories, summary and data sharing…');
  const out = buildSpecs(analysis, { today: io.today, liveToday: !io.todayFixed, personal: !!values.personal });
  if (values.personal) io.err('Data sharing sheet: personalised (--personal). It names lead officers: the workbook now holds personal data.');
  else reportRemovals(out.meta, io);
  io.err(`Writing ${out.specs.map((s) => s.name).join(', ')}…`);
  await host.writeSheets(out.specs, { onProgress: (_f, m) => io.err(m) });
  const file = await writeOutput(host, values.output, io);
  if (values.json) {
    io.out(
      JSON.stringify(
        {
          output: file,
          sheets: out.specs.map((s) => s.name),
          charts: out.specs.reduce((n, s) => n + (s.charts?.length ?? 0), 0),
          actions: analysis.plan.actions,
          targets: analysis.plan.targets,
          issues: out.findings,
        },
        null,
        2,
      ),
    );
  } else {
    io.out(summaryText(analysis.plan.actions.length, analysis.plan.targets.length, out.findings));
  }
  return 0;
};
