/**
 * A small, strict XML reader (elements, attributes, text; comments, processing instructions and
 * CDATA skipped) so the manifest can be checked offline without an XML package. Throws on anything
 * not well-formed: unclosed or mismatched tags, duplicate or unquoted attributes, stray '<' or '&'.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string, line: number): string {
  return s.replace(/&([^;\s&<]*);?/g, (m, body: string) => {
    if (!m.endsWith(';')) throw new Error(`Line ${line}: '&' must start an entity such as &amp;.`);
    if (body in ENTITIES) return ENTITIES[body];
    if (/^#\d+$/.test(body)) return String.fromCodePoint(Number(body.slice(1)));
    if (/^#x[0-9a-f]+$/i.test(body)) return String.fromCodePoint(parseInt(body.slice(2), 16));
    throw new Error(`Line ${line}: unknown entity &${body};.`);
  });
}

export function parseXml(source: string): XmlElement {
  let i = 0;
  let line = 1;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const advance = (n: number) => {
    for (let k = 0; k < n; k++) if (source[i + k] === '\n') line++;
    i += n;
  };
  const skipUntil = (end: string, what: string) => {
    const j = source.indexOf(end, i);
    if (j < 0) throw new Error(`Line ${line}: unterminated ${what}.`);
    advance(j + end.length - i);
  };
  while (i < source.length) {
    if (source.startsWith('<!--', i)) {
      const j = source.indexOf('-->', i + 4);
      if (j < 0) throw new Error(`Line ${line}: unterminated comment.`);
      if (source.slice(i + 4, j).includes('--')) throw new Error(`Line ${line}: '--' is not allowed inside a comment.`);
      advance(j + 3 - i);
    } else if (source.startsWith('<?', i)) skipUntil('?>', 'processing instruction');
    else if (source.startsWith('<![CDATA[', i)) {
      const start = i + 9;
      const j = source.indexOf(']]>', start);
      if (j < 0 || !stack.length) throw new Error(`Line ${line}: misplaced CDATA section.`);
      stack[stack.length - 1].text += source.slice(start, j);
      advance(j + 3 - i);
    } else if (source.startsWith('<!DOCTYPE', i)) skipUntil('>', 'DOCTYPE');
    else if (source.startsWith('</', i)) {
      const m = NAME.exec(source.slice(i + 2));
      const open = stack.pop();
      if (!m || !open || open.name !== m[0]) throw new Error(`Line ${line}: closing tag </${m?.[0] ?? '?'}> does not match <${open?.name ?? 'nothing'}>.`);
      advance(2 + m[0].length);
      const rest = /^\s*>/.exec(source.slice(i));
      if (!rest) throw new Error(`Line ${line}: malformed closing tag </${m[0]}>.`);
      advance(rest[0].length);
    } else if (source[i] === '<') {
      const m = NAME.exec(source.slice(i + 1));
      if (!m) throw new Error(`Line ${line}: '<' must start a tag.`);
      const el: XmlElement = { name: m[0], attributes: {}, children: [], text: '', line };
      advance(1 + m[0].length);
      for (;;) {
        const ws = /^\s*/.exec(source.slice(i))![0];
        advance(ws.length);
        if (source.startsWith('/>', i) || source[i] === '>') break;
        if (!ws) throw new Error(`Line ${line}: attributes of <${el.name}> must be separated by spaces.`);
        const a = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(source.slice(i));
        if (!a) throw new Error(`Line ${line}: malformed attribute in <${el.name}> (values must be quoted).`);
        if (a[1] in el.attributes) throw new Error(`Line ${line}: attribute ${a[1]} appears twice in <${el.name}>.`);
        el.attributes[a[1]] = decode(a[3] ?? a[4], line);
        advance(a[0].length);
      }
      if (stack.length) stack[stack.length - 1].children.push(el);
      else if (root) throw new Error(`Line ${line}: only one root element is allowed.`);
      else root = el;
      if (source.startsWith('/>', i)) advance(2);
      else {
        advance(1);
        stack.push(el);
      }
    } else {
      const j = source.indexOf('<', i);
      const text = source.slice(i, j < 0 ? source.length : j);
      if (stack.length) stack[stack.length - 1].text += decode(text, line);
      else if (text.trim()) throw new Error(`Line ${line}: text outside the root element.`);
      advance(text.length);
    }
  }
  if (stack.length) throw new Error(`Element <${stack[stack.length - 1].name}> (line ${stack[stack.length - 1].line}) is never closed.`);
  if (!root) throw new Error('No root element.');
  return root;
}

/** Local name without a namespace prefix: bt:Image -> Image. */
export function localName(el: XmlElement): string {
  return el.name.includes(':') ? el.name.slice(el.name.indexOf(':') + 1) : el.name;
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => localName(c) === name);
}

export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => localName(c) === name) : [];
}

/** Every element below el (depth first), el included. */
export function descendants(el: XmlElement): XmlElement[] {
  return [el, ...el.children.flatMap(descendants)];
}
