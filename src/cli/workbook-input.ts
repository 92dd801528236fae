import { Analysis, analyse } from '../core/app/analyse';
import { Grid, isEmptyWorkbook } from '../core/grid';
import { XlsxFileHost } from '../file/xlsx-host';
import { CliIO, UnusableInputError } from './io';

/**
 * Opens an input workbook (read-only) and reads its grids; an empty workbook is a one-line exit-2
 * error, with `hint` saying what the command wanted to find.
 */
export async function readWorkbook(file: string, io: CliIO, hint = ''): Promise<{ host: XlsxFileHost; grids: Grid[] }> {
  io.err(`Reading ${file}…`);
  // Our output-only sheets (Summary, Data sharing, Issues, ...) are not read: no command reads them back.
  const host = await XlsxFileHost.open(file, { skipOutputSheets: true });
  const grids = await host.readGrids();
  if (isEmptyWorkbook(grids)) throw new UnusableInputError(`${file}: the workbook is empty (no cells in any sheet)${hint}.`);
  return { host, grids };
}

/** Opens an input workbook and analyses it; unusable input becomes a one-line exit-2 error. */
export async function openAndAnalyse(file: string, io: CliIO): Promise<{ host: XlsxFileHost; analysis: Analysis }> {
  const { host, grids } = await readWorkbook(file, io, '; paste or type the action plan into a sheet and save it');
  // The input's file name can name the plan's topic ("ASB Action Plan 2023-24.xlsx").
  const analysis = analyse(grids, await host.generatedSheets(), { today: io.today, workbookName: host.workbookName() ?? undefined });
  const noPlan = analysis.findings.find((f) => f.code === 'no-plan-header');
  if (noPlan && analysis.structure.sheets.length === 0 && !hasOtherContent(analysis)) {
    throw new UnusableInputError(`${file}: ${noPlan.message}`);
  }
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  io.err(`Found ${n(analysis.plan.actions.length, 'action')}, ${n(analysis.plan.targets.length, 'target')} and ${n(analysis.findings.length, 'finding')}.`);
  return { host, analysis };
}

/** Targets or returns on their own are still a usable workbook, even with no action table. */
function hasOtherContent(analysis: Analysis): boolean {
  return analysis.plan.targets.length > 0;
}
