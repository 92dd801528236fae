import { Analysis, analyse } from '../core/app/analyse';
import { XlsxFileHost } from '../file/xlsx-host';
import { CliIO, UnusableInputError } from './io';

/** Opens an input workbook and analyses it; unusable input becomes a one-line exit-2 error. */
export async function openAndAnalyse(file: string, io: CliIO): Promise<{ host: XlsxFileHost; analysis: Analysis }> {
  io.err(`Reading ${file}…`);
  const host = await XlsxFileHost.open(file);
  const grids = await host.readGrids();
  if (grids.length === 0 || grids.every((g) => g.rows.length === 0)) {
    throw new UnusableInputError(`${file}: the workbook is empty (no cells in any sheet); paste or type the action plan into a sheet and save it.`);
  }
  const analysis = analyse(grids, await host.generatedSheets(), { today: io.today });
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
