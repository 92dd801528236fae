/** The bundled sample, built: every part passes the ECMA-376 schemas and the rules Excel adds. */
import { mkdtempSync, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../../src/cli/main';
import { HAS_XMLLINT, packageProblems } from '../support/ooxml-validate';

const SAMPLE = path.resolve(__dirname, '..', '..', 'assets', 'sample', 'south-derbyshire-2005-06.xlsx');
const today = new Date(Date.UTC(2005, 10, 30));

(HAS_XMLLINT ? test : test.skip)(
  'the built sample passes the schemas and the Excel rules',
  async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'saferplan-ooxml-sample-'));
    const out = path.join(dir, 'built.xlsx');
    const err: string[] = [];
    expect(await runCli(['build', SAMPLE, '-o', out], { out: () => undefined, err: (x) => err.push(x), today })).toBe(0);
    expect(packageProblems(readFileSync(out), 'built sample')).toEqual([]);
    // Built again from its own output: still valid.
    const again = path.join(dir, 'again.xlsx');
    expect(await runCli(['build', out, '-o', again], { out: () => undefined, err: (x) => err.push(x), today })).toBe(0);
    expect(packageProblems(readFileSync(again), 'rebuilt sample')).toEqual([]);
  },
  120_000,
);
