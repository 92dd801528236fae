/** The benchmark's figures as one row each, and as a plain-text table for people. */
export interface Row {
  name: string;
  host: string;
  workbook: 'plan' | 'indicators';
  rows: number;
  ms: number | null;
  syncs: number | null;
  payloadBytes: number | null;
  maxRequestBytes: number | null;
  peakRssMB: number | null;
  writeRequests?: number;
  cells?: number;
  cellsPerSecond?: number;
  /** The ExcelJS case this command is compared with, and our time as a multiple of it. */
  exceljsFloor?: string;
  ratio?: number;
  error?: string;
}

const n = (x: number | null | undefined) => (x === null || x === undefined ? '' : x.toLocaleString('en-GB'));
const mb = (x: number | null | undefined) => (x === null || x === undefined ? '' : (x / 1024 / 1024).toFixed(2));

export function formatTable(rows: Row[]): string {
  const head = ['workbook', 'rows', 'host', 'command', 'ms', 'x ExcelJS', 'cells/s', 'syncs', 'write reqs', 'payload MB', 'max req MB', 'peak RSS MB'];
  const body = rows.map((r) => [
    r.workbook,
    n(r.rows),
    r.host,
    r.name,
    r.error ? `error: ${r.error}` : n(r.ms),
    r.ratio !== undefined ? `${r.ratio.toFixed(2)} (${r.exceljsFloor})` : '',
    n(r.cellsPerSecond),
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
