/** The benchmark's figures as one row each, and as a plain-text table for people. */
export interface Row {
  name: string;
  host: string;
  workbook: 'plan' | 'indicators' | 'police';
  rows: number;
  ms: number | null;
  syncs: number | null;
  payloadBytes: number | null;
  maxRequestBytes: number | null;
  peakRssMB: number | null;
  writeRequests?: number;
  cells?: number;
  cellsPerSecond?: number;
  /** Street records counted a second (import-police and awk). */
  recordsPerSecond?: number;
  /** The ExcelJS case this command is compared with, and our time as a multiple of it. */
  exceljsFloor?: string;
  ratio?: number;
  error?: string;
}

const n = (x: number | null | undefined) => (x === null || x === undefined ? '' : x.toLocaleString('en-GB'));
const mb = (x: number | null | undefined) => (x === null || x === undefined ? '' : (x / 1024 / 1024).toFixed(2));

export function formatTable(rows: Row[]): string {
  const head = ['workbook', 'rows', 'host', 'command', 'ms', 'x floor', 'cells/s', 'records/s', 'syncs', 'write reqs', 'payload MB', 'max req MB', 'peak RSS MB'];
  const body = rows.map((r) => [
    r.workbook,
    n(r.rows),
    r.host,
    r.name,
    r.error ? `error: ${r.error}` : n(r.ms),
    r.ratio !== undefined ? `${r.ratio.toFixed(2)} (${r.exceljsFloor})` : '',
    n(r.cellsPerSecond),
    n(r.recordsPerSecond),
    n(r.syncs),
    n(r.writeRequests),
    mb(r.payloadBytes),
    mb(r.maxRequestBytes),
    n(r.peakRssMB),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i <= 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** Budget for one office.js request: Excel on the web refuses requests over 5 MB. */
const REQUEST_LIMIT = 5 * 1024 * 1024;

/**
 * Each goal of issue #17 beside what this run measured: on the largest plan and the largest street
 * import in the run. A goal with nothing measured for it (its cases left out) says so.
 */
export function formatGoals(rows: Row[]): string {
  const ok = (r: Row) => r.ms !== null && !r.error;
  const plans = rows.filter((r) => r.workbook === 'plan' && ok(r));
  const size = Math.max(0, ...plans.map((r) => r.rows));
  const at = (host: string, name: string, workbook: Row['workbook'] = 'plan', rowsAt = size) =>
    rows.find((r) => r.workbook === workbook && r.rows === rowsAt && r.host === host && r.name === name && ok(r));
  const police = rows.filter((r) => r.workbook === 'police' && ok(r));
  const streets = police.map((r) => r.rows);
  const [fewest, most] = [Math.min(...streets), Math.max(...streets)];
  const lines: [string, string, boolean | null][] = [];
  const ratioGoal = (goal: string, name: string, most: number) => {
    const r = at('file', name);
    lines.push([goal, r?.ratio !== undefined ? `${r.ratio.toFixed(2)}x (${n(r.ms)} ms)` : 'not measured', r?.ratio !== undefined ? r.ratio <= most : null]);
  };
  ratioGoal(`validate <= 1.0x ExcelJS read (${n(size)} actions)`, 'validate', 1);
  ratioGoal(`build <= 1.0x ExcelJS read + write (${n(size)} actions)`, 'build', 1);
  const core = at('core', 'analyse+build');
  lines.push([`core analyse + build >= 1M cells/s (${n(size)} actions)`, core ? `${n(core.cellsPerSecond)} cells/s` : 'not measured', core ? (core.cellsPerSecond ?? 0) >= 1_000_000 : null]);
  const peaks = ['structure', 'validate', 'build', 'export'].map((c) => at('file', c)).filter((r): r is Row => !!r);
  const peak = Math.max(0, ...peaks.map((r) => r.peakRssMB ?? 0));
  lines.push([
    `peak memory <= 500 MB, any command (${n(size)} actions, file host)`,
    peaks.length ? peaks.map((r) => `${r.name} ${n(r.peakRssMB)}`).join(', ') + ' MB' : 'not measured',
    peaks.length ? peak <= 500 : null,
  ]);
  const imp = at('file', 'import-police', 'police', most);
  lines.push([
    `import-police <= 3x awk (${streets.length ? `${n(most)} records` : 'street files'})`,
    imp?.ratio !== undefined ? `${imp.ratio.toFixed(2)}x (${n(imp.ms)} ms, ${n(imp.recordsPerSecond)} records/s)` : 'not measured',
    imp?.ratio !== undefined ? imp.ratio <= 3 : null,
  ]);
  const small = at('file', 'import-police', 'police', fewest);
  const flat = imp && small && most > fewest ? (imp.peakRssMB ?? 0) <= (small.peakRssMB ?? 0) * 1.25 : null;
  lines.push([
    'import-police memory flat in file size',
    imp && small && most > fewest ? `${n(small.peakRssMB)} MB at ${n(fewest)} records, ${n(imp.peakRssMB)} MB at ${n(most)}` : 'not measured (needs two --police sizes)',
    flat,
  ]);
  const pane = rows.filter((r) => r.host === 'office.js' && ok(r));
  const biggest = Math.max(0, ...pane.map((r) => r.maxRequestBytes ?? 0));
  lines.push(['task pane: every request under 5 MB', pane.length ? `largest ${mb(biggest)} MB` : 'not measured', pane.length ? biggest < REQUEST_LIMIT : null]);
  const sizes = [...new Set(pane.filter((r) => r.workbook === 'plan').map((r) => r.rows))].sort((a, b) => a - b);
  const syncs = (name: string) => sizes.map((k) => n(at('office.js', name, 'plan', k)?.syncs)).join(' / ');
  lines.push([
    `task pane round trips${sizes.length ? ` (${sizes.map(n).join(' / ')} actions)` : ''}`,
    pane.length
      ? `validate ${syncs('validate')}; build ${syncs('build')} (${sizes.map((k) => n(at('office.js', 'build', 'plan', k)?.writeRequests)).join(' / ')} of them write chunks)`
      : 'not measured',
    null,
  ]);
  const width = Math.max(...lines.map(([g]) => g.length));
  return ['Goals (issue #17)', ...lines.map(([g, m, met]) => `${g.padEnd(width)}  ${m}${met === null ? '' : met ? '  met' : '  NOT met'}`)].join('\n');
}
