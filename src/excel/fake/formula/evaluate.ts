/**
 * The in-memory Excel's formula evaluator: enough of Excel to compute the live cells SaferPlan
 * writes, so host tests can compare computed figures with cached ones. The subset:
 * - references: A1 and $A$1 on the cell's own sheet, ranges A1:B2, structured Table[Column];
 * - operators: + - * / ^ & = <> < <= > >=, unary minus, parentheses, element-wise over ranges;
 * - functions: COUNTIFS (criteria with = <> < <= > >= and the wildcards * ? ~), COUNTA, SUM,
 *   SUMPRODUCT, ISNUMBER, IF, OR, AND, INT, ABS, MAX, SQRT, TODAY, GAMMA.INV, HYPERLINK.
 * Anything else is an error value (#NAME?), never a guess.
 */
import { columnNumber } from '../../../core/grid';
import { gammaPInv } from '../../../core/trajectory/gamma';
import { cellKey, SheetModel, WorkbookModel } from '../model';

type Scalar = number | string | boolean | null | { error: string };
type Value = Scalar | Scalar[][];

const err = (e: string): Scalar => ({ error: e });
const isErr = (v: unknown): v is { error: string } => typeof v === 'object' && v !== null && !Array.isArray(v) && 'error' in (v as object);

type Token = { t: 'num'; v: number } | { t: 'str'; v: string } | { t: 'op'; v: string } | { t: 'name'; v: string } | { t: 'ref'; v: string } | { t: 'struct'; table: string; column: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === ' ') i++;
    else if (ch === '"') {
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new Error('unterminated string');
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else s += src[i++];
      }
      out.push({ t: 'str', v: s });
    } else if (/[0-9.]/.test(ch)) {
      const m = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i))!;
      out.push({ t: 'num', v: Number(m[0]) });
      i += m[0].length;
    } else if (/[<>]/.test(ch) && /[=>]/.test(src[i + 1] ?? '') && !(ch === '>' && src[i + 1] === '>')) {
      out.push({ t: 'op', v: src.slice(i, i + 2) });
      i += 2;
    } else if ('+-*/^&=<>(),:'.includes(ch)) {
      out.push({ t: 'op', v: ch });
      i++;
    } else {
      const m = /^(\$?[A-Za-z]{1,3}\$?\d+)(?![A-Za-z0-9_.([])/.exec(src.slice(i));
      if (m) {
        out.push({ t: 'ref', v: m[1].replace(/\$/g, '').toUpperCase() });
        i += m[0].length;
        continue;
      }
      const s = /^([A-Za-z_][A-Za-z0-9_.]*)\[([^\]]*)\]/.exec(src.slice(i));
      if (s) {
        out.push({ t: 'struct', table: s[1], column: s[2] });
        i += s[0].length;
        continue;
      }
      const n = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i));
      if (!n) throw new Error(`unexpected ${ch}`);
      out.push({ t: 'name', v: n[0].toUpperCase().replace(/^_XLFN\./, '') });
      i += n[0].length;
    }
  }
  return out;
}

type Node =
  | { k: 'lit'; v: Scalar }
  | { k: 'ref'; from: string; to?: string }
  | { k: 'struct'; table: string; column: string }
  | { k: 'un'; op: string; a: Node }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'call'; name: string; args: Node[] };

const PRECEDENCE: Record<string, number> = { '=': 1, '<>': 1, '<': 1, '<=': 1, '>': 1, '>=': 1, '&': 2, '+': 3, '-': 3, '*': 4, '/': 4, '^': 5 };

function parse(tokens: Token[]): Node {
  let p = 0;
  const peek = () => tokens[p];
  const isOp = (v: string) => peek()?.t === 'op' && (peek() as { v: string }).v === v;
  const expect = (v: string) => {
    if (!isOp(v)) throw new Error(`expected ${v}`);
    p++;
  };
  function primary(): Node {
    const t = tokens[p++];
    if (!t) throw new Error('unexpected end');
    if (t.t === 'num') return { k: 'lit', v: t.v };
    if (t.t === 'str') return { k: 'lit', v: t.v };
    if (t.t === 'struct') return { k: 'struct', table: t.table, column: t.column };
    if (t.t === 'ref') {
      if (isOp(':')) {
        p++;
        const to = tokens[p++];
        if (to?.t !== 'ref') throw new Error('bad range');
        return { k: 'ref', from: t.v, to: to.v };
      }
      return { k: 'ref', from: t.v };
    }
    if (t.t === 'op' && t.v === '(') {
      const e = expr(0);
      expect(')');
      return e;
    }
    if (t.t === 'op' && (t.v === '-' || t.v === '+')) return { k: 'un', op: t.v, a: unary() };
    if (t.t === 'name') {
      if (t.v === 'TRUE' || t.v === 'FALSE') return { k: 'lit', v: t.v === 'TRUE' };
      expect('(');
      const args: Node[] = [];
      if (!isOp(')')) {
        args.push(expr(0));
        while (isOp(',')) {
          p++;
          args.push(expr(0));
        }
      }
      expect(')');
      return { k: 'call', name: t.v, args };
    }
    throw new Error(`unexpected ${JSON.stringify(t)}`);
  }
  function unary(): Node {
    return primary();
  }
  function expr(min: number): Node {
    let left = unary();
    for (;;) {
      const t = peek();
      if (!t || t.t !== 'op' || !(t.v in PRECEDENCE)) return left;
      const prec = PRECEDENCE[t.v];
      if (prec <= min) return left;
      p++;
      const right = expr(t.v === '^' ? prec - 1 : prec);
      left = { k: 'bin', op: t.v, a: left, b: right };
    }
  }
  const e = expr(0);
  if (p !== tokens.length) throw new Error('trailing input');
  return e;
}

export interface EvalContext {
  model: WorkbookModel;
  /** Serial number of today, for TODAY(). */
  today: number;
}

function map2(a: Value, b: Value, f: (x: Scalar, y: Scalar) => Scalar): Value {
  if (!Array.isArray(a) && !Array.isArray(b)) return f(a, b);
  const A = Array.isArray(a) ? a : null;
  const B = Array.isArray(b) ? b : null;
  const rows = (A ?? B)!.length;
  const cols = (A ?? B)![0].length;
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(A ? A[r][c] : (a as Scalar), B ? B[r][c] : (b as Scalar))));
}
const map1 = (a: Value, f: (x: Scalar) => Scalar): Value => (Array.isArray(a) ? a.map((r) => r.map(f)) : f(a));

function toNumber(x: Scalar): number | { error: string } {
  if (isErr(x)) return x;
  if (x === null) return 0;
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  const n = Number(x);
  return x.trim() !== '' && Number.isFinite(n) ? n : { error: '#VALUE!' };
}
const text = (x: Scalar): string => (x === null ? '' : typeof x === 'boolean' ? (x ? 'TRUE' : 'FALSE') : String(x));

/** Excel's comparison: numbers < text < logicals; text case-insensitive; blank as 0 or "". */
function compare(x: Scalar, y: Scalar): number {
  const rank = (v: Scalar) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (x === null) x = typeof y === 'string' ? '' : typeof y === 'boolean' ? false : 0;
  if (y === null) y = typeof x === 'string' ? '' : typeof x === 'boolean' ? false : 0;
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string') {
    const a = x.toLowerCase();
    const b = (y as string).toLowerCase();
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return Number(x) - Number(y);
}

function binary(op: string, x: Scalar, y: Scalar): Scalar {
  if (isErr(x)) return x;
  if (isErr(y)) return y;
  if (op === '&') return text(x) + text(y);
  if (['=', '<>', '<', '<=', '>', '>='].includes(op)) {
    const c = compare(x, y);
    return op === '=' ? c === 0 : op === '<>' ? c !== 0 : op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0;
  }
  const a = toNumber(x);
  const b = toNumber(y);
  if (isErr(a)) return a;
  if (isErr(b)) return b;
  if (op === '+') return a + b;
  if (op === '-') return a - b;
  if (op === '*') return a * b;
  if (op === '/') return b === 0 ? err('#DIV/0!') : a / b;
  return Math.pow(a, b);
}

/** A criterion of COUNTIFS as a test on one cell. */
function criterion(c: Scalar): (v: Scalar) => boolean {
  const s = text(c);
  const m = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(s)!;
  const op = m[1] ?? '=';
  const rest = m[2];
  const num = rest.trim() !== '' && Number.isFinite(Number(rest)) ? Number(rest) : null;
  if (num !== null) {
    return (v) => {
      if (typeof v !== 'number') return op === '<>';
      return op === '=' ? v === num : op === '<>' ? v !== num : op === '<' ? v < num : op === '<=' ? v <= num : op === '>' ? v > num : v >= num;
    };
  }
  if (op === '=' || op === '<>') {
    const pattern = new RegExp(
      `^${rest.replace(/~([*?~])|([*?])|([.+^${}()|[\]\\])/g, (_m, esc?: string, wild?: string, meta?: string) => (esc ? `\\${esc}` : wild === '*' ? '[\\s\\S]*' : wild === '?' ? '[\\s\\S]' : `\\${meta}`))}$`,
      'i',
    );
    const blank = rest === '';
    const eq = (v: Scalar) => (blank ? v === null || v === '' : typeof v === 'string' && pattern.test(v));
    return op === '=' ? eq : (v) => !eq(v);
  }
  return (v) => typeof v === 'string' && binary(op, v, rest) === true;
}

export class FormulaEvaluator {
  private readonly seen = new Map<string, Value>();
  private readonly busy = new Set<string>();
  constructor(private readonly ctx: EvalContext) {}

  /** A cell's value: its formula computed (once per evaluator), else what it holds. */
  cell(sheet: SheetModel, row: number, col: number): Scalar {
    const c = sheet.cells.get(cellKey(row, col));
    if (!c) return null;
    if (!c.f || /^=HYPERLINK\(/i.test(c.f)) return c.v === '' ? null : c.v;
    const key = `${sheet.id}:${row}:${col}`;
    if (this.seen.has(key)) return this.seen.get(key) as Scalar;
    if (this.busy.has(key)) return err('#CIRC!');
    this.busy.add(key);
    const v = this.formula(sheet, c.f.slice(1));
    this.busy.delete(key);
    const s = Array.isArray(v) ? v[0][0] : v;
    this.seen.set(key, s);
    return s;
  }

  formula(sheet: SheetModel, formula: string): Value {
    let node: Node;
    try {
      node = parse(tokenize(formula));
    } catch {
      return err('#NAME?');
    }
    return this.eval(sheet, node);
  }

  private range(sheet: SheetModel, top: number, left: number, bottom: number, right: number): Scalar[][] {
    const out: Scalar[][] = [];
    for (let r = top; r <= bottom; r++) {
      const row: Scalar[] = [];
      for (let c = left; c <= right; c++) row.push(this.cell(sheet, r, c));
      out.push(row);
    }
    return out;
  }

  private eval(sheet: SheetModel, n: Node): Value {
    switch (n.k) {
      case 'lit':
        return n.v;
      case 'ref': {
        const a = /^([A-Z]+)(\d+)$/.exec(n.from)!;
        const b = /^([A-Z]+)(\d+)$/.exec(n.to ?? n.from)!;
        const [top, bottom] = [Number(a[2]), Number(b[2])].sort((x, y) => x - y);
        const [left, right] = [columnNumber(a[1]), columnNumber(b[1])].sort((x, y) => x - y);
        const cells = this.range(sheet, top, left, bottom, right);
        return n.to ? cells : cells[0][0];
      }
      case 'struct': {
        const t = this.ctx.model.tables.find((x) => !x.deleted && x.name.toLowerCase() === n.table.toLowerCase());
        if (!t) return err('#REF!');
        for (let c = t.ref.left; c <= t.ref.right; c++) {
          const h = this.cell(t.sheet, t.ref.top, c);
          if (text(h).toLowerCase() === n.column.toLowerCase()) return this.range(t.sheet, t.ref.top + 1, c, Math.max(t.ref.top + 1, t.ref.bottom), c);
        }
        return err('#REF!');
      }
      case 'un': {
        const v = this.eval(sheet, n.a);
        return n.op === '-' ? map1(v, (x) => binary('-', 0, x)) : v;
      }
      case 'bin':
        return map2(this.eval(sheet, n.a), this.eval(sheet, n.b), (x, y) => binary(n.op, x, y));
      case 'call':
        return this.call(sheet, n.name, n.args);
    }
  }

  private call(sheet: SheetModel, name: string, args: Node[]): Value {
    const v = (i: number) => this.eval(sheet, args[i]);
    const flat = (x: Value): Scalar[] => (Array.isArray(x) ? x.flat() : [x]);
    const num = (i: number) => {
      const x = v(i);
      return toNumber(Array.isArray(x) ? x[0][0] : x);
    };
    switch (name) {
      case 'IF': {
        const c = v(0);
        const s = Array.isArray(c) ? c[0][0] : c;
        if (isErr(s)) return s;
        const yes = typeof s === 'string' ? s !== '' : Boolean(toNumber(s));
        return yes ? v(1) : args.length > 2 ? v(2) : false;
      }
      case 'OR':
      case 'AND': {
        const all = args.flatMap((_, i) => flat(v(i)));
        const e = all.find(isErr);
        if (e) return e;
        const bools = all.map((x) => Boolean(toNumber(x)));
        return name === 'OR' ? bools.some(Boolean) : bools.every(Boolean);
      }
      case 'ISNUMBER':
        return map1(v(0), (x) => typeof x === 'number');
      case 'COUNTA':
        return args.flatMap((_, i) => flat(v(i))).filter((x) => x !== null && x !== '').length;
      case 'SUM':
      case 'MAX': {
        const nums = args.flatMap((_, i) => flat(v(i))).filter((x): x is number => typeof x === 'number');
        return name === 'SUM' ? nums.reduce((a, b) => a + b, 0) : nums.length ? Math.max(...nums) : 0;
      }
      case 'SUMPRODUCT': {
        const arrays = args.map((_, i) => flat(v(i)));
        let total = 0;
        for (let k = 0; k < arrays[0].length; k++) total += arrays.reduce((p, a) => p * (typeof a[k] === 'number' ? (a[k] as number) : 0), 1);
        return total;
      }
      case 'COUNTIFS': {
        let count = 0;
        const pairs: { cells: Scalar[]; test: (x: Scalar) => boolean }[] = [];
        for (let i = 0; i < args.length; i += 2) {
          const c = v(i + 1);
          pairs.push({ cells: flat(v(i)), test: criterion(Array.isArray(c) ? c[0][0] : c) });
        }
        for (let k = 0; k < pairs[0].cells.length; k++) if (pairs.every((p) => p.test(p.cells[k]))) count++;
        return count;
      }
      case 'INT':
      case 'ABS':
      case 'SQRT': {
        const x = num(0);
        if (isErr(x)) return x;
        return name === 'INT' ? Math.floor(x) : name === 'ABS' ? Math.abs(x) : x < 0 ? err('#NUM!') : Math.sqrt(x);
      }
      case 'TODAY':
        return this.ctx.today;
      case 'GAMMA.INV': {
        const [p, a, b] = [num(0), num(1), num(2)];
        if (isErr(p)) return p;
        if (isErr(a)) return a;
        if (isErr(b)) return b;
        return p < 0 || p > 1 || a <= 0 || b <= 0 ? err('#NUM!') : gammaPInv(p, a) * b;
      }
      case 'HYPERLINK':
        return args.length > 1 ? v(1) : v(0);
      default:
        return err('#NAME?');
    }
  }
}
