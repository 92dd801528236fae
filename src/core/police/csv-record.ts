/**
 * RFC 4180 records, a line at a time: a quoted field may hold commas, doubled quotes and line
 * breaks, so a record is complete only when its quotes are balanced. Pure, so the streaming
 * reader and the tests share it.
 */

/** True while a record begun in `text` is still inside a quoted field (more lines belong to it). */
export function quoteOpen(text: string): boolean {
  let open = false;
  for (let i = 0; i < text.length; i++) if (text[i] === '"') open = !open;
  return open;
}

/** The fields of one complete record (without its line ending). */
export function parseCsvRecord(text: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}
