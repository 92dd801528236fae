import { CliIO } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs one command line in this process with `today` fixed, and captures what it printed. */
export async function runCaptured(args: string[], today: Date): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t), today };
  const status = await runCli(args, io);
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}
