/**
 * Which ExcelApi requirement set each `Excel.*` member needs, read from @types/office-js (the
 * `[Api set: ExcelApi 1.x]` line of its JSDoc), and which members a body of code uses, found with
 * the TypeScript checker. `npm run check:api-sets` (check-api-sets.ts) and the in-memory Excel's
 * gating test share it.
 *
 * A member's set is its own tag, else its class's. Tags that split reading and writing ("1.1 for
 * get, 1.8 for set", "1.1 for reading visibility; 1.2 for setting it") give the write version to
 * assignments. Sets other than ExcelApi (ExcelApiOnline, ExcelApiDesktop, BETA) count as never
 * available.
 */
import path from 'path';
import ts from 'typescript';

/** A set no version of ExcelApi provides (ExcelApiOnline, ExcelApiDesktop, preview members). */
export const NEVER = '99.0';

export interface ApiSet {
  /** Reading a property, or calling a method. */
  get: string;
  /** Assigning a property. */
  set: string;
}

/** Compares "1.9" and "1.10" as versions. */
export function compareVersions(a: string, b: string): number {
  const [a1, a2 = 0] = a.split('.').map(Number);
  const [b1, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

export const maxVersion = (a: string, b: string) => (compareVersions(a, b) >= 0 ? a : b);

/** The ApiSet a JSDoc's text names, or null when it names none. */
export function parseApiSetTag(doc: string): ApiSet | null {
  const m = /\[Api set: ([^\]]*)\]/.exec(doc);
  if (!m) return null;
  const text = m[1].trim();
  const plain = /^ExcelApi (\d+\.\d+)$/.exec(text);
  if (plain) return { get: plain[1], set: plain[1] };
  if (!/^ExcelApi \d/.test(text)) return { get: NEVER, set: NEVER };
  // "ExcelApi 1.1 for get, 1.8 for set", "ExcelApi 1.1 for reading visibility; 1.2 for setting it."
  const clauses = [...text.matchAll(/(\d+\.\d+)(?: for ([^,;]*))?/g)].map((c) => ({ version: c[1], what: c[2] ?? '' }));
  const get = clauses[0].version;
  const setter = clauses.find((c) => /\bset/i.test(c.what));
  // Other splits ("1.1 for String...; 1.7 for Array", "1.2 for options; 1.7 for password") are by
  // argument or value, not by access: the first version is the member's.
  return { get, set: setter ? setter.version : get };
}

function jsDocText(node: ts.Node): string {
  const sf = node.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(sf.text, node.getFullStart()) ?? [];
  return ranges.map((r) => sf.text.slice(r.pos, r.end)).join('\n');
}

/** `Excel` or `Excel.Interfaces`: the dotted name of the namespace a declaration sits in. */
function namespaceOf(node: ts.Node): string | null {
  const names: string[] = [];
  for (let p: ts.Node | undefined = node.parent; p; p = p.parent) if (ts.isModuleDeclaration(p)) names.unshift(p.name.getText());
  return names.length ? names.join('.') : null;
}

/**
 * The `Class.member` key and ApiSet of a declaration in @types/office-js's `Excel` namespace: a
 * member of a class (the proxies whose use runs in Excel), or a function of the namespace as
 * `Excel.name`; null otherwise. Interfaces are data shapes (load options, cell properties, event
 * arguments) whose reads run in JavaScript, so they need no set of their own.
 */
export function excelMember(decl: ts.Declaration): { key: string; set: ApiSet } | null {
  if (!/[\\/]@types[\\/]office-js[\\/]/.test(decl.getSourceFile().fileName)) return null;
  const owner = decl.parent;
  if (ts.isClassDeclaration(owner) && owner.name && namespaceOf(owner) === 'Excel') {
    const declName = ts.getNameOfDeclaration(decl);
    const name = declName && (ts.isIdentifier(declName) || ts.isStringLiteral(declName)) ? declName.text : null;
    if (!name) return null;
    const set = parseApiSetTag(jsDocText(decl)) ?? parseApiSetTag(jsDocText(owner)) ?? { get: '1.1', set: '1.1' };
    return { key: `${owner.name.text}.${name}`, set };
  }
  if (ts.isFunctionDeclaration(decl) && decl.name && ts.isModuleBlock(owner) && namespaceOf(decl) === 'Excel') {
    return { key: `Excel.${decl.name.text}`, set: parseApiSetTag(jsDocText(decl)) ?? { get: '1.1', set: '1.1' } };
  }
  return null;
}

/** Every class member and namespace function of `Excel` in @types/office-js, by key. */
export function officeApiSets(program?: ts.Program): Map<string, ApiSet> {
  const file = require.resolve('@types/office-js/index.d.ts');
  const sf = program?.getSourceFile(file) ?? ts.createSourceFile(file, ts.sys.readFile(file) ?? '', ts.ScriptTarget.Latest, true);
  const out = new Map<string, ApiSet>();
  const visit = (node: ts.Node) => {
    if (ts.isClassDeclaration(node) && namespaceOf(node) === 'Excel') {
      for (const m of node.members) {
        const e = excelMember(m);
        if (e && !out.has(e.key)) out.set(e.key, e.set);
      }
      return;
    }
    if (ts.isFunctionDeclaration(node)) {
      const e = excelMember(node);
      if (e) out.set(e.key, e.set);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

export interface ExcelUse {
  key: string;
  /** The set this use needs (the write version for an assignment). */
  version: string;
  file: string;
  line: number;
  /** The highest set a guard around it checks for, or null when none does. */
  guardedTo: string | null;
}

/** A use is guarded by a check for a set at least its own. */
export const isGuarded = (u: ExcelUse) => u.guardedTo !== null && compareVersions(u.guardedTo, u.version) >= 0;

function isAssigned(node: ts.Node): boolean {
  const p = node.parent;
  return ts.isBinaryExpression(p) && p.left === node && p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
}

/** The string a literal or a constant of a string literal type stands for. */
function stringValue(checker: ts.TypeChecker, e: ts.Expression | undefined): string | null {
  if (!e) return null;
  if (ts.isStringLiteralLike(e)) return e.text;
  const t = checker.getTypeAtLocation(e);
  return t.isStringLiteral() ? t.value : null;
}

const calleeName = (c: ts.CallExpression) => (ts.isIdentifier(c.expression) ? c.expression.text : ts.isPropertyAccessExpression(c.expression) ? c.expression.name.text : null);

/**
 * The guard rule. A use of a member that needs ExcelApi V is guarded when a function enclosing it
 * (its own, or any outer one) calls, with arguments known at compile time:
 * - `isSetSupported('ExcelApi', W)` with W >= V (Office.context.requirements or a Capabilities), or
 * - `supports(caps, 'feature')` (src/excel/excel-api.ts) with FEATURE_SETS[feature] >= V, or
 * - a named guard helper: a function whose own body is `supports(caps, f)` for its parameter f
 *   (like `const has = (f) => supports(fc.capabilities, f)`), called with such a feature.
 * It is a rule about where the check is written, not a proof that every path passes it: keep
 * checks at the top of the function that needs them.
 */
function guardVersion(checker: ts.TypeChecker, call: ts.CallExpression, features: Record<string, string>): string | null {
  const name = calleeName(call);
  if (name === 'isSetSupported' && stringValue(checker, call.arguments[0]) === 'ExcelApi') return stringValue(checker, call.arguments[1]);
  if (name === 'supports') {
    const f = stringValue(checker, call.arguments[1]);
    return f !== null && features[f] ? features[f] : null;
  }
  // A named guard helper: its declaration's body is a supports(_, parameter) call.
  const sym = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(call.expression) ? call.expression.name : call.expression);
  const decl = sym?.valueDeclaration;
  const fn = decl && ts.isVariableDeclaration(decl) ? decl.initializer : decl;
  if (fn && (ts.isArrowFunction(fn) || ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn)) && fn.parameters.length >= 1) {
    let delegates = false;
    const look = (n: ts.Node) => {
      if (ts.isCallExpression(n) && calleeName(n) === 'supports' && n.arguments[1] && ts.isIdentifier(n.arguments[1]) && n.arguments[1].text === fn.parameters[0].name.getText()) delegates = true;
      else ts.forEachChild(n, look);
    };
    if (fn.body) look(fn.body);
    if (delegates) {
      const f = stringValue(checker, call.arguments[0]);
      return f !== null && features[f] ? features[f] : null;
    }
  }
  return null;
}

function guardsIn(checker: ts.TypeChecker, fn: ts.Node, features: Record<string, string>, cache: Map<ts.Node, string | null>): string | null {
  if (cache.has(fn)) return cache.get(fn)!;
  let best: string | null = null;
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n)) {
      const v = guardVersion(checker, n, features);
      if (v) best = best ? maxVersion(best, v) : v;
    }
    ts.forEachChild(n, visit);
  };
  visit(fn);
  cache.set(fn, best);
  return best;
}

/** Every use of an `Excel` member in the given files of a program, with its set and its guard. */
export function excelUses(program: ts.Program, files: readonly string[], features: Record<string, string>): ExcelUse[] {
  const checker = program.getTypeChecker();
  const cache = new Map<ts.Node, string | null>();
  const uses: ExcelUse[] = [];
  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) throw new Error(`${file} is not in the program.`);
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const sym = checker.getSymbolAtLocation(node.name);
        for (const decl of sym?.declarations ?? []) {
          const m = excelMember(decl);
          if (!m) continue;
          const version = isAssigned(node) ? m.set.set : m.set.get;
          let guardedTo: string | null = null;
          for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
            if (ts.isFunctionLike(p)) {
              const g = guardsIn(checker, p, features, cache);
              if (g) guardedTo = guardedTo ? maxVersion(guardedTo, g) : g;
            }
          }
          const { line } = sf.getLineAndCharacterOfPosition(node.name.getStart());
          uses.push({ key: m.key, version, file: path.relative(process.cwd(), file), line: line + 1, guardedTo });
          break;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return uses;
}

/** The manifest's minimum ExcelApi version (`<Set Name="ExcelApi" MinVersion="1.8"/>`). */
export function manifestMinimum(manifestXml: string): string {
  const m = /<Set\s+Name="ExcelApi"\s+MinVersion="(\d+\.\d+)"/.exec(manifestXml);
  if (!m) throw new Error('manifest.xml names no ExcelApi MinVersion.');
  return m[1];
}
