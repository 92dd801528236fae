/**
 * `npm run check:api-sets`: lists every `Excel.*` member the office.js host (src/excel, without
 * its in-memory Excel) and the task pane (src/taskpane) use, with the ExcelApi requirement set
 * @types/office-js gives it, and fails when a use needs more than manifest.xml's minimum and no
 * guard checks for it. The guard rule is `excelUses`'s (api-sets.ts): a function enclosing the
 * use calls `isSetSupported('ExcelApi', V)`, `supports(caps, feature)` or a named helper that
 * delegates to supports, for a set at least the use's.
 *
 *   npm run check:api-sets            failures only, and a one-line summary
 *   npm run check:api-sets -- --list  every member used, its set, and where
 */
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import ts from 'typescript';
import { FEATURE_SETS } from '../../excel/excel-api';
import { compareVersions, excelUses, ExcelUse, isGuarded, manifestMinimum } from './api-sets';

const ROOT = path.join(__dirname, '..', '..', '..');

function sources(dir: string, skip: (p: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (skip(p)) return [];
    if (e.isDirectory()) return sources(p, skip);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The host's and the pane's uses, checked against the manifest's minimum. */
export function checkApiSets(root = ROOT): { minimum: string; uses: ExcelUse[]; failures: ExcelUse[] } {
  const fake = path.join(root, 'src', 'excel', 'fake');
  const files = [...sources(path.join(root, 'src', 'excel'), (p) => p === fake), ...sources(path.join(root, 'src', 'taskpane'), () => false)];
  const config = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  const minimum = manifestMinimum(readFileSync(path.join(root, 'manifest.xml'), 'utf8'));
  const uses = excelUses(program, files, FEATURE_SETS);
  const failures = uses.filter((u) => compareVersions(u.version, minimum) > 0 && !isGuarded(u));
  return { minimum, uses, failures };
}

function main(): number {
  const { minimum, uses, failures } = checkApiSets();
  if (process.argv.includes('--list')) {
    const byKey = new Map<string, ExcelUse[]>();
    for (const u of uses) byKey.set(`${u.key} (ExcelApi ${u.version})`, [...(byKey.get(`${u.key} (ExcelApi ${u.version})`) ?? []), u]);
    for (const [k, us] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) console.log(`${k}: ${us.map((u) => `${u.file}:${u.line}${u.guardedTo ? ` [guard ${u.guardedTo}]` : ''}`).join(', ')}`);
  }
  const members = new Set(uses.map((u) => u.key)).size;
  const above = uses.filter((u) => compareVersions(u.version, minimum) > 0);
  for (const u of failures) {
    console.error(
      `${u.file}:${u.line}: ${u.key} needs ExcelApi ${u.version}, above the manifest's ${minimum}, and ${u.guardedTo ? `its guard checks only ${u.guardedTo}` : 'nothing checks for it'} (isSetSupported or supports() in an enclosing function).`,
    );
  }
  console.log(`${members} Excel members in ${uses.length} uses; ${above.length} need more than ExcelApi ${minimum}, ${above.length - failures.length} of them guarded; ${failures.length} unguarded.`);
  return failures.length ? 1 : 0;
}

if (require.main === module) process.exitCode = main();
