#!/usr/bin/env node
import { CliIO, Command, UnusableInputError, UsageError } from './io';

/**
 * Exit statuses. 0, 1 and 2 are the plan's outcomes (model.md): ok, errors found, unusable input or
 * bad arguments. A fault of ours is none of those, so it gets a status of its own (70, EX_SOFTWARE in
 * sysexits.h) and a line asking for a report, and scripts can tell "your file" from "our bug".
 */
export const EXIT = { ok: 0, findings: 1, unusable: 2, internal: 70 } as const;

const REPORT = 'This is a fault in SaferPlan, not in your file. Please report it with the command you ran and the output of the same command with --debug.';

/** Commands load lazily (`trajectory` does not pay for ExcelJS); require, so the installed bin's CommonJS loader finds them. */
const COMMANDS: Record<string, { run: () => Promise<Command>; usage: string }> = {
  structure: { run: async () => (require('./commands/structure') as typeof import('./commands/structure')).structure, usage: 'structure IN.xlsx [-o OUT.xlsx] [--json]' },
  validate: { run: async () => (require('./commands/validate') as typeof import('./commands/validate')).validate, usage: 'validate IN.xlsx [--json]' },
  trajectory: {
    run: async () => (require('./commands/trajectory') as typeof import('./commands/trajectory')).trajectory,
    usage: 'trajectory --baseline N --from P --to P (--target N | --change PCT) [--method linear|compound] [--rounding none|nearest|floor|ceil] [--json]',
  },
  build: { run: async () => (require('./commands/build') as typeof import('./commands/build')).build, usage: 'build IN.xlsx -o OUT.xlsx [--personal] [--json]' },
  export: {
    run: async () => (require('./commands/export') as typeof import('./commands/export')).exportCommand,
    usage: 'export IN.xlsx -o OUT.csv|OUT.xlsx [--depersonalise] [--suppress-below N] [--round-nhs]',
  },
  collate: { run: async () => (require('./commands/collate') as typeof import('./commands/collate')).collateCommand, usage: 'collate FILE.csv|FILE.xlsx... -o OUT.csv|OUT.xlsx' },
  'import-police': { run: async () => (require('./commands/import-police') as typeof import('./commands/import-police')).importPolice, usage: 'import-police CSV... --into IN.xlsx -o OUT.xlsx' },
  returns: { run: async () => (require('./commands/returns') as typeof import('./commands/returns')).returns, usage: 'returns IN.xlsx... [--json]' },
  'returns-template': {
    run: async () => (require('./commands/returns-template') as typeof import('./commands/returns-template')).returnsTemplate,
    usage: 'returns-template IN.xlsx -o OUT.xlsx (--agency NAME | --priority NAME|all ...)',
  },
};

export function usage(): string {
  return ['usage: saferplan COMMAND ...', '', ...Object.values(COMMANDS).map((c) => `  saferplan ${c.usage}`)].join('\n');
}

/** Runs one command line; returns the exit status. Never lets a stack trace reach the user. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  // --debug may stand anywhere; it shows the stack of an internal error and is no command's option.
  const debug = argv.includes('--debug') || !!process.env.SAFERPLAN_DEBUG;
  const [name, ...rest] = argv.filter((a) => a !== '--debug');
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io.err(`saferplan: unknown command "${name}".\n${usage()}`);
    return 2;
  }
  try {
    return await (
      await cmd.run()
    )(rest, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof UnusableInputError) {
      io.err(`saferplan ${name}: ${e.message}`);
      return 2;
    }
    const code = (e as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      io.err(`saferplan ${name}: ${(e as Error).message}\nusage: saferplan ${cmd.usage}`);
      return 2;
    }
    io.err(`saferplan ${name}: internal error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n${REPORT}`);
    if (debug) io.err(String((e as Error).stack ?? e));
    return EXIT.internal;
  }
}

/** "Today" is the real date unless SAFERPLAN_TODAY=YYYY-MM-DD fixes it (tests, reproducible demos). */
export function todayFromEnv(): Date {
  const fixed = process.env.SAFERPLAN_TODAY;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return new Date(`${fixed}T00:00:00Z`);
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

/** The process entry: real stdout/stderr, exit status set, nothing thrown. */
export function main(argv: string[]): void {
  const io: CliIO = {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
    today: todayFromEnv(),
    todayFixed: !!process.env.SAFERPLAN_TODAY && /^\d{4}-\d{2}-\d{2}$/.test(process.env.SAFERPLAN_TODAY),
  };
  runCli(argv, io).then(
    (status) => {
      process.exitCode = status;
    },
    (e) => {
      process.stderr.write(`saferplan: internal error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n${REPORT}\n`);
      process.exitCode = EXIT.internal;
    },
  );
}

if (require.main === module) main(process.argv.slice(2));
