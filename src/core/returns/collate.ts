import { sheetRef } from '../grid';
import { BRAG_COLOURS } from '../plan';
import { DEFAULT_SHEET_NAMES, LinkValue, SheetSpec, SpecValue } from '../sheets/spec';
import { returnFigures } from './figures';
import { PartnerReturn, PriorityStatus } from './model';

/**
 * The collated `Returns` sheet: one row per agency x priority with its status and what is still
 * missing, and a link to the place in the return. Table `Returns`. Return-level gaps (the agency's
 * answer on how the partnership helped) get their own row, priority "Partner information".
 */

export const RETURNS_COLUMNS = ['Agency', 'Priority', 'Status', 'Missing', 'Where'] as const;
export const PARTNER_INFORMATION = 'Partner information';

const STATUS_COLOURS: Record<PriorityStatus, { fill: string; font: string }> = {
  complete: BRAG_COLOURS.green,
  incomplete: BRAG_COLOURS.amber,
  'not applicable': { fill: '#EDEDED', font: '#595959' },
};

/** A link inside this workbook; text naming the file when the return came from another one. */
function where(r: PartnerReturn, cell: string | null): SpecValue {
  const at = cell ?? r.cell;
  const text = `${r.sheet}!${at}`;
  if (r.file) return `${r.file}: ${text}`;
  const link: LinkValue = { text, target: sheetRef(r.sheet, at) };
  return link;
}

export function returnsSheetSpec(returns: readonly PartnerReturn[], options: { name?: string } = {}): SheetSpec {
  const figures = returnFigures(returns);
  const rows: SpecValue[][] = [];
  rows.push(['Partner returns']);
  rows.push([
    returns.length === 0
      ? 'No partner returns were found.'
      : `${figures.received} received: ${figures.completeReturns} complete, ${figures.received - figures.completeReturns} still to finish. ` +
        `Priorities: ${figures.priorities.complete} complete, ${figures.priorities.incomplete} incomplete, ${figures.priorities.notApplicable} not applicable.`,
  ]);
  rows.push([]);
  const header = rows.push([...RETURNS_COLUMNS]);
  for (const r of returns) {
    if (r.missing.length) rows.push([r.agency, PARTNER_INFORMATION, 'incomplete', r.missing.join('; '), where(r, r.assistance.cell)]);
    for (const p of r.priorities) rows.push([r.agency, p.priority, p.status, p.missing.join('; '), where(r, p.cell)]);
  }
  const last = Math.max(rows.length, header + 1);
  const body = `C${header + 1}:C${last}`;
  return {
    key: 'Returns',
    name: options.name ?? DEFAULT_SHEET_NAMES.Returns,
    rows,
    // No wrapping: hosts that do not grow rows would draw wrapped lines over the next row.
    columns: [{ width: 36 }, { width: 62 }, { width: 15 }, { width: 50 }, { width: 26 }],
    styles: [
      { range: 'A1', bold: true, fontSize: 14 },
      { range: 'A2', italic: true },
    ],
    tables: [{ name: 'Returns', range: `A${header}:E${last}`, style: 'TableStyleMedium2' }],
    conditionalFormats: (Object.keys(STATUS_COLOURS) as PriorityStatus[]).map((s) => ({
      range: body,
      rule: { type: 'textEquals' as const, text: s },
      fill: STATUS_COLOURS[s].fill,
      fontColor: STATUS_COLOURS[s].font,
    })),
    freeze: { rows: header, columns: 0 },
    print: { landscape: true, fitToWidth: true, titleRows: `${header}:${header}` },
  };
}
