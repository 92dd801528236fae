/**
 * The README's first command ends here: builds the bundled sample workbook (Safer South
 * Derbyshire Partnership, 2005-06) into out/demo/, exports the uniform format beside it, and prints
 * where. "Today" is fixed at 30/11/2005, part-way through the plan's year, so overdue and due-soon
 * read as they would have then.
 */
import path from 'path';
import { promises as fs } from 'fs';
import { runCli } from './main';
import { CliIO } from './io';

const ROOT = path.join(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'assets', 'sample', 'south-derbyshire-2005-06.xlsx');
const OUT = path.join(ROOT, 'out', 'demo');

async function demo(): Promise<number> {
  await fs.mkdir(OUT, { recursive: true });
  const today = new Date(Date.UTC(2005, 10, 30));
  const quiet: CliIO = { out: () => undefined, err: (t) => process.stderr.write(`  ${t}\n`), today, todayFixed: true };
  const built = path.join(OUT, 'south-derbyshire-2005-06-built.xlsx');
  const csv = path.join(OUT, 'south-derbyshire-2005-06-uniform-depersonalised.csv');
  process.stderr.write(`SaferPlan demo: building ${path.relative(ROOT, SAMPLE)} as at 30/11/2005\n`);
  let status = await runCli(['build', SAMPLE, '-o', built], { ...quiet, out: (t) => process.stderr.write(`${t.split('\n')[0]}\n`) });
  if (status !== 0) return status;
  status = await runCli(['export', SAMPLE, '-o', csv, '--depersonalise'], quiet);
  if (status !== 0) return status;
  process.stdout.write(`${built}\n${csv}\n`);
  return 0;
}

demo().then(
  (s) => (process.exitCode = s),
  (e) => {
    process.stderr.write(`demo failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
