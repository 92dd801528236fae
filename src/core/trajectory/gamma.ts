/**
 * Gamma-function numerics for exact Poisson limits, without dependencies.
 * Exact Poisson limits come from chi-square quantiles, chi2(p, 2k) / 2 = gammaInv(p, k), so we
 * only need the regularised incomplete gamma P(a, x) and its inverse (after Numerical Recipes,
 * 3rd ed., 6.2: series / continued fraction, and Halley refinement of an initial guess).
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7). */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const EPS = 1e-15;
const MAX_ITER = 100000;

function seriesP(a: number, x: number): number {
  let ap = a;
  let del = 1 / a;
  let sum = del;
  for (let i = 0; i < MAX_ITER; i++) {
    ap += 1;
    del *= x / ap;
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * EPS) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - lnGamma(a));
}

function continuedFractionQ(a: number, x: number): number {
  const FPMIN = 1e-300;
  let b = x + 1 - a;
  let c = 1 / FPMIN;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITER; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = b + an / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.exp(-x + a * Math.log(x) - lnGamma(a)) * h;
}

/** Regularised lower incomplete gamma P(a, x) = γ(a, x) / Γ(a). */
export function gammaP(a: number, x: number): number {
  if (!(a > 0)) throw new RangeError('gammaP needs a > 0');
  if (x <= 0) return 0;
  return x < a + 1 ? seriesP(a, x) : 1 - continuedFractionQ(a, x);
}

/** x such that P(a, x) = p. */
export function gammaPInv(p: number, a: number): number {
  if (!(a > 0)) throw new RangeError('gammaPInv needs a > 0');
  if (p <= 0) return 0;
  if (p >= 1) return Infinity;
  const a1 = a - 1;
  const gln = lnGamma(a);
  let x: number;
  let lna1 = 0;
  let afac = 0;
  if (a > 1) {
    lna1 = Math.log(a1);
    afac = Math.exp(a1 * (lna1 - 1) - gln);
    const pp = p < 0.5 ? p : 1 - p;
    const t0 = Math.sqrt(-2 * Math.log(pp));
    let z = (2.30753 + t0 * 0.27061) / (1 + t0 * (0.99229 + t0 * 0.04481)) - t0;
    if (p < 0.5) z = -z;
    x = Math.max(1e-3, a * Math.pow(1 - 1 / (9 * a) - z / (3 * Math.sqrt(a)), 3));
  } else {
    const t0 = 1 - a * (0.253 + a * 0.12);
    x = p < t0 ? Math.pow(p / t0, 1 / a) : 1 - Math.log(1 - (p - t0) / (1 - t0));
  }
  for (let j = 0; j < 100; j++) {
    if (x <= 0) return 0;
    const err = gammaP(a, x) - p;
    const density = a > 1 ? afac * Math.exp(-(x - a1) + a1 * (Math.log(x) - lna1)) : Math.exp(-x + a1 * Math.log(x) - gln);
    const u = err / density;
    const t = u / (1 - 0.5 * Math.min(1, u * ((a - 1) / x - 1)));
    x -= t;
    if (x <= 0) x = 0.5 * (x + t);
    if (Math.abs(t) < 1e-12 * x) break;
  }
  return x;
}

/** Chi-square quantile with df degrees of freedom. */
export function chiSquareQuantile(p: number, df: number): number {
  return 2 * gammaPInv(p, df / 2);
}

/** Standard normal quantile (Acklam's rational approximation, refined once by Halley's method). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError('normalQuantile needs 0 < p < 1');
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const pLow = 0.02425;
  let x: number;
  if (p < pLow) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (p <= 1 - pLow) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  const e = 0.5 * erfc(-x / Math.SQRT2) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

/** Complementary error function via the regularised gamma: erfc(x) = 1 - sign(x) P(1/2, x^2). */
export function erfc(x: number): number {
  const p = gammaP(0.5, x * x);
  return x >= 0 ? 1 - p : 1 + p;
}
