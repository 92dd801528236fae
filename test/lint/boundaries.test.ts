/**
 * The layer boundaries (architecture.md) are enforced by eslint.config.mjs. These cases lint
 * in-memory snippets as if they lived at a path in src/, so a config change that stops reporting a
 * forbidden import fails here rather than silently. ESLint loads its ESM config through import(),
 * which jest's module runtime does not support, so the snippets are linted by ESLint's Node API in
 * one child process.
 */
import { spawnSync } from 'child_process';
import path from 'path';

interface Case {
  file: string;
  code: string;
}

const ROOT = path.resolve(__dirname, '../..');

const LINT = `
import { ESLint } from 'eslint';
const cases = JSON.parse(await new Response(process.stdin).text());
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const c of cases) {
  const [r] = await eslint.lintText(c.code, { filePath: c.file });
  out.push(r.messages.map((m) => m.ruleId ?? 'fatal: ' + m.message));
}
process.stdout.write(JSON.stringify(out));
`;

/** The rules each snippet broke, in order: one ESLint start for all of them. */
function lint(cases: Case[]): string[][] {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', LINT], { cwd: ROOT, input: JSON.stringify(cases), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`eslint failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as string[][];
}

const use = (from: string) => `import * as m from '${from}';\nexport const x = m;\n`;
const runExcel = 'export async function f(): Promise<void> {\n  await Excel.run(async (context) => context.sync());\n}\n';

// [where the file is, what it does, the rule that must report it]
const forbidden: [string, string, string][] = [
  ['src/core/plan/probe.ts', use('../../file/xlsx-host'), 'no-restricted-imports'],
  ['src/core/plan/probe.ts', use('../../excel'), 'no-restricted-imports'],
  ['src/core/probe.ts', use('../cli/main'), 'no-restricted-imports'],
  ['src/core/app/probe.ts', use('../../taskpane/ui/Pane'), 'no-restricted-imports'],
  ['src/core/share/probe.ts', use('../../workbench/load'), 'no-restricted-imports'],
  ['src/core/share/probe.ts', use('fs'), 'no-restricted-imports'],
  ['src/core/share/probe.ts', use('node:path'), 'no-restricted-imports'],
  ['src/core/share/probe.ts', use('zlib'), 'no-restricted-imports'],
  ['src/core/share/probe.ts', use('child_process'), 'no-restricted-imports'],
  ['src/core/share/probe.ts', 'export const d = document.title;\n', 'no-restricted-globals'],
  ['src/file/probe.ts', use('../cli/io'), 'no-restricted-imports'],
  ['src/file/sheet-xml/probe.ts', use('../../taskpane/ui/Pane'), 'no-restricted-imports'],
  ['src/excel/probe.ts', use('../workbench/load'), 'no-restricted-imports'],
  ['src/excel/write/probe.ts', use('../../cli/main'), 'no-restricted-imports'],
  ['src/taskpane/ui/probe.ts', use('../../excel'), 'no-restricted-imports'],
  ['src/taskpane/ui/probe.ts', use('../../excel/host-error'), 'no-restricted-imports'],
  ['src/taskpane/probe.ts', use('../excel/fake'), 'no-restricted-imports'],
  ['src/taskpane/ui/probe.ts', runExcel, 'no-restricted-globals'],
  ['src/taskpane/connector/probe.ts', use('../../cli/main'), 'no-restricted-imports'],
  ['src/cli/probe.ts', use('../taskpane/ui/Pane'), 'no-restricted-imports'],
  ['src/cli/commands/probe.ts', use('../../excel'), 'no-restricted-imports'],
  ['src/cli/probe.ts', use('../workbench/load'), 'no-restricted-imports'],
];

const allowed: [string, string][] = [
  ['src/core/share/probe.ts', use('../plan/action')],
  ['src/core/grid/probe.ts', use('./excel-text')],
  ['src/file/probe.ts', use('../core/app/commands')],
  ['src/file/probe.ts', use('fs')],
  ['src/excel/write/probe.ts', use('../../core/sheets/spec')],
  ['src/taskpane/connector/probe.ts', use('../../excel')],
  ['src/taskpane/connector/probe.ts', runExcel],
  ['src/taskpane/ui/probe.ts', use('../connector/connector')],
  ['src/taskpane/ui/probe.ts', use('../../core/app/commands')],
  ['src/taskpane/ui/probe.ts', 'export let r: Excel.Range | undefined;\n'],
  ['src/cli/probe.ts', use('../file')],
  ['src/cli/probe.ts', use('fs')],
  ['src/workbench/probe.ts', use('../excel/fake')],
];

describe('the linter enforces the layers', () => {
  const results = lint([...forbidden, ...allowed].map(([file, code]) => ({ file, code })));

  test.each(forbidden.map(([file, code, rule], i) => [file, code.split('\n')[0], rule, i] as const))('%s: %s is reported by %s', (_file, _line, rule, i) => {
    expect(results[i]).toContain(rule);
  });

  test.each(allowed.map(([file, code], i) => [file, code.split('\n')[0], forbidden.length + i] as const))('%s: %s is allowed', (_file, _line, i) => {
    expect(results[i]).toEqual([]);
  });
});
