import { CellValue, Grid, isCellError, isoDate, rangeA1, sheetRef } from '../../core/grid';
import { GeneratedKey, markName } from '../../core/sheets/spec';
import { recordOf } from '../../core/sheets/ownership';
import type { FakeCellJson, FakeWorkbookJson } from '../../excel/fake';

/** A cell for the in-memory Excel's JSON: dates as { date }, errors as { error }. */
export function cellJson(v: CellValue): FakeCellJson {
  if (v instanceof Date) {
    const timeOfDay = v.getTime() % 86_400_000 !== 0;
    return { date: timeOfDay ? v.toISOString() : isoDate(v) };
  }
  if (isCellError(v)) return { error: v.error };
  return v;
}

/**
 * A workbook read by the .xlsx host, as the JSON FakeExcel.fromJson takes: what the workbench
 * sends to the page. Our sheets keep their SaferPlan mark, so a second build replaces them.
 */
export function workbookJson(name: string, grids: readonly Grid[], generated: Partial<Record<GeneratedKey, string>>): FakeWorkbookJson {
  return {
    name,
    sheets: grids.map((g) => ({
      name: g.sheet,
      rows: g.rows.map((row) => row.map((v) => cellJson(v ?? null))),
      merges: g.merges.map(rangeA1),
      ...(g.hidden ? { visibility: 'Hidden' as const } : {}),
    })),
    // The .xlsx host has checked these sheets are ours; their marks carry the record of what they hold.
    names: (Object.entries(generated) as [GeneratedKey, string][]).map(([key, sheet]) => ({
      name: markName(key),
      ref: sheetRef(sheet, '$A$1'),
      comment: recordOf(key, grids.find((g) => g.sheet === sheet)?.rows[0] ?? []),
    })),
  };
}
