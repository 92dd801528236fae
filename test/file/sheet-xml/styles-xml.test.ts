/**
 * Issue 11: the styles part is edited as namespace-aware XML. A part whose producer prefixed
 * SpreadsheetML (`<x:styleSheet xmlns:x=...>`) gets its new entries, and any collection it lacked,
 * in the same prefix; a part nothing is added to is returned byte for byte.
 */
import { mergeCellStyles, mergeDxfs } from '../../../src/file/sheet-xml/styles-xml';
import { childElements, parseXml } from '../../../src/file/xml/dom';
import { execFileSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { HAS_XMLLINT, SCHEMA } from '../../support/ooxml-validate';

/** xmllint's answer for one part against the ECMA-376 schemas: '' when it is valid. */
function schemaErrors(xml: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'saferplan-styles-')), 'styles.xml');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, file], { stdio: 'pipe' });
    return '';
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  }
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PREFIXED =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- written by another producer -->` +
  `<x:styleSheet xmlns:x="${MAIN}">` +
  '<x:fonts count="1"><x:font><x:sz val="10"/><x:name val="Arial"/></x:font></x:fonts>' +
  '<x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>' +
  '<x:borders count="1"><x:border><x:left/><x:right/><x:top/><x:bottom/><x:diagonal/></x:border></x:borders>' +
  '<x:cellStyleXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellStyleXfs>' +
  '<x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></x:cellXfs>' +
  '<x:cellStyles count="1"><x:cellStyle name="Normal" xfId="0" builtinId="0"/></x:cellStyles>' +
  '</x:styleSheet>';

const styles = [{}, { bold: true, fill: '#1F4E78', fontColor: '#FFFFFF', wrap: true }, { numberFormat: '0.0%' }, { border: 'thin' as const, vertical: 'top' as const }];

test('a prefixed styles part gets prefixed entries, new collections in schema order, and the counts right', () => {
  const { xml, xfIds } = mergeCellStyles(PREFIXED, styles);
  expect(xfIds).toEqual([0, 1, 2, 3]);
  const root = parseXml(xml, 'styles.xml').documentElement!;
  // Every element is SpreadsheetML's, written with the part's own prefix; no default namespace crept in.
  expect(xml).not.toMatch(/<(?!x:|\/x:|\?|!)/);
  expect(xml).not.toContain(`xmlns="${MAIN}"`);
  expect(xml).toContain('<!-- written by another producer -->');
  const names = childElements(root).map((e) => e.localName);
  expect(names).toEqual(['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles']);
  for (const el of childElements(root)) {
    expect(el.prefix).toBe('x');
    if (el.hasAttribute('count')) expect(Number(el.getAttribute('count'))).toBe(childElements(el).length);
  }
  const fonts = childElements(childElements(root).find((e) => e.localName === 'fonts')!);
  // The new font keeps the workbook's face and size.
  expect(fonts).toHaveLength(2);
  expect(fonts[1].toString()).toMatch(/<x:name val="Arial"\/>/);
  expect(fonts[1].toString()).toMatch(/<x:sz val="10"\/>/);
  if (HAS_XMLLINT) expect(schemaErrors(xml)).toBe('');

  // Merging the same styles again reuses every entry and leaves the part byte for byte.
  const again = mergeCellStyles(xml, styles);
  expect(again.xfIds).toEqual(xfIds);
  expect(again.xml).toBe(xml);
});

test('conditional formats looks go into a prefixed part too, and are reused', () => {
  const dxf = '<dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>';
  const first = mergeDxfs(PREFIXED, [dxf, dxf]);
  expect(first.ids).toEqual([0, 0]);
  expect(first.xml).toMatch(/<x:dxfs count="1"><x:dxf><x:font><x:color rgb="FF9C0006"\/><\/x:font>/);
  // dxfs follows cellStyles, as CT_Stylesheet orders them.
  expect(first.xml.indexOf('<x:dxfs')).toBeGreaterThan(first.xml.indexOf('</x:cellStyles>'));
  expect(mergeDxfs(first.xml, [dxf])).toEqual({ xml: first.xml, ids: [0] });
});
