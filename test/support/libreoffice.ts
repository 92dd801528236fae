import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'fs';
import { basename, join } from 'path';

export function onPath(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

export const HAS_SOFFICE = onPath('soffice');

/**
 * Converts with LibreOffice headless and a fresh user profile. soffice exits 0 even when it fails,
 * so the output file must exist and not be empty.
 */
export function libreofficeConvert(file: string, to: 'pdf' | 'xlsx' | 'csv', outDir: string): string {
  const profile = `/tmp/lo-saferplan-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  mkdirSync(outDir, { recursive: true });
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', outDir, file], { stdio: 'pipe', timeout: 180_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const out = join(outDir, basename(file).replace(/\.[^.]+$/, `.${to}`));
  if (!existsSync(out) || statSync(out).size === 0) throw new Error(`LibreOffice did not write ${out}`);
  return out;
}

/**
 * Converts many files in one LibreOffice run (one start-up, one fresh profile). Returns each input's
 * output path, or undefined where LibreOffice wrote nothing (it could not load that file).
 */
export function libreofficeConvertAll(files: readonly string[], to: 'pdf' | 'xlsx' | 'csv', outDir: string, timeoutMs = 600_000): Map<string, string | undefined> {
  const profile = `/tmp/lo-saferplan-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  mkdirSync(outDir, { recursive: true });
  try {
    spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', outDir, ...files], { stdio: 'pipe', timeout: timeoutMs });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return new Map(
    files.map((f) => {
      const out = join(outDir, basename(f).replace(/\.[^.]+$/, `.${to}`));
      return [f, existsSync(out) && statSync(out).size > 0 ? out : undefined];
    }),
  );
}

/** A profile setting that makes LibreOffice recalculate every formula of an .xlsx it loads (0 = always). */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Opens each .xlsx in LibreOffice headless, recalculates every formula (a fresh profile whose
 * OOXMLRecalcMode is "always") and saves it as .xlsx in `outDir`: one soffice run for all files.
 * Returns the output paths in order; throws when any is missing (soffice exits 0 on failure).
 */
export function libreofficeRecalculate(files: string[], outDir: string): string[] {
  const profile = `/tmp/lo-saferplan-recalc-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  mkdirSync(outDir, { recursive: true });
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, ...files], { stdio: 'pipe', timeout: 300_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return files.map((file) => {
    const out = join(outDir, basename(file));
    if (!existsSync(out) || statSync(out).size === 0) throw new Error(`LibreOffice did not write ${out}`);
    return out;
  });
}
