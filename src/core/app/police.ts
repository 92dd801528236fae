import type { WorkbookHost } from '../host/workbook-host';
import { isEmptyWorkbook } from '../grid';
import { listWords } from '../words';
import { Finding, finding } from '../plan';
import { CombinedCounts, crimeTypesByTarget, mergePoliceCounts, policeDataSheetSpec, readCrimeTypeMapping, readPoliceDataSheet, withEarlierMonths } from '../police';
import { generatedSheetName } from '../sheets/naming';
import { progressSheetSpec, readProgress, recogniseTargets, targetsSheetSpec } from '../targets';
import type { CommandOptions, CommandResult } from './commands';

/**
 * A workbook police counts cannot go into (an empty one). A workbook without targets, or with none
 * a crime type measures, still gets its Police data sheet.
 * The message is a sentence about "the workbook"; the command line puts the file's name before it.
 */
export class PoliceImportError extends Error {
  override name = 'PoliceImportError';
}

export type PoliceImportResult = CommandResult & {
  /** What was imported, for a terminal or the task pane: the months and rows, then each target and its crime types. */
  lines: string[];
};

function step(o: CommandOptions, fraction: number, message: string): void {
  o.signal?.throwIfAborted();
  o.onProgress?.(fraction, message);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * data.police.uk counts (already read and combined) onto the Police data sheet (always: type x
 * month, quarter and financial-year totals, earlier months kept) and into the Progress sheet, against
 * the count targets their crime types measure: months, then the targets' own periods. The
 * workbook's Crime type mapping table decides which types feed which target, else the indicator's
 * words do. Targets and Progress are rewritten in place; actuals people typed are kept. Host
 * agnostic: the command line runs it on an .xlsx, the task pane on Excel.
 */
export async function importPoliceCounts(host: WorkbookHost, combined: CombinedCounts, o: CommandOptions): Promise<PoliceImportResult> {
  step(o, 0, 'Reading the workbook');
  const grids = await host.readGrids({ signal: o.signal });
  if (isEmptyWorkbook(grids)) throw new PoliceImportError('the workbook is empty.');
  const previous = await host.generatedSheets();

  step(o, 0.3, 'Matching crime types to targets');
  // Months imported before stay on the Police data sheet; this import's months replace theirs.
  const earlierSheet = previous.PoliceData ? grids.find((g) => g.sheet === previous.PoliceData) : undefined;
  const all = withEarlierMonths(combined.counts, readPoliceDataSheet(earlierSheet));
  const recognised = recogniseTargets(grids);
  const mapping = readCrimeTypeMapping(grids);
  const { byTarget, findings: mappingFindings } = recognised.targets.length ? crimeTypesByTarget(recognised.targets, mapping) : { byTarget: new Map<string, string[]>(), findings: [] as Finding[] };
  const matched = byTarget.size > 0;
  const merged = matched ? mergePoliceCounts(recognised.targets, readProgress(grids), combined, byTarget) : { rows: [], findings: [] as Finding[], updated: 0 };

  step(o, 0.5, matched ? 'Writing Police data, Targets and Progress' : 'Writing Police data');
  const name = (key: 'Targets' | 'Progress' | 'PoliceData') => generatedSheetName(key, grids, previous[key]);
  // The counts are written whether or not a target matches: an analyst wants them anyway.
  const specs = [policeDataSheetSpec(all, { name: name('PoliceData') })];
  if (matched)
    specs.push(targetsSheetSpec(recognised.targets, { name: name('Targets'), settings: recognised.settings }), progressSheetSpec(recognised.targets, merged.rows, { name: name('Progress') }));
  await host.writeSheets(specs, { signal: o.signal, onProgress: (f, m) => o.onProgress?.(0.5 + 0.5 * f, m) });
  const written = specs.map((s) => s.name);

  const months = [...combined.counts.keys()].sort();
  const unmatched =
    recognised.targets.length === 0
      ? 'no targets were found, so no Progress rows were written (add a Targets table, or a captioned target, to put the counts against one)'
      : matched
        ? null
        : `no target is measured by a police crime type${mapping ? ' in its Crime type mapping table' : ''}, so no Progress rows were written (add a sheet "Crime type mapping" with columns Crime type and Indicator)`;
  const findings: Finding[] = [...combined.findings, ...mappingFindings, ...merged.findings];
  if (unmatched) findings.push(finding('info', 'police-no-target', name('PoliceData'), null, `The counts are on the ${name('PoliceData')} sheet; ${unmatched}.`));
  const lines = [
    `${plural(months.length, 'month')} of police data (${months[0] ?? '-'} to ${months[months.length - 1] ?? '-'}; ${combined.forces.join(', ') || 'no records'}); ${plural(merged.updated, 'Progress row')} written.`,
    ...recognised.targets.filter((t) => byTarget.has(t.id)).map((t) => `  ${t.id} ${t.indicator} <- ${byTarget.get(t.id)!.join(', ')}${mapping ? '' : ' (default mapping)'}`),
  ];
  return {
    // Only the targets are read for an import; actions are left to Structure and Validate.
    plan: { partnership: null, title: null, actions: [], targets: recognised.targets, findings },
    findings,
    written,
    summary: `${lines[0]} Wrote ${listWords(written)}.`,
    lines,
  };
}
