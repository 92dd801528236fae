import { parseArgs } from 'node:util';
import { Finding } from '../../core/plan';
import { PartnerReturn, readReturns, returnJson } from '../../core/returns';
import { CliIO, Command, UnusableInputError, UsageError } from '../io';
import { readWorkbook } from '../workbook-input';

const USAGE = 'usage: saferplan returns IN.xlsx... [--json]';

/**
 * saferplan returns IN.xlsx... [--json]: reads the partner returns in each workbook (seed 002's
 * proformas or our template), judges each priority and prints them; `--json` prints exactly
 * `{ "returns": [...] }` of model.md. Exit 2 when a file cannot be read or none holds a return.
 */
export const returns: Command = async (args, io) => {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length === 0) throw new UsageError(USAGE);
  const all: PartnerReturn[] = [];
  const findings: Finding[] = [];
  for (const file of positionals) {
    const read = await readFile(file, io);
    all.push(...read.returns);
    findings.push(...read.findings);
  }
  if (all.length === 0) {
    throw new UnusableInputError(
      `${positionals.join(', ')}: no partner return found; a return needs a "PRIORITY FEEDBACK TEMPLATE" title or an AGENCY row, followed by Priority sections (make one with saferplan returns-template).`,
    );
  }
  if (values.json) io.out(JSON.stringify({ returns: all.map(returnJson) }, null, 2));
  else io.out(returnsText(all, findings));
  return 0;
};

async function readFile(file: string, io: CliIO): Promise<{ returns: PartnerReturn[]; findings: Finding[] }> {
  const { grids } = await readWorkbook(file, io);
  const read = readReturns(grids);
  for (const r of read.returns) r.file = file;
  const complete = read.returns.filter((r) => r.complete).length;
  io.err(`${file}: ${read.returns.length} return${read.returns.length === 1 ? '' : 's'}, ${complete} complete.`);
  return read;
}

/** The human-readable result: each return, each priority's status and what is missing, then the findings. */
export function returnsText(all: readonly PartnerReturn[], findings: readonly Finding[]): string {
  const lines: string[] = [];
  const complete = all.filter((r) => r.complete).length;
  lines.push(`${all.length} return${all.length === 1 ? '' : 's'}: ${complete} complete, ${all.length - complete} incomplete.`);
  for (const r of all) {
    const where = `${r.file ? `${r.file}, ` : ''}${r.sheet}!${r.cell}`;
    lines.push('');
    lines.push(`${r.agency} (${where}): ${r.complete ? 'complete' : 'incomplete'}`);
    if (r.missing.length) lines.push(`  ${'incomplete'.padEnd(15)} Partner information: missing ${r.missing.join(', ')}`);
    for (const p of r.priorities) {
      lines.push(`  ${p.status.padEnd(15)} ${p.priority}${p.missing.length ? `: missing ${p.missing.join(', ')}` : ''}`);
    }
  }
  const shown = findings.filter((f) => f.severity !== 'info');
  if (shown.length) {
    lines.push('');
    for (const f of shown.slice(0, 200)) lines.push(`${f.severity.toUpperCase().padEnd(7)} ${f.sheet}!${f.cell ?? '-'}  ${f.message}`);
    if (shown.length > 200) lines.push(`… and ${shown.length - 200} more.`);
  }
  const notes = findings.length - shown.length;
  if (notes) lines.push(`${notes} note${notes === 1 ? '' : 's'} about template words left beside answers or in boxes that need none.`);
  return lines.join('\n');
}
