/**
 * `npm run validate`: checks manifest.xml offline (see manifest-check.ts), then has
 * office-addin-manifest parse it. `--online` also sends it to Microsoft's validation service,
 * which is what `office-addin-manifest validate` does and which needs the network.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { iconFilesIn } from './icon-files';
import { checkManifest } from './manifest-check';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--')) ?? 'manifest.xml';
  const root = path.dirname(path.resolve(file));
  const problems = checkManifest(readFileSync(file, 'utf8'), iconFilesIn(root));
  if (problems.length) {
    console.error(`${file}: ${problems.length} problem(s)`);
    for (const p of problems) console.error(`  - ${p}`);
    return 1;
  }
  const { OfficeAddinManifest, validateManifest } = await import('office-addin-manifest');
  const info = await OfficeAddinManifest.readManifestFile(file);
  console.log(`${file}: well-formed and complete (offline checks). ${info.displayName} ${info.version}, id ${info.id}, hosts ${info.hosts?.join(', ')}, ${info.permissions}.`);
  if (!args.includes('--online')) {
    console.log("Microsoft's validation service was not asked (it needs the network): run `npm run validate:online` for that.");
    return 0;
  }
  const result = await validateManifest(file);
  console.log(JSON.stringify(result.report ?? { status: result.status, statusText: result.statusText }, null, 2));
  return result.isValid ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
