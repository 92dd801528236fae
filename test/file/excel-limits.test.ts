/**
 * Excel's limits in what build writes: a 40,000-character action, Word's line break inside a
 * table cell, a literal _x000D_ and a stray control character. The output passes the schemas and
 * Excel's rules (rows at most 409 pt, cells at most 32,767 characters) with its text intact.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { OpcPackage } from '../../src/file/opc-package';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/main';
import { XlsxFileHost } from '../../src/file/xlsx-host';
import { cellText } from '../../src/core/grid';
import { HAS_XMLLINT, packageProblems } from '../support/ooxml-validate';

const dir = mkdtempSync(path.join(os.tmpdir(), 'saferplan-limits-'));

test('long, Word-pasted and escaped-looking text builds valid with its text intact', async () => {
  const long = 'Deliver the programme. '.repeat(1800).trim(); // about 41,000 characters
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  ws.addRows([
    ['Anti-social Behaviour Action Plan'],
    [],
    ['Ref', 'Action', 'Lead', 'Timescale', 'Measurement'],
    ['1.1', 'To establish@VT@an ASB hotline', 'Sue Haslett Police', 'March 2006', 'Hotline @LIT@ live'],
    ['1.2', long, 'Youth Service', 'September 2005', 'Ten@SOH@sessions held'],
  ]);
  const input = path.join(dir, 'plan.xlsx');
  // As Excel writes them: the control characters escaped as _xHHHH_, a literal _x000D_ with its underscore escaped.
  const pkg = OpcPackage.fromZip(Buffer.from(await wb.xlsx.writeBuffer()));
  const sst = pkg.readText('xl/sharedStrings.xml')!;
  pkg.write('xl/sharedStrings.xml', sst.replace('@VT@', '_x000B_').replace('@LIT@', '_x005F_x000D_').replace('@SOH@', '_x0001_'));
  writeFileSync(input, await pkg.toZip());
  const output = path.join(dir, 'built.xlsx');
  const err: string[] = [];
  expect(await runCli(['build', input, '-o', output], { out: () => undefined, err: (x) => err.push(x), today: new Date(Date.UTC(2005, 10, 30)) })).toBe(0);
  // The user's own 41,000-character cell is theirs (never changed); nothing we write adds a problem.
  if (HAS_XMLLINT) {
    const had = new Set(packageProblems(readFileSync(input), 'x'));
    expect(packageProblems(readFileSync(output), 'x').filter((p) => !had.has(p))).toEqual([]);
  }

  const grids = await (await XlsxFileHost.open(output)).readGrids();
  const texts = grids.filter((g) => g.sheet !== 'Plan').flatMap((g) => g.rows.flat().map((v) => (v === null || v === undefined ? '' : cellText(v))));
  expect(texts.some((t) => t.includes('To establish\nan ASB hotline'))).toBe(true);
  expect(texts.some((t) => t.includes('establishan'))).toBe(false);
  // Written as Excel writes a literal _x000D_ (its underscore escaped), so Excel shows it as typed,
  // and it reads back as typed (the grid reader decodes escapes in inline strings, as Excel does).
  expect(texts.some((t) => t.includes('Hotline _x000D_ live'))).toBe(true);
  expect(texts.some((t) => t.includes('_x005F_'))).toBe(false);
  expect(texts.some((t) => t.includes('Hotline \r live'))).toBe(false);
  expect(texts.some((t) => t.includes('Ten sessions held'))).toBe(true);
  expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(32_767);
  expect(texts.some((t) => t.startsWith('Deliver the programme.') && t.length === 32_767)).toBe(true);
}, 120_000);
