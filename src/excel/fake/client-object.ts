import { FakeExcelError, itemNotFound, notLoaded, apiNotFound } from './errors';
import type { FakeRequestContext } from './context';
import { excelTypeOf, requiredSet } from './gating';

/** Anything Excel accepts as a load option: 'a,b/c', ['a', 'b/c'] or { select: 'a,b' }. */
export type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[] };

export function loadPaths(option?: LoadOption): string[] | undefined {
  if (option === undefined) return undefined;
  const list = (v: string | string[]) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter((s) => s !== '');
  if (typeof option === 'string' || Array.isArray(option)) return list(option);
  const out = [...(option.select ? list(option.select) : []), ...(option.expand ? list(option.expand) : [])];
  return out.length ? out : undefined;
}

/** Values cross the wire as JSON: Dates become ISO strings, undefined is dropped; proxies stay proxies. */
export function wireValue(v: unknown): unknown {
  if (v instanceof FakeClientObject) return v;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map((x) => (x === undefined ? null : wireValue(x)));
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = wireValue(x);
    return out;
  }
  if (typeof v === 'number' && !Number.isFinite(v)) return null;
  return v;
}

/** Any proxy, whatever it stands for. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProxy = FakeClientObject<any>;

interface Deletable {
  deleted?: boolean;
}

/**
 * A proxy like OfficeExtension.ClientObject: reading a property needs load() and a sync()
 * after it; setting a property or calling a method only queues work, done at the next sync().
 * The object it stands for is looked up when the first queued operation runs, then kept.
 */
export abstract class FakeClientObject<T = unknown> {
  /** @internal values delivered by past syncs */
  readonly _cache = new Map<string, unknown>();
  private _memo?: T;
  /** @internal undefined until a sync has looked the object up */
  _null?: boolean;

  constructor(
    readonly context: FakeRequestContext,
    /** @internal how the request names this object; only its length matters */
    readonly _path: string,
    private readonly _resolver: () => T | undefined,
    /** @internal an ...OrNullObject proxy */
    readonly _nullable = false,
  ) {
    if (_nullable) context._nullables.push(this as AnyProxy);
  }

  /** Scalar properties load() can deliver, read from the target when the request runs. */
  protected abstract _readers(): Record<string, (t: T) => unknown>;
  /** Navigation properties (objects) load paths may go through, e.g. 'format/font/bold'. */
  protected _navigation(name: string): AnyProxy | undefined {
    void name;
    return undefined;
  }

  private _children?: Map<string, AnyProxy>;

  /** Navigation properties return the same object every time, as office.js does, so loads land where they are read. */
  protected _child<C extends AnyProxy>(name: string, make: () => C): C {
    if (!this._children) this._children = new Map();
    let c = this._children.get(name) as C | undefined;
    if (!c) {
      c = make();
      this._children.set(name, c);
    }
    return c;
  }

  get isNullObject(): boolean {
    if (this._null === undefined) throw notLoaded('isNullObject', this._path);
    return this._null;
  }

  /** @internal the object this proxy stands for; throws ItemNotFound when it is gone. */
  _target(): T {
    if (this._memo !== undefined) {
      if ((this._memo as Deletable).deleted) throw itemNotFound(this._path);
      return this._memo;
    }
    const t = this._resolver();
    if (t === undefined || (t as Deletable).deleted) {
      if (this._nullable) this._null = true;
      throw itemNotFound(this._path);
    }
    this._memo = t;
    this._null = false;
    return t;
  }

  /** @internal looks a null-object proxy up at the end of a sync, without failing the request. */
  _probe(): void {
    if (this._null !== undefined) return;
    try {
      this._target();
    } catch {
      this._null = true;
    }
  }

  /** @internal */
  _get<V>(prop: string): V {
    if (!this._cache.has(prop)) throw notLoaded(prop, this._path);
    return this._cache.get(prop) as V;
  }

  /** @internal queue a property write; the request fails with ApiNotFound when this Excel lacks the member's set. */
  _set(prop: string, value: unknown, apply: (t: T, v: unknown) => void): void {
    const v = wireValue(value);
    this.context._enqueue({ o: this._path, s: prop, v }, () => {
      this._gate(prop, true);
      apply(this._target(), v);
    });
  }

  /** @internal queue a method call; gated like _set */
  _call(method: string, args: unknown[], exec: (t: T, args: unknown[]) => void): void {
    const a = args.map(wireValue);
    this.context._enqueue({ o: this._path, m: method, a }, () => {
      this._gate(method);
      exec(this._target(), a);
    });
  }

  /** @internal whether this Excel has the set of this object's `member` */
  _supports(member: string, write = false): boolean {
    return this.context._excel.isSetSupported('ExcelApi', requiredSet(excelTypeOf(this), member, write).version);
  }

  /** @internal inside a request: ApiNotFound when this Excel lacks the set of this object's `member` (api-sets.ts). */
  _gate(member: string, write = false): void {
    const { key, version } = requiredSet(excelTypeOf(this), member, write);
    if (!this.context._excel.isSetSupported('ExcelApi', version)) throw apiNotFound(key, version);
  }

  load(option?: LoadOption): this {
    const paths = loadPaths(option);
    this.context._enqueue({ o: this._path, l: paths ?? '*' }, () => this._loadNow(paths));
    return this;
  }

  /** @internal runs a load inside a request: stages values, delivered if the whole sync succeeds. */
  _loadNow(paths: string[] | undefined): void {
    const readers = this._readers();
    const t = this._nullable ? this._tryTarget() : this._target();
    // load() with no paths gives what this Excel has; a named path it lacks fails the request.
    const wanted = paths ?? Object.keys(readers).filter((k) => this._supports(k));
    for (const p of wanted) {
      const [head, ...rest] = p.split('/');
      if (readers[head]) {
        this._gate(head);
        if (rest.length) throw new FakeExcelError('InvalidArgument', `'${head}' is not an object, so '${p}' cannot be loaded.`);
        this.context._stage(this as AnyProxy, head, t === undefined ? null : readers[head](t));
        continue;
      }
      const nav = this._navigation(head);
      if (!nav) throw new FakeExcelError('InvalidArgument', `The property '${head}' does not exist on ${this._path}.`);
      this._gate(head);
      if (t === undefined) continue;
      nav._loadNow(rest.length ? [rest.join('/')] : undefined);
    }
  }

  private _tryTarget(): T | undefined {
    try {
      return this._target();
    } catch (e) {
      if ((e as FakeExcelError).code === 'ItemNotFound') return undefined;
      throw e;
    }
  }

  /** Real proxies serialise their loaded values; here only what a person debugging needs. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._cache);
  }

  /** office.js set(): assigns several properties at once. */
  set(properties: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(properties)) {
      const current = (this as unknown as Record<string, unknown>)[k];
      if (current instanceof FakeClientObject && v !== null && typeof v === 'object') current.set(v as Record<string, unknown>);
      else (this as unknown as Record<string, unknown>)[k] = v;
    }
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** A collection proxy: `items` needs load('items') (or a path below it) and a sync. */
export abstract class FakeCollection<T, I extends AnyProxy> extends FakeClientObject<T> {
  protected abstract _items(t: T): I[];

  get items(): I[] {
    return this._get<I[]>('items');
  }

  override _loadNow(paths: string[] | undefined): void {
    const t = this._target();
    const itemPaths: string[] = [];
    let any = paths === undefined;
    for (const p of paths ?? []) {
      const [head, ...rest] = p.split('/');
      if (head === 'items') {
        this._gate('items');
        any = true;
        if (rest.length) itemPaths.push(rest.join('/'));
      } else if (head === 'count' && this._readers().count) {
        this._gate('count');
        this.context._stage(this as AnyProxy, 'count', this._readers().count(t));
      } else {
        // load('name') on a collection loads that property of every item, as office.js does.
        any = true;
        itemPaths.push(p);
      }
    }
    if (!any) return;
    if (paths === undefined) this._gate('items');
    const items = this._items(t);
    for (const item of items) item._loadNow(itemPaths.length ? itemPaths : undefined);
    this.context._stage(this as AnyProxy, 'items', items);
  }
}

/** A proxy whose object comes into being when a queued add() runs. */
export class Slot<T> {
  value?: T;
  get = (): T | undefined => this.value;
}
