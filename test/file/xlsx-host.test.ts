import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { XlsxFileHost } from '../../src/file/xlsx-host';
import { SheetSpec } from '../../src/core/sheets/spec';
import { isCellError } from '../../src/core/grid';

async function tmpdir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'saferplan-host-'));
}

async function userWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  ws.getCell('A1').value = 'Title over two columns';
  ws.mergeCells('A1:B1');
  ws.getCell('A2').value = { richText: [{ text: 'Rich ', font: { bold: true } }, { text: 'text' }] };
  ws.getCell('B2').value = new Date(Date.UTC(2006, 2, 31));
  ws.getCell('C2').value = { error: '#REF!' } as unknown as ExcelJS.CellValue;
  ws.getCell('D2').value = { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue;
  ws.getCell('E2').value = { text: 'a link', hyperlink: 'https://example.org' };
  ws.getCell('A4').value = 'Line one\nLine two';
  await wb.xlsx.writeFile(file);
}

function spec(key: SheetSpec['key'], name: string, n: number): SheetSpec {
  const rows: SheetSpec['rows'] = [['Ref', 'Status', 'Due']];
  for (let i = 1; i <= n; i++) rows.push([`A${i}`, 'On track', new Date(Date.UTC(2026, 0, i))]);
  return {
    key,
    name,
    rows,
    columns: [{ width: 8 }, { width: 12 }, { width: 12, numberFormat: 'dd/mm/yyyy' }],
    tables: [{ name: key, range: `A1:C${n + 1}` }],
    validations: [{ range: `B2:B${n + 1}`, type: 'list', values: ['On track', 'Complete'], allowBlank: true }],
    conditionalFormats: [{ range: `B2:B${n + 1}`, rule: { type: 'textEquals', text: 'Complete' }, fill: '#BDD7EE' }],
    freeze: { rows: 1, columns: 1 },
  };
}

describe('XlsxFileHost', () => {
  test('reads every cell as the engine expects: merges, dates, rich text, errors, formulas, links', async () => {
    const dir = await tmpdir();
    const file = path.join(dir, 'in.xlsx');
    await userWorkbook(file);
    const host = await XlsxFileHost.open(file);
    const [g] = await host.readGrids();
    expect(g.sheet).toBe('Plan');
    expect(g.generated).toBe(false);
    expect(g.rows[0][0]).toBe('Title over two columns');
    expect(g.rows[0][1] ?? null).toBeNull(); // covered by the merge
    expect(g.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
    expect(g.rows[1][0]).toBe('Rich text');
    expect(g.rows[1][1]).toEqual(new Date(Date.UTC(2006, 2, 31)));
    expect(isCellError(g.rows[1][2])).toBe(true);
    expect(g.rows[1][3]).toBe(2);
    expect(g.rows[1][4]).toBe('a link');
    expect(g.rows[3][0]).toBe('Line one\nLine two');
  });

  test('writes generated sheets after the user sheet, marked, and regenerates them in place', async () => {
    const dir = await tmpdir();
    const input = path.join(dir, 'in.xlsx');
    await userWorkbook(input);
    const before = await fs.readFile(input);
    const host = await XlsxFileHost.open(input);
    await host.writeSheets([spec('Actions', 'Actions', 3), spec('Issues', 'Issues', 2)]);
    const once = path.join(dir, 'once.xlsx');
    await host.save(once);
    expect(await fs.readFile(input)).toEqual(before); // the input is never written

    const again = await XlsxFileHost.open(once);
    expect(await again.generatedSheets()).toEqual({ Actions: 'Actions', Issues: 'Issues' });
    const grids = await again.readGrids();
    expect(grids.map((g) => [g.sheet, g.generated])).toEqual([
      ['Plan', false],
      ['Actions', true],
      ['Issues', true],
    ]);
    await again.writeSheets([spec('Actions', 'Actions', 5)]);
    const twice = path.join(dir, 'twice.xlsx');
    await again.save(twice);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(twice);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Plan', 'Actions', 'Issues']);
    const actions = wb.getWorksheet('Actions')!;
    expect(actions.rowCount).toBe(6);
    expect(Object.keys((actions as unknown as { tables: Record<string, unknown> }).tables)).toEqual(['Actions']);
    expect(actions.getCell('C2').numFmt).toBe('dd/mm/yyyy');
    expect(wb.getWorksheet('Plan')!.getCell('A1').value).toBe('Title over two columns');
  });

  test('never overwrites a sheet it did not make, nor the input file', async () => {
    const dir = await tmpdir();
    const input = path.join(dir, 'in.xlsx');
    await userWorkbook(input);
    const host = await XlsxFileHost.open(input);
    await expect(host.writeSheets([spec('Actions', 'Plan', 1)])).rejects.toThrow(/not one SaferPlan generated/);
    await expect(host.save(input)).rejects.toThrow(/Refusing to overwrite the input/);
  });

  test('unusable files get one clear sentence', async () => {
    const dir = await tmpdir();
    const text = path.join(dir, 'notes.xlsx');
    await fs.writeFile(text, 'just some text');
    await expect(XlsxFileHost.open(text)).rejects.toThrow(/not an \.xlsx workbook/);
    const ole = path.join(dir, 'locked.xlsx');
    await fs.writeFile(ole, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    await expect(XlsxFileHost.open(ole)).rejects.toThrow(/password-protected/);
    const empty = path.join(dir, 'empty.xlsx');
    await fs.writeFile(empty, '');
    await expect(XlsxFileHost.open(empty)).rejects.toThrow(/empty/);
    const good = path.join(dir, 'good.xlsx');
    await userWorkbook(good);
    const truncated = path.join(dir, 'truncated.xlsx');
    await fs.writeFile(truncated, (await fs.readFile(good)).subarray(0, 200));
    await expect(XlsxFileHost.open(truncated)).rejects.toThrow(/damaged or truncated/);
    await expect(XlsxFileHost.open(path.join(dir, 'missing.xlsx'))).rejects.toThrow(/no such file/);
  });
});

test('reading grids twice gives the same grids: the cells ExcelJS lets go while the engine works are read again', async () => {
  const dir = await tmpdir();
  const file = path.join(dir, 'twice.xlsx');
  await userWorkbook(file);
  const host = await XlsxFileHost.open(file);
  const first = await host.readGrids();
  expect(await host.readGrids()).toEqual(first);
  await host.writeSheets([spec('Actions', 'Actions', 3)]);
  const after = await host.readGrids();
  expect(after.find((g) => g.sheet === 'Plan')).toEqual(first.find((g) => g.sheet === 'Plan'));
  expect(after.find((g) => g.sheet === 'Actions')?.rows[1]).toEqual(['A1', 'On track', new Date(Date.UTC(2026, 0, 1))]);
});
