/**
 * A small JSON Schema (draft 2020-12) validator for the subset uniform-format.schema.json uses.
 * It throws on any keyword it does not know, so the schema cannot grow a rule the tests ignore.
 */
type Schema = boolean | { [k: string]: unknown };

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$comment', 'examples', '$defs']);
const KNOWN = new Set([
  ...ANNOTATIONS,
  'type',
  'const',
  'enum',
  'pattern',
  'minLength',
  'format',
  'properties',
  'required',
  'additionalProperties',
  'allOf',
  'anyOf',
  'if',
  'then',
  '$ref',
  'prefixItems',
  'items',
  'minItems',
]);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function resolve(root: Schema, ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) node = (node as Record<string, unknown>)[part];
  if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
  return node as Schema;
}

function validDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Errors found validating `value` against `schema` (empty when valid). */
export function validate(schema: Schema, value: unknown, root: Schema = schema, path = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: not allowed`];
  for (const k of Object.keys(schema)) if (!KNOWN.has(k)) throw new Error(`json-schema-lite: unsupported keyword "${k}" at ${path}`);
  const errors: string[] = [];
  const s = schema as Record<string, unknown>;
  if (s.$ref) errors.push(...validate(resolve(root, s.$ref as string), value, root, path));
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    const t = typeOf(value);
    const ok = types.some((x) => x === t || (x === 'integer' && t === 'number' && Number.isInteger(value)) || (x === 'number' && t === 'number' && Number.isFinite(value as number)));
    if (!ok) return [...errors, `${path}: expected ${types.join('|')}, got ${t}`];
  }
  if ('const' in s && !equal(s.const, value)) errors.push(`${path}: expected ${JSON.stringify(s.const)}, got ${JSON.stringify(value)}`);
  if (s.enum && !(s.enum as unknown[]).some((e) => equal(e, value))) errors.push(`${path}: ${JSON.stringify(value)} not in ${JSON.stringify(s.enum)}`);
  if (typeof value === 'string') {
    if (s.pattern && !new RegExp(s.pattern as string, 'u').test(value)) errors.push(`${path}: "${value}" does not match ${s.pattern}`);
    if (typeof s.minLength === 'number' && [...value].length < s.minLength) errors.push(`${path}: shorter than ${s.minLength}`);
    if (s.format === 'date' && !validDate(value)) errors.push(`${path}: "${value}" is not a calendar date`);
  }
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (s.properties ?? {}) as Record<string, Schema>;
    for (const r of (s.required ?? []) as string[]) if (!(r in obj)) errors.push(`${path}: missing ${r}`);
    for (const [k, v] of Object.entries(obj)) {
      if (k in props) errors.push(...validate(props[k], v, root, `${path}.${k}`));
      else if (s.additionalProperties !== undefined) errors.push(...validate(s.additionalProperties as Schema, v, root, `${path}.${k}`));
    }
  }
  if (Array.isArray(value)) {
    const prefix = (s.prefixItems ?? []) as Schema[];
    if (typeof s.minItems === 'number' && value.length < s.minItems) errors.push(`${path}: fewer than ${s.minItems} items`);
    value.forEach((v, i) => {
      if (i < prefix.length) errors.push(...validate(prefix[i], v, root, `${path}[${i}]`));
      else if (s.items !== undefined) errors.push(...validate(s.items as Schema, v, root, `${path}[${i}]`));
    });
  }
  for (const sub of (s.allOf ?? []) as Schema[]) errors.push(...validate(sub, value, root, path));
  if (s.anyOf && !(s.anyOf as Schema[]).some((sub) => validate(sub, value, root, path).length === 0)) {
    errors.push(`${path}: ${JSON.stringify(value)} matches none of the allowed forms`);
  }
  if (s.if !== undefined && validate(s.if as Schema, value, root, path).length === 0 && s.then !== undefined) {
    errors.push(...validate(s.then as Schema, value, root, path));
  }
  return errors;
}
