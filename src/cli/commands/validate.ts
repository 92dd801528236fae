import { parseArgs } from 'node:util';
import { Command, UsageError } from '../io';
import { openAndAnalyse } from '../workbook-input';
import { summaryText } from './structure';

/** saferplan validate IN.xlsx [--json]: exit 1 when any finding is an error. */
export const validate: Command = async (args, io) => {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('usage: saferplan validate IN.xlsx [--json]');
  const { analysis } = await openAndAnalyse(positionals[0], io);
  if (values.json) io.out(JSON.stringify({ issues: analysis.findings }, null, 2));
  else io.out(summaryText(analysis.plan.actions.length, analysis.plan.targets.length, analysis.findings));
  return analysis.findings.some((f) => f.severity === 'error') ? 1 : 0;
};
