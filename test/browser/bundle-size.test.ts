import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import { checkManifest } from '../../src/workbench/tools/manifest-check';
import { iconFilesIn } from '../../src/workbench/tools/icon-files';
import { buildAddin, initialScripts } from './build';

/**
 * `npm run build`'s output: the pages, the manifest pointed at the production address, the icons,
 * and a task pane whose initial JavaScript stays under 300 KB gzip (ExcelJS and the export panel
 * load lazily).
 */
describe('production build', () => {
  let dir: string;
  beforeAll(() => {
    dir = buildAddin('https://saferplan.example.org/addin/');
  }, 180_000);

  it('has the task pane, the ribbon\u2019s function file, help, manifest and icons', () => {
    for (const f of ['taskpane.html', 'commands.html', 'help.html', 'manifest.xml', 'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png', 'assets/icon-128.png'])
      expect(existsSync(path.join(dir, f))).toBe(true);
    expect(readdirSync(dir).some((f) => f.startsWith('workbench'))).toBe(false);
    const html = readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
    expect(html).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  });

  it('writes the manifest for the production address, still complete', () => {
    const xml = readFileSync(path.join(dir, 'manifest.xml'), 'utf8');
    expect(xml).not.toContain('localhost');
    expect(xml).toContain('https://saferplan.example.org/addin/taskpane.html');
    expect(checkManifest(xml, { sizeOf: (p) => iconFilesIn(dir).sizeOf(p.replace(/^\/addin/, '')) })).toEqual([]);
  });

  it('loads under 300 KB of gzip JavaScript before the pane can be used', () => {
    const { files, gzipBytes } = initialScripts(dir, 'taskpane.html');
    console.log(`initial task pane JS: ${files.join(', ')}: ${(gzipBytes / 1024).toFixed(1)} KB gzip`);
    expect(files).toHaveLength(1);
    expect(gzipBytes).toBeLessThan(300 * 1024);
    expect(gzipBytes).toBeGreaterThan(10 * 1024); // a real bundle, not an empty page
    const lazy = readdirSync(dir).filter((f) => f.endsWith('.js') && !files.includes(f));
    expect(lazy.some((f) => f.startsWith('exceljs.'))).toBe(true);
  });
});
