import { parseArgs } from 'node:util';
import { structureOutput } from '../../core/app/specs';
import { Command, UsageError } from '../io';
import { openAndAnalyse } from '../workbook-input';
import { refuseOverwrite, writeOutput } from '../output';

/** saferplan structure IN.xlsx [-o OUT.xlsx] [--json] */
export const structure: Command = async (args, io) => {
  const { values, positionals } = parseArgs({ args, options: { output: { type: 'string', short: 'o' }, json: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('usage: saferplan structure IN.xlsx [-o OUT.xlsx] [--json]');
  if (values.output) await refuseOverwrite(positionals, values.output);
  const { host, analysis } = await openAndAnalyse(positionals[0], io);
  const out = structureOutput(analysis);
  // Cut text is reported only when there are sheets written that cut it.
  const findings = values.output ? out.findings : analysis.findings;
  if (values.output) {
    await host.writeSheets(out.specs);
    await writeOutput(host, values.output, io);
  }
  if (values.json) {
    io.out(JSON.stringify({ actions: analysis.plan.actions, targets: analysis.plan.targets, issues: findings }, null, 2));
  } else {
    io.out(summaryText(analysis.plan.actions.length, analysis.plan.targets.length, findings));
  }
  return 0;
};

export function summaryText(actions: number, targets: number, findings: { severity: string; sheet: string; cell: string | null; message: string }[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const lines = [`${actions} actions, ${targets} targets; ${errors} errors, ${warnings} warnings, ${findings.length - errors - warnings} notes.`];
  for (const f of findings.slice(0, 200)) lines.push(`${f.severity.toUpperCase().padEnd(7)} ${f.sheet}!${f.cell ?? '-'}  ${f.message}`);
  if (findings.length > 200) lines.push(`… and ${findings.length - 200} more (use --json for all).`);
  return lines.join('\n');
}
