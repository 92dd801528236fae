import { parseArgs } from 'node:util';
import { Command, UsageError } from '../io';
import { isMethod, Method } from '../../core/trajectory/milestones';
import { isRounding, Rounding, clean } from '../../core/trajectory/rounding';
import { periodRange } from '../../core/trajectory/periods';
import { trajectoryFromLabels } from '../../core/trajectory/trajectory';
import { unitStep } from '../../core/trajectory/precision';

export const TRAJECTORY_USAGE =
  'usage: saferplan trajectory --baseline N --from PERIOD --to PERIOD (--target N | --change PCT) [--method linear|compound] [--rounding none|nearest|floor|ceil] [--json]';

const VALUE_OPTIONS = ['--baseline', '--from', '--to', '--target', '--change', '--method', '--rounding'];

/** "--change -16" would read as an option to parseArgs; join a negative number to its option. */
function joinNegativeValues(args: ReadonlyArray<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const next = args[i + 1];
    if (VALUE_OPTIONS.includes(a) && next !== undefined && /^[-\u2212]\s*[\d.]/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/** A plain number: "1140", "1,140", "-3.5"; null otherwise. */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/^\u2212/, '-');
  const plain = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) ? t.replace(/,/g, '') : t;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(plain)) return null;
  const n = Number(plain);
  return Number.isFinite(n) ? n : null;
}

/**
 * --change as a fraction of the baseline. All three spellings are accepted and mean the same:
 * "-16%", "-16" and "-0.16" are all a 16% reduction. The rule that keeps it unambiguous: with a
 * % sign it is a percentage; without one, a number of 1 or more in size is a percentage and a
 * number below 1 in size is a fraction. So "-0.5" is -50% and "-0.5%" is half a per cent.
 */
export function parseChange(text: string): number | null {
  const m = /^(.*?)\s*%$/.exec(text.trim());
  const n = parseNumber(m ? m[1] : text);
  if (n === null) return null;
  if (m || Math.abs(n) >= 1) return clean(n / 100);
  return n;
}

interface Request {
  baseline: number;
  target: number;
  from: string;
  to: string;
  method: Method;
  rounding: Rounding;
  json: boolean;
  /** True when the target came from --change (its decimals are then the percentage's, not the plan's). */
  fromChange: boolean;
}

function readRequest(args: string[]): Request | 'help' {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: joinNegativeValues(args),
      options: {
        baseline: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        target: { type: 'string' },
        change: { type: 'string' },
        method: { type: 'string' },
        rounding: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split('\n')[0]}`);
  }
  if (values.help) return 'help';
  const str = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const need = (k: string): string => {
    const v = str(k);
    if (v === undefined || v.trim() === '') throw new UsageError(`--${k} is required`);
    return v;
  };
  const baselineText = need('baseline');
  const baseline = parseNumber(baselineText);
  if (baseline === null) throw new UsageError(`--baseline must be a number, not "${baselineText}"`);
  const from = need('from');
  const to = need('to');
  const targetText = str('target');
  const changeText = str('change');
  if (targetText === undefined && changeText === undefined) throw new UsageError('give the target as --target N or --change PCT');
  if (targetText !== undefined && changeText !== undefined) throw new UsageError('give --target or --change, not both');
  let target: number;
  if (targetText !== undefined) {
    const t = parseNumber(targetText);
    if (t === null) throw new UsageError(`--target must be a number, not "${targetText}"`);
    target = t;
  } else {
    const c = parseChange(changeText as string);
    if (c === null) throw new UsageError(`--change must be a percentage such as -16%, -16 or -0.16, not "${changeText}"`);
    target = clean(baseline * (1 + c));
  }
  const method = str('method') ?? 'linear';
  if (!isMethod(method)) throw new UsageError(`--method must be linear or compound, not "${method}"`);
  const rounding = str('rounding') ?? 'none';
  if (!isRounding(rounding)) throw new UsageError(`--rounding must be none, nearest, floor or ceil, not "${rounding}"`);
  return { baseline, target, from, to, method, rounding, json: values.json === true, fromChange: changeText !== undefined };
}

function table(rows: { period: string; value: number }[], r: Request): string {
  const width = Math.max(6, ...rows.map((x) => x.period.length));
  const lines = [`Trajectory from ${r.baseline} in ${rows[0].period} to ${r.target} in ${rows[rows.length - 1].period}: ${r.method}, rounding ${r.rounding}`, `${'Period'.padEnd(width)}  Milestone`];
  rows.forEach((x, k) => {
    const note = k === 0 ? '  (baseline)' : k === rows.length - 1 ? '  (target)' : '';
    lines.push(`${x.period.padEnd(width)}  ${String(x.value).padStart(9)}${note}`);
  });
  return lines.join('\n');
}

/**
 * `saferplan trajectory`: one trajectory from the command line. Milestones are not rounded unless
 * --rounding says so; --method defaults to linear. Exit 0, or 2 with one line on stderr.
 */
export const trajectory: Command = async (args, io) => {
  try {
    const r = readRequest(args);
    if (r === 'help') {
      io.out(TRAJECTORY_USAGE);
      return 0;
    }
    const range = periodRange(r.from, r.to);
    if (!range.ok) throw new UsageError(range.reason === 'not-after' ? `--to ${r.to} is not after --from ${r.from}` : range.message);
    const labels = range.periods.map((p) => p.label);
    // Round to the precision the figures are given in (0.11 -> 0.08 rounds to 0.01).
    const step = unitStep(r.fromChange ? [r.baseline] : [r.baseline, r.target]);
    const milestones = trajectoryFromLabels(r.baseline, r.target, labels, { method: r.method, rounding: r.rounding, step }).map((m) => ({ period: m.period, value: clean(m.value) }));
    io.out(r.json ? JSON.stringify({ milestones }, null, 2) : table(milestones, r));
    return 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof RangeError) {
      io.err(`saferplan trajectory: ${e.message}`);
      return 2;
    }
    io.err(`saferplan trajectory: ${(e as Error).message ?? String(e)}`);
    return 2;
  }
};
