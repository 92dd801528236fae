/**
 * The root element's direct children, found by a quote-aware tag scan. Enough to place one new
 * element in a worksheet in schema order without parsing cell data into objects.
 */

export interface ChildElement {
  /** Qualified name as written. */
  name: string;
  /** Offset of '<' of the start tag. */
  start: number;
  /** Offset just past the end tag (or the self-closing start tag). */
  end: number;
  /** The start tag text. */
  startTag: string;
}

const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/** Children whose content is skipped unread (by local name). */
const SKIP_CONTENT = new Set(['sheetData']);

export interface RootInfo {
  name: string;
  startTag: string;
  /** Offset of the root's end tag '</...>'. */
  closeStart: number;
  children: ChildElement[];
}

export function rootChildren(xml: string): RootInfo {
  let depth = 0;
  let root: { name: string; startTag: string } | undefined;
  let open: { name: string; start: number; startTag: string } | undefined;
  const children: ChildElement[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(xml)) !== null) {
    const tok = m[0];
    if (tok.startsWith('<!') || tok.startsWith('<?')) continue;
    if (tok.startsWith('</')) {
      depth--;
      if (depth === 1 && open) {
        children.push({ ...open, end: m.index + tok.length });
        open = undefined;
      }
      if (depth === 0 && root) return { ...root, closeStart: m.index, children };
      continue;
    }
    const name = /^<([^\s/>]+)/.exec(tok)?.[1] ?? '';
    const selfClosing = tok.endsWith('/>');
    if (depth === 0) {
      root = { name, startTag: tok };
      if (selfClosing) throw new Error(`Root element <${name}> is empty`);
      depth = 1;
      continue;
    }
    if (depth === 1) {
      if (selfClosing) children.push({ name, start: m.index, end: m.index + tok.length, startTag: tok });
      else open = { name, start: m.index, startTag: tok };
      // Cell data is most of a large sheet and holds nothing we look for: jump to its end tag.
      if (!selfClosing && SKIP_CONTENT.has(name.slice(name.indexOf(':') + 1))) {
        const close = xml.indexOf(`</${name}`, TOKEN.lastIndex);
        if (close < 0) throw new Error(`<${name}> is never closed`);
        TOKEN.lastIndex = close;
      }
    }
    if (!selfClosing) depth++;
  }
  throw new Error('XML ends before its root element is closed');
}
