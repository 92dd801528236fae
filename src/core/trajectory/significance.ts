import { gammaPInv, normalQuantile } from './gamma';
import { clean } from './rounding';

export type LimitsMethod = 'exact' | 'byar';

export interface PoissonLimits {
  count: number;
  lower: number;
  upper: number;
  confidence: number;
  method: LimitsMethod;
}

/** Above this count 'auto' uses Byar's approximation (agrees with the exact limits to about 0.1%). */
export const BYAR_FROM = 500;

function checkCount(x: number): void {
  if (!Number.isInteger(x) || x < 0) throw new RangeError(`Poisson limits need a whole count of zero or more (got ${x})`);
}

/** Limits already computed, by count and confidence: a Trajectories sheet asks for the same counts again and again. */
const exactCache = new Map<string, PoissonLimits>();

/** Exact (Garwood) limits: lower chi2(α/2, 2x) / 2, upper chi2(1 - α/2, 2x + 2) / 2. */
export function exactPoissonLimits(x: number, confidence = 0.95): PoissonLimits {
  checkCount(x);
  const key = `${x}|${confidence}`;
  const known = exactCache.get(key);
  if (known) return { ...known };
  const alpha = 1 - confidence;
  const limits: PoissonLimits = {
    count: x,
    lower: x === 0 ? 0 : gammaPInv(alpha / 2, x),
    upper: gammaPInv(1 - alpha / 2, x + 1),
    confidence,
    method: 'exact',
  };
  if (exactCache.size > 5000) exactCache.clear();
  exactCache.set(key, limits);
  return { ...limits };
}

/** Byar's approximation to the exact limits, for large counts. */
export function byarPoissonLimits(x: number, confidence = 0.95): PoissonLimits {
  checkCount(x);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const lower = x === 0 ? 0 : x * Math.pow(1 - 1 / (9 * x) - z / (3 * Math.sqrt(x)), 3);
  const y = x + 1;
  const upper = y * Math.pow(1 - 1 / (9 * y) + z / (3 * Math.sqrt(y)), 3);
  return { count: x, lower: Math.max(0, lower), upper, confidence, method: 'byar' };
}

export function poissonLimits(x: number, options: { confidence?: number; method?: LimitsMethod | 'auto' } = {}): PoissonLimits {
  const method = options.method ?? 'auto';
  const exact = method === 'exact' || (method === 'auto' && x <= BYAR_FROM);
  return exact ? exactPoissonLimits(x, options.confidence) : byarPoissonLimits(x, options.confidence);
}

export type ChangeDirection = 'fall' | 'rise' | 'none';

export interface Significance {
  /** True only when the expected count lies outside the confidence limits of the observed count. */
  significant: boolean;
  /** Direction of the observed change, whether or not it is significant. */
  change: ChangeDirection;
  /** The period's count. */
  count: number;
  /** The baseline count, scaled to the period's length. */
  expected: number;
  lower: number;
  upper: number;
  confidence: number;
  method: LimitsMethod;
  /** "Significant fall", "Significant rise" or "Not significant": never a bare percentage. */
  summary: string;
}

/**
 * Is a period's count significantly different from the baseline? The baseline is the
 * partnership's fixed reference, so this is the exact two-sided Poisson test of "the count
 * comes from a Poisson with the baseline's mean", done by inverting the limits: significant when
 * the baseline (scaled by `baselineShare` when the period is shorter than the baseline period,
 * e.g. 0.25 for a quarter against a year) lies outside the count's confidence limits.
 */
export function significanceOfChange(count: number, baselineCount: number, options: { confidence?: number; method?: LimitsMethod | 'auto'; baselineShare?: number } = {}): Significance {
  if (!(baselineCount >= 0)) throw new RangeError(`The baseline count must be zero or more (got ${baselineCount})`);
  const limits = poissonLimits(count, options);
  const expected = clean(baselineCount * (options.baselineShare ?? 1));
  const significant = expected < limits.lower || expected > limits.upper;
  const change: ChangeDirection = count < expected ? 'fall' : count > expected ? 'rise' : 'none';
  const summary = significant ? (change === 'fall' ? 'Significant fall' : 'Significant rise') : 'Not significant';
  return { significant, change, count, expected, lower: limits.lower, upper: limits.upper, confidence: limits.confidence, method: limits.method, summary };
}
