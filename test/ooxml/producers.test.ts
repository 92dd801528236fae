/**
 * Workbooks that Excel did not write: a plan saved by openpyxl (what pandas' to_excel uses), by
 * xlsxwriter, and re-saved by LibreOffice. build, structure and import-police write outputs that
 * pass the ECMA-376 schemas and Excel's rules, keep every part they do not own byte for byte, and
 * LibreOffice opens them.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../../src/cli/main';
import { OpcPackage } from '../../src/file/opc-package';
import { HAS_XMLLINT, checkPackages } from '../support/ooxml-validate';
import { HAS_SOFFICE, libreofficeConvertAll } from '../support/libreoffice';
import { POLICE_UK } from '../support/shared';

const PYTHON = '/usr/bin/python3';
const hasPython = (mod: string) => existsSync(PYTHON) && spawnSync(PYTHON, ['-c', `import ${mod}`]).status === 0;
const READY = HAS_XMLLINT && hasPython('openpyxl') && hasPython('xlsxwriter');

const dir = mkdtempSync(path.join(os.tmpdir(), 'saferplan-producers-'));
const today = new Date(Date.UTC(2019, 5, 30));

const ROWS = [
  ['Anti-social Behaviour Action Plan 2019-20'],
  [],
  ['Ref', 'Action', 'Lead', 'Timescale', 'Measurement'],
  ['1.1', 'To establish a reporting hotline', 'Sue Haslett Police', 'March 2020', 'Hotline live'],
  ['1.2', 'Deliver diversionary activities in the summer holidays', 'Youth Service', 'September 2019', 'Ten sessions held'],
  ['1.3', 'Review CCTV coverage of the town centre', 'Dave Simmonds CDRP Team', 'Q3 2019/20', 'Review reported to the board'],
];
const TARGET_ROWS = [
  ['Criminal Damage - Strategic target to reduce criminal damage by 10% from 250 to 225 by 2020/21'],
  [],
  [null, '2018/19 Baseline', '2019/20', '2020/21 (Target)'],
  ['Crimes', 250, 238, 225],
];

const SCRIPT = `
import json, sys, openpyxl, xlsxwriter
rows, targets, out = json.loads(sys.argv[1]), json.loads(sys.argv[2]), sys.argv[3]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'ASB Plan'
for r in rows: ws.append(r)
t = wb.create_sheet('Targets')
for r in targets: t.append(r)
wb.save(out + '/openpyxl.xlsx')
book = xlsxwriter.Workbook(out + '/xlsxwriter.xlsx')
for name, data in (('ASB Plan', rows), ('Targets', targets)):
    sheet = book.add_worksheet(name)
    for i, r in enumerate(data):
        for j, v in enumerate(r):
            if v is not None: sheet.write(i, j, v)
book.close()
`;

const run = async (args: string[]) => {
  const err: string[] = [];
  const status = await runCli(args, { out: () => undefined, err: (x) => err.push(x), today });
  return { status, err: err.join('\n') };
};

(READY ? test : test.skip)(
  'openpyxl, xlsxwriter and LibreOffice-saved plans: every output is valid and keeps what it does not own',
  async () => {
    const py = spawnSync(PYTHON, ['-c', SCRIPT, JSON.stringify(ROWS), JSON.stringify(TARGET_ROWS), dir], { encoding: 'utf8' });
    expect(py.stderr).toBe('');
    const inputs = [path.join(dir, 'openpyxl.xlsx'), path.join(dir, 'xlsxwriter.xlsx')];
    if (HAS_SOFFICE) {
      // LibreOffice's own save of the openpyxl plan.
      const saved = libreofficeConvertAll([inputs[0]], 'xlsx', path.join(dir, 'lo')).get(inputs[0]);
      expect(saved).toBeDefined();
      inputs.push(saved!);
    }
    const csv = readdirSync(POLICE_UK)
      .filter((f) => f.endsWith('-street.csv'))
      .sort()
      .slice(0, 2)
      .map((f) => path.join(POLICE_UK, f));
    const outputs = new Map<string, Buffer>();
    for (const input of inputs) {
      const stem = `${path.basename(path.dirname(input))}-${path.basename(input, '.xlsx')}`;
      const jobs: [string, string[]][] = [
        ['build', ['build', input, '-o', path.join(dir, `${stem}-build.xlsx`)]],
        ['structure', ['structure', input, '-o', path.join(dir, `${stem}-structure.xlsx`)]],
        ['import-police', ['import-police', ...csv, '--into', input, '-o', path.join(dir, `${stem}-police.xlsx`)]],
      ];
      for (const [, args] of jobs) {
        const r = await run(args);
        expect({ args: args[0], input, ...r }).toMatchObject({ status: 0 });
        const out = args[args.indexOf('-o') + 1];
        outputs.set(out, readFileSync(out));
      }
      // Built again from its own output.
      const again = path.join(dir, `${stem}-again.xlsx`);
      expect((await run(['build', path.join(dir, `${stem}-build.xlsx`), '-o', again])).status).toBe(0);
      outputs.set(again, readFileSync(again));

      // Parts we do not own come out byte for byte.
      const before = OpcPackage.fromZip(readFileSync(input));
      const after = OpcPackage.fromZip(outputs.get(path.join(dir, `${stem}-build.xlsx`))!);
      const owned = /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/calcChain\.xml)$/;
      for (const part of before.names().filter((n) => !owned.test(n))) {
        expect({ part, same: after.readBytes(part)?.equals(before.readBytes(part)!) }).toEqual({ part, same: true });
      }
    }
    const reports = checkPackages(outputs);
    for (const [file, r] of reports) {
      expect({ file, problems: r.problems, schema: [...r.schemaErrors] }).toEqual({ file, problems: [], schema: [] });
    }
    if (HAS_SOFFICE) {
      const opened = libreofficeConvertAll([...outputs.keys()], 'csv', path.join(dir, 'csv'));
      expect([...opened].filter(([, out]) => out === undefined).map(([f]) => f)).toEqual([]);
    }
  },
  300_000,
);

(HAS_XMLLINT ? test : test.skip)('the checker finds what Excel would repair', async () => {
  const pkg = OpcPackage.fromZip(readFileSync(path.resolve(__dirname, '..', '..', 'assets', 'sample', 'south-derbyshire-2005-06.xlsx')));
  const wb = pkg.readText('xl/workbook.xml')!;
  pkg.write('xl/workbook.xml', wb.replace(/xmlns:r="[^"]*"/, ''));
  pkg.write('xl/media/image1.png', Buffer.from([1, 2, 3]));
  const sheet = pkg.readText('xl/worksheets/sheet1.xml')!;
  pkg.write('xl/worksheets/sheet1.xml', sheet.replace(/<row r="1"/, '<row r="1" ht="8025" customHeight="1"'));
  const file = path.join(dir, 'broken.xlsx');
  writeFileSync(file, await pkg.toZip());
  const r = checkPackages(new Map([['broken', readFileSync(file)]])).get('broken')!;
  const text = r.problems.join('\n');
  expect(text).toMatch(/xl\/workbook\.xml: not well-formed: .*[Nn]amespace prefix r/);
  expect(text).toMatch(/xl\/media\/image1\.png: no content type/);
  expect(text).toMatch(/a row 8025 pt high/);
});
