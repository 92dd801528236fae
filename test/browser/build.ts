import { spawnSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { gzipSync } from 'zlib';

export const ROOT = path.join(__dirname, '..', '..');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');

function webpackBuild(out: string, env: string[], expect: string): string {
  const args = [path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production', ...env.flatMap((e) => ['--env', e]), '--env', `out=${out}`, '--env', 'quiet'];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0 || !existsSync(path.join(out, expect))) throw new Error(`webpack failed:\n${r.stdout}\n${r.stderr}`);
  return out;
}

/**
 * A production build of the task pane and the workbench (webpack's filesystem cache makes a
 * rebuild take seconds). The same build the add-in ships, plus workbench.html.
 */
export function buildWorkbench(): string {
  return webpackBuild(path.join(ARTIFACTS, 'build-workbench'), ['workbench'], 'workbench.html');
}

/** Exactly what `npm run build` makes (into a test folder, with a production URL). */
export function buildAddin(url: string): string {
  return webpackBuild(path.join(ARTIFACTS, 'build-addin'), [`url=${url}`], 'taskpane.html');
}

/** The scripts a page loads before anything else (its <script src> tags), and their gzip size. */
export function initialScripts(dir: string, page: string): { files: string[]; gzipBytes: number } {
  const html = readFileSync(path.join(dir, page), 'utf8');
  const files = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  const gzipBytes = files.reduce((n, f) => n + gzipSync(readFileSync(path.join(dir, f)), { level: 9 }).length, 0);
  return { files, gzipBytes };
}
