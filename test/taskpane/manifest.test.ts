import { readFileSync } from 'fs';
import path from 'path';
import { checkManifest, rewriteManifestUrls } from '../../src/workbench/tools/manifest-check';
import { drawIcon, ICON_SIZES, iconFile } from '../../src/workbench/tools/make-icons';
import { encodePng, pngSize } from '../../src/workbench/tools/png';
import { iconFilesIn } from '../../src/workbench/tools/icon-files';
import { child, childrenNamed, descendants, parseXml } from '../../src/workbench/tools/xml';

const ROOT = path.join(__dirname, '..', '..');
const MANIFEST = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

describe('manifest.xml', () => {
  it('is well-formed and complete, with icons at the sizes Office asks for', () => {
    expect(checkManifest(MANIFEST, iconFilesIn(ROOT))).toEqual([]);
  });

  it('is what the add-in needs: its own GUID, Excel, read/write, ExcelApi 1.8, en-GB, a Home tab button', () => {
    const root = parseXml(MANIFEST);
    const text = (name: string) => child(root, name)?.text.trim();
    expect(text('Id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(childrenNamed(child(root, 'Hosts'), 'Host').map((h) => h.attributes.Name)).toEqual(['Workbook']);
    expect(text('Permissions')).toBe('ReadWriteDocument');
    expect(text('ProviderName')).toBe('SaferPlan');
    expect(text('DefaultLocale')).toBe('en-GB');
    expect(child(child(root, 'DefaultSettings'), 'SourceLocation')?.attributes.DefaultValue).toBe('https://localhost:3000/taskpane.html');
    expect(childrenNamed(child(child(root, 'Requirements'), 'Sets'), 'Set').map((s) => s.attributes)).toEqual([{ Name: 'ExcelApi', MinVersion: '1.8' }]);
    const tab = descendants(root).find((e) => e.name === 'OfficeTab');
    expect(tab?.attributes.id).toBe('TabHome');
    expect(descendants(tab!).some((e) => e.name === 'Action' && e.attributes['xsi:type'] === 'ShowTaskpane')).toBe(true);
  });

  it('catches what breaks sideloading', () => {
    expect(checkManifest(MANIFEST.replace('</Hosts>', ''))[0]).toMatch(/^Not well-formed XML/);
    expect(checkManifest(MANIFEST.replace('resid="Taskpane.Url"', 'resid="Nowhere.Url"'))).toContainEqual(expect.stringMatching(/Nowhere\.Url/));
    expect(checkManifest(MANIFEST.replace('https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', 'http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>'))).toContainEqual(
      expect.stringMatching(/must use https/),
    );
    expect(checkManifest(MANIFEST.replace('<Permissions>ReadWriteDocument</Permissions>', ''))).toContainEqual('<Permissions> is missing.');
    expect(checkManifest(MANIFEST.replace(/<Id>[^<]*<\/Id>/, '<Id>05c2e1c9-3e1d-406e-9a91-e9ac64854143</Id>'))).toContainEqual(expect.stringMatching(/template GUID/));
    const wrongIcon = checkManifest(MANIFEST.replace('assets/icon-80.png', 'assets/icon-64.png'), iconFilesIn(ROOT));
    expect(wrongIcon).toContainEqual(expect.stringMatching(/icon-64\.png is 64x64, Office asks for 80x80/));
  });

  it('points at the production address when built with one', () => {
    const prod = rewriteManifestUrls(MANIFEST, 'https://saferplan.example.org/addin');
    expect(prod).not.toContain('localhost');
    expect(prod).toContain('<SourceLocation DefaultValue="https://saferplan.example.org/addin/taskpane.html"/>');
    expect(prod).toContain('<AppDomain>https://saferplan.example.org</AppDomain>');
    expect(checkManifest(prod)).toEqual([]);
    expect(() => rewriteManifestUrls(MANIFEST, 'http://insecure.example.org/')).toThrow(/https/);
  });
});

describe('XML reader', () => {
  it('reads elements, attributes and entities, and refuses what is not well-formed', () => {
    const el = parseXml('<?xml version="1.0"?><!-- c --><a x="1 &amp; 2"><b>t&lt;</b><c/></a>');
    expect(el.attributes.x).toBe('1 & 2');
    expect(el.children.map((c) => c.name)).toEqual(['b', 'c']);
    expect(el.children[0].text).toBe('t<');
    for (const bad of ['<a><b></a></b>', '<a x=1/>', '<a x="1" x="2"/>', '<a>&nbsp;</a>', '<a/><b/>', '<a>', '<!-- a -- b --><a/>']) expect(() => parseXml(bad)).toThrow();
  });
});

describe('icons', () => {
  it('are committed at every size, and match what the generator draws', () => {
    for (const size of ICON_SIZES) {
      const file = readFileSync(path.join(ROOT, 'assets', iconFile(size)));
      expect(pngSize(file)).toEqual({ width: size, height: size });
      expect(file.equals(encodePng(size, size, drawIcon(size)))).toBe(true);
    }
  });

  it('have a transparent corner, an opaque blue body and a white tick', () => {
    const px = drawIcon(64);
    const at = (x: number, y: number) => Array.from(px.subarray((y * 64 + x) * 4, (y * 64 + x) * 4 + 4));
    expect(at(0, 0)[3]).toBe(0);
    expect(at(16, 16)).toEqual([15, 108, 189, 255]);
    const tickPoint = at(Math.round(0.45 * 64), Math.round(0.65 * 64) - 1);
    expect(tickPoint.slice(0, 3).every((c) => c > 200)).toBe(true);
  });
});
