/**
 * Property: grafting our sheets into packages of many shapes keeps the package valid. The shapes
 * vary the workbook part's prefixes (a prefixed SpreadsheetML root; `r:` declared on the root or
 * only on each <sheet>, under other names), Defaults against Overrides in [Content_Types].xml,
 * relative against absolute relationship targets, part names, and a prefixed styles part.
 */
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/main';
import { OpcPackage } from '../../src/file/opc-package';
import { HAS_XMLLINT, packageProblems } from '../support/ooxml-validate';

const dir = mkdtempSync(path.join(os.tmpdir(), 'saferplan-shapes-'));
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const OREL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = {
  wb: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  ws: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  st: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
};

interface Shape {
  mainPrefix: '' | 'x' | 'ss';
  relPrefix: 'r' | 'rel' | 'o';
  relOnRoot: boolean;
  relsDefault: boolean;
  xmlDefault: boolean;
  absoluteTargets: boolean;
  sheetPart: string;
  comment: boolean;
  /** styles.xml with SpreadsheetML prefixed (`<x:styleSheet xmlns:x=...>`), as openpyxl-like producers write it. */
  stylesPrefix: boolean;
}

const shape = fc.record<Shape>({
  // A prefixed workbook root (x:workbook) is not here: ExcelJS cannot read one (it answers 'damaged', one line).
  mainPrefix: fc.constant('' as const),
  // ExcelJS reads a sheet's relationship id only as r:id, so other names for that prefix are not here either.
  relPrefix: fc.constant('r' as const),
  relOnRoot: fc.boolean(),
  relsDefault: fc.boolean(),
  xmlDefault: fc.boolean(),
  absoluteTargets: fc.boolean(),
  // ExcelJS finds worksheets only as xl/worksheets/sheetN.xml, so part names vary within that.
  sheetPart: fc.constantFrom('xl/worksheets/sheet1.xml', 'xl/worksheets/sheet7.xml', 'xl/worksheets/sheet12.xml'),
  comment: fc.boolean(),
  stylesPrefix: fc.boolean(),
});

/** The same styles part with every SpreadsheetML element written x:-prefixed. */
function prefixStyles(styles: Buffer): Buffer {
  const xml = styles.toString('utf8');
  const prefixed = xml.replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s>/])/g, '<$1x:$2').replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);
  if (prefixed === xml || !prefixed.includes('<x:styleSheet')) throw new Error('the styles template did not take a prefix');
  return Buffer.from(prefixed);
}

let template: { sheet: Buffer; styles: Buffer } | undefined;

async function packageOf(s: Shape): Promise<Buffer> {
  if (!template) {
    const rows = [
      ['Ref', 'Action', 'Lead', 'Timescale'],
      ['1.1', 'To establish a reporting hotline', 'Sue Haslett Police', 'March 2006'],
      ['1.2', 'Review CCTV coverage', 'Dave Simmonds CDRP Team', 'September 2005'],
    ];
    const cells = rows.map((r, i) => `<row r="${i + 1}">${r.map((v, j) => `<c r="${'ABCD'[j]}${i + 1}" t="inlineStr"><is><t>${v}</t></is></c>`).join('')}</row>`).join('');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Plan');
    const p = OpcPackage.fromZip(Buffer.from(await wb.xlsx.writeBuffer()));
    template = { sheet: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${cells}</sheetData></worksheet>`), styles: p.readBytes('xl/styles.xml')! };
  }
  const q = (n: string) => (s.mainPrefix ? `${s.mainPrefix}:${n}` : n);
  const mainDecl = s.mainPrefix ? `xmlns:${s.mainPrefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const relDecl = `xmlns:${s.relPrefix}="${OREL}"`;
  const target = (part: string) => (s.absoluteTargets ? `/${part}` : part.replace(/^xl\//, ''));
  const pkg = new OpcPackage();
  const overrides = [
    ['/xl/workbook.xml', CT.wb],
    [`/${s.sheetPart}`, CT.ws],
    ['/xl/styles.xml', CT.st],
    ...(s.relsDefault
      ? []
      : [
          ['/_rels/.rels', CT.rels],
          ['/xl/_rels/workbook.xml.rels', CT.rels],
        ]),
  ];
  pkg.write(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      (s.relsDefault ? `<Default Extension="rels" ContentType="${CT.rels}"/>` : '') +
      (s.xmlDefault ? '<Default Extension="xml" ContentType="application/xml"/>' : '') +
      overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join('') +
      '</Types>',
  );
  pkg.write(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${OREL}/officeDocument" Target="${s.absoluteTargets ? '/xl/workbook.xml' : 'xl/workbook.xml'}"/></Relationships>`,
  );
  pkg.write(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?>${s.comment ? '<!-- <sheets></sheets> -->' : ''}<${q('workbook')} ${mainDecl}${s.relOnRoot ? ' ' + relDecl : ''}>` +
      `<${q('bookViews')}><${q('workbookView')} activeTab="0"/></${q('bookViews')}>` +
      `${s.comment ? '<?keep me?><!-- <definedNames/> -->' : ''}<${q('sheets')}><${q('sheet')} ${s.relOnRoot ? '' : relDecl + ' '}name="Plan" sheetId="1" ${s.relPrefix}:id="rId1"/></${q('sheets')}></${q('workbook')}>`,
  );
  pkg.write(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${OREL}/worksheet" Target="${target(s.sheetPart)}"/><Relationship Id="rId2" Type="${OREL}/styles" Target="${target('xl/styles.xml')}"/></Relationships>`,
  );
  pkg.write(s.sheetPart, template.sheet);
  pkg.write('xl/styles.xml', s.stylesPrefix ? prefixStyles(template.styles) : template.styles);
  return pkg.toZip();
}

(HAS_XMLLINT ? test : test.skip)(
  'grafting into generated package shapes keeps the package valid',
  async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(shape, async (s) => {
        const input = path.join(dir, `in${n}.xlsx`);
        const output = path.join(dir, `out${n++}.xlsx`);
        const bytes = await packageOf(s);
        writeFileSync(input, bytes);
        const err: string[] = [];
        const status = await runCli(['build', input, '-o', output], { out: () => undefined, err: (x) => err.push(x), today: new Date(Date.UTC(2005, 10, 30)) });
        if (status !== 0) throw new Error(`build answered ${status}: ${err.join(' | ')}`);
        expect(packageProblems(readFileSync(output), JSON.stringify(s))).toEqual([]);
        // The user's sheet is byte for byte what it was.
        expect(OpcPackage.fromZip(readFileSync(output)).readBytes(s.sheetPart)!.equals(template!.sheet)).toBe(true);
      }),
      { numRuns: 24, seed: 20261205 },
    );
  },
  240_000,
);
