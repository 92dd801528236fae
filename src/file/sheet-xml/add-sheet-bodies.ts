/**
 * Fills generated sheets in a package. The file host has ExcelJS write each generated sheet as a
 * frame (columns, views, validations, conditional formats, print setup) with no cells; here the
 * cells, their styles, row heights and tables are written into those frames directly from the
 * sheet specs. ExcelJS would build an object per cell and work each one's style out again, which
 * made a 100k-action build take a minute and 4 GB.
 */
import type { OpcPackage } from '../opc-package';
import type { SheetSpec } from '../../core/sheets/spec';
import { addOverride, CONTENT_TYPE } from '../charts/content-types';
import { nextNumberedPart, relativeTarget, relsPathFor } from '../charts/part-paths';
import { addRelationship, REL_TYPE } from '../charts/relationships';
import { readText, sheetPartByName, stylesPart, worksheetParts } from '../charts/workbook-sheets';
import { rootChildren } from '../charts/xml-children';
import { attr, localName, rootStartTag } from '../charts/xml-text';
import { CellStyleRegistry, styleGrid } from './cell-styles';
import { sheetBody, tablePartXml } from './sheet-body';
import { mergeCellStyles } from './styles-xml';

export interface SheetToFill {
  sheetName: string;
  spec: SheetSpec;
}

const CONTENT_TYPES = '[Content_Types].xml';

/** Table ids and names already in the package: new tables take fresh ones. */
function existingTables(pkg: OpcPackage): { maxId: number; names: Set<string> } {
  let maxId = 0;
  const names = new Set<string>();
  for (const name of pkg.names()) {
    if (!/^xl\/tables\/[^/]+\.xml$/i.test(name)) continue;
    const tag = rootStartTag(readText(pkg, name) ?? '<table/>').tag;
    maxId = Math.max(maxId, Number(attr(tag, 'id')) || 0);
    const n = attr(tag, 'name');
    if (n) names.add(n.toLowerCase());
  }
  return { maxId, names };
}

/** The frame with its cells, dimension and table parts put in, in schema order. */
function fillFrame(frame: string, sheetData: readonly Buffer[], dimension: string, tableRelIds: string[]): Buffer {
  const root = rootChildren(frame);
  const data = root.children.find((c) => localName(c.name) === 'sheetData');
  if (!data) throw new Error('Generated sheet frame has no <sheetData>');
  if (root.name.includes(':')) throw new Error('Generated sheet frame uses a prefixed namespace');
  const dim = root.children.find((c) => localName(c.name) === 'dimension');
  const extLst = root.children.find((c) => localName(c.name) === 'extLst');
  const tableParts = tableRelIds.length ? `<tableParts count="${tableRelIds.length}">${tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>` : '';
  let head = frame.slice(0, data.start);
  if (dim) head = frame.slice(0, dim.start) + `<dimension ref="${dimension}"/>` + frame.slice(dim.end, data.start);
  const tablesAt = extLst ? extLst.start : root.closeStart;
  const tail = frame.slice(data.end, tablesAt) + tableParts + frame.slice(tablesAt);
  // One copy of the sheet's bytes: the body's blocks go straight into the part.
  return Buffer.concat([Buffer.from(head, 'utf8'), ...sheetData, Buffer.from(tail, 'utf8')]);
}

/** Write every sheet's cells, styles and tables into its (empty) frame in the package. */
export function addSheetBodies(zip: OpcPackage, sheets: readonly SheetToFill[], options: { date1904: boolean }): void {
  if (sheets.length === 0) return;
  const parts = worksheetParts(zip);
  const registry = new CellStyleRegistry();
  const grids = sheets.map((s) => styleGrid(s.spec, registry));

  const stylesPath = stylesPart(zip);
  const stylesXml = readText(zip, stylesPath);
  if (stylesXml === undefined) throw new Error(`Styles part ${stylesPath} is missing`);
  const merged = mergeCellStyles(stylesXml, registry.styles);
  zip.write(stylesPath, merged.xml);

  let contentTypes = readText(zip, CONTENT_TYPES);
  if (contentTypes === undefined) throw new Error('Not an .xlsx package: [Content_Types].xml is missing');
  const tables = existingTables(zip);
  let tableId = tables.maxId;

  for (let i = 0; i < sheets.length; i++) {
    const s = sheets[i];
    const sheetPart = sheetPartByName(parts, s.sheetName, 'write a generated sheet');
    const frame = readText(zip, sheetPart);
    if (frame === undefined) throw new Error(`Worksheet part ${sheetPart} is missing`);
    const body = sheetBody(s.spec, grids[i], merged.xfIds, options.date1904);
    const relIds: string[] = [];
    let rels = readText(zip, relsPathFor(sheetPart));
    for (const t of body.tables) {
      if (tables.names.has(t.name.toLowerCase())) {
        throw new Error(`Cannot write sheet '${s.sheetName}': the workbook already has a table named '${t.name}'. Rename that table and build again.`);
      }
      tables.names.add(t.name.toLowerCase());
      const tablePart = nextNumberedPart(zip.names(), 'xl/tables', 'table');
      zip.write(tablePart, tablePartXml(t, ++tableId));
      contentTypes = addOverride(contentTypes, tablePart, CONTENT_TYPE.table);
      const added = addRelationship(rels, REL_TYPE.table, relativeTarget(sheetPart, tablePart));
      rels = added.xml;
      relIds.push(added.id);
    }
    if (rels !== undefined && relIds.length) zip.write(relsPathFor(sheetPart), rels);
    zip.write(sheetPart, fillFrame(frame, body.sheetData, body.dimension, relIds));
  }
  zip.write(CONTENT_TYPES, contentTypes);
}
