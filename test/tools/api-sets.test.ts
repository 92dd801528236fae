import path from 'path';
import ts from 'typescript';
import { FEATURE_SETS } from '../../src/excel/excel-api';
import { compareVersions, excelUses, isGuarded, manifestMinimum, parseApiSetTag } from '../../src/workbench/tools/api-sets';

/** A program over one in-memory file beside the real node_modules, so @types/office-js resolves. */
function usesOf(code: string) {
  const file = path.join(__dirname, 'virtual-api-use.ts');
  const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS, strict: true, noEmit: true, types: [] };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (f, v) => (path.resolve(f) === file ? ts.createSourceFile(f, code, v, true) : getSourceFile(f, v));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (f) => path.resolve(f) === file || fileExists(f);
  const program = ts.createProgram([file], options, host);
  return excelUses(program, [file], FEATURE_SETS).map((u) => ({ key: u.key, line: u.line, version: u.version, guardedTo: u.guardedTo, ok: compareVersions(u.version, '1.8') <= 0 || isGuarded(u) }));
}

const CODE = `/// <reference types="office-js" />
declare function supports(caps: unknown, feature: string): boolean;
type Caps = { isSetSupported(name: string, version: string): boolean };
export function unguarded(context: Excel.RequestContext) {
  context.workbook.worksheets.onChanged.add(async () => undefined);
}
export function guarded(context: Excel.RequestContext, caps: Caps) {
  if (!caps.isSetSupported('ExcelApi', '1.9')) return;
  context.workbook.worksheets.onChanged.add(async () => undefined);
}
export function tooLow(ws: Excel.Worksheet, caps: Caps) {
  if (caps.isSetSupported('ExcelApi', '1.7')) ws.getRange().getMergedAreasOrNullObject();
}
export function byFeature(ws: Excel.Worksheet, caps: Caps) {
  if (supports(caps, 'mergedAreas')) ws.getRange().getMergedAreasOrNullObject();
}
export function byHelper(ws: Excel.Worksheet, caps: Caps) {
  const has = (f: string) => supports(caps, f);
  return () => (has('cellProperties') ? ws.getRange().getCellProperties({}) : null);
}
export function readAndWrite(ws: Excel.Worksheet) {
  ws.visibility = 'Hidden';
  return ws.visibility;
}
`;

describe('the requirement-set check (npm run check:api-sets)', () => {
  it('reads sets from @types/office-js JSDoc, with separate reading and writing versions', () => {
    expect(parseApiSetTag('* [Api set: ExcelApi 1.9]')).toEqual({ get: '1.9', set: '1.9' });
    expect(parseApiSetTag('* [Api set: ExcelApi 1.1 for get, 1.8 for set]')).toEqual({ get: '1.1', set: '1.8' });
    expect(parseApiSetTag('* [Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]')).toEqual({ get: '1.1', set: '1.2' });
    expect(parseApiSetTag('* [Api set: ExcelApiOnline 1.1]')).toEqual({ get: '99.0', set: '99.0' });
    expect(parseApiSetTag('no tag')).toBeNull();
    expect(manifestMinimum('<Sets DefaultMinVersion="1.1"><Set Name="ExcelApi" MinVersion="1.8"/></Sets>')).toBe('1.8');
  });

  it('finds each Excel member used, its set, and whether a guard covers it', () => {
    const uses = usesOf(CODE);
    const at = (line: number, key: string) => uses.find((u) => u.line === line && u.key === key);
    expect(at(5, 'WorksheetCollection.onChanged')).toEqual({ key: 'WorksheetCollection.onChanged', line: 5, version: '1.9', guardedTo: null, ok: false });
    expect(at(9, 'WorksheetCollection.onChanged')).toMatchObject({ version: '1.9', guardedTo: '1.9', ok: true });
    expect(at(12, 'Range.getMergedAreasOrNullObject')).toMatchObject({ version: '1.13', guardedTo: '1.7', ok: false });
    expect(at(15, 'Range.getMergedAreasOrNullObject')).toMatchObject({ version: '1.13', guardedTo: '1.13', ok: true });
    expect(at(19, 'Range.getCellProperties')).toMatchObject({ version: '1.9', guardedTo: '1.9', ok: true });
    expect(at(22, 'Worksheet.visibility')).toMatchObject({ version: '1.2' });
    expect(at(23, 'Worksheet.visibility')).toMatchObject({ version: '1.1' });
    expect(at(5, 'RequestContext.workbook')).toMatchObject({ version: '1.1', ok: true });
    expect(uses.filter((u) => !u.ok).map((u) => `${u.line} ${u.key}`)).toEqual(['5 WorksheetCollection.onChanged', '12 Range.getMergedAreasOrNullObject']);
  });
});
