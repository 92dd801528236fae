/**
 * A strict, small well-formedness check for the XML parts the chart writer produces (no XML
 * parser is installed): one root, balanced and properly nested tags, unique quoted attributes,
 * only the predefined entities or character references, no raw '<' or stray '&' in text, and
 * every element/attribute prefix bound to a namespace in scope.
 */
export function checkWellFormed(xml: string): string[] {
  const errors: string[] = [];
  const stack: { name: string; ns: Map<string, string> }[] = [];
  let rootSeen = false;
  let rootClosed = false;
  let i = 0;
  const checkText = (text: string, where: number): void => {
    if (text.includes('<')) errors.push(`raw '<' in text at ${where}`);
    const amp = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/.exec(text);
    if (amp) errors.push(`stray '&' at ${where + amp.index}`);
    if (/[\x00-\x08\x0B\x0C\x0E-\x1F]/.test(text)) errors.push(`control character at ${where}`);
  };
  const bound = (prefix: string, scope: Map<string, string>): boolean => prefix === 'xml' || prefix === 'xmlns' || scope.has(prefix);

  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) return ['unterminated XML declaration'];
    i = end + 2;
  }
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (stack.length === 0 && text.trim() !== '') errors.push(`text outside the root at ${i}`);
    checkText(text, i);
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) return [...errors, 'unterminated comment'];
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      if (stack.length === 0) errors.push('CDATA outside the root');
      const end = xml.indexOf(']]>', lt);
      if (end < 0) return [...errors, 'unterminated CDATA'];
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt);
      if (end < 0) return [...errors, 'unterminated processing instruction'];
      i = end + 2;
      continue;
    }
    const tagMatch = /^<(\/?)([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(xml.slice(lt));
    if (!tagMatch) {
      errors.push(`malformed tag at ${lt}: ${xml.slice(lt, lt + 60)}`);
      return errors;
    }
    const [whole, closing, name, attrText, selfClose] = tagMatch;
    i = lt + whole.length;
    if (closing) {
      if (attrText.trim() || selfClose) errors.push(`malformed end tag </${name}>`);
      const top = stack.pop();
      if (!top) errors.push(`unexpected </${name}>`);
      else if (top.name !== name) errors.push(`</${name}> closes <${top.name}>`);
      if (stack.length === 0) rootClosed = true;
      continue;
    }
    if (stack.length === 0) {
      if (rootSeen) errors.push(`second root element <${name}>`);
      rootSeen = true;
    }
    const scope = new Map(stack.length ? stack[stack.length - 1].ns : []);
    const names = new Set<string>();
    const attrs: { n: string; v: string }[] = [];
    const re = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(attrText)) !== null) {
      const n = m[1];
      const v = m[3] ?? m[4] ?? '';
      if (names.has(n)) errors.push(`duplicate attribute ${n} on <${name}>`);
      names.add(n);
      checkText(v, lt);
      attrs.push({ n, v });
      if (n === 'xmlns') scope.set('', v);
      else if (n.startsWith('xmlns:')) scope.set(n.slice(6), v);
    }
    if (name.includes(':') && !bound(name.split(':')[0], scope)) errors.push(`unbound prefix on <${name}>`);
    for (const a of attrs) if (a.n.includes(':') && !a.n.startsWith('xmlns:') && !bound(a.n.split(':')[0], scope)) errors.push(`unbound prefix on attribute ${a.n}`);
    if (!selfClose) stack.push({ name, ns: scope });
    else if (stack.length === 0) rootClosed = true;
  }
  if (stack.length) errors.push(`unclosed <${stack[stack.length - 1].name}>`);
  if (!rootSeen || !rootClosed) errors.push('no complete root element');
  return errors;
}
