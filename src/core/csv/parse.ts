/**
 * The one RFC 4180 reader, for every CSV we read (data.police.uk street files, uniform-format
 * files from partner agencies). It takes text in chunks of any size (a Node stream's, a browser
 * File's lines, or a whole text at once) and gives back each record as soon as it is complete, in
 * time linear in the text.
 *
 * RFC 4180 with the tolerance other tools' files need:
 * - a quote opens a quoted field only at the start of a field; anywhere else it is text, so
 *   `On or near 5" Street` is one field and the next line is the next record;
 * - in a quoted field, `""` is a quote and commas and line breaks (CR, LF or CRLF) are text;
 *   text after the closing quote joins the field (`"ab"c` reads `abc`);
 * - records end at CRLF, LF or a lone CR; a final record needs no line end; a leading UTF-8
 *   byte-order mark is dropped;
 * - a quoted field that never closes (by the end of the text, or within `maxQuotedChars`), or
 *   that runs over several lines and then does not end at a comma or line end, was opened by a
 *   stray quote: that record alone is dropped and reported (`fields: null`), and the lines after
 *   its first line are read again as records. One stray quote never costs more than its own
 *   record.
 */

export interface CsvRecord {
  /** The physical line (from 1) the record begins on; lines end at CRLF, LF or a lone CR. */
  line: number;
  /** The fields, or null for a record whose quoted field never closed (dropped and reported). */
  fields: string[] | null;
}

export interface CsvParserOptions {
  /**
   * How long an open quoted field may grow (in characters, counted from its record's start)
   * before it is judged never to close. Keeps a stray quote in a large file from holding the rest
   * of it in memory. Default 1 MiB; a record on one physical line is never cut.
   */
  maxQuotedChars?: number;
}

type State = 'start' | 'unquoted' | 'quoted' | 'quote';

const BOM = '\uFEFF';

export class CsvParser {
  private state: State = 'start';
  private fields: string[] = [];
  private field = '';
  /** The current record's text as read, kept so an unclosed record can be read again. */
  private raw = '';
  /** Something of the current record has been read. */
  private any = false;
  private recordLine = 1;
  /** The physical line of the next character. */
  private line = 1;
  private prevCR = false;
  /** The last record ended at a CR: a LF right after it belongs to the same line end. */
  private skipLF = false;
  private begun = false;
  private out: CsvRecord[] = [];
  private readonly maxQuoted: number;

  /** Which fields (by position) records read from now on keep; null for all. */
  private kept: boolean[] | null = null;

  constructor(options: CsvParserOptions = {}) {
    this.maxQuoted = options.maxQuotedChars ?? 1 << 20;
  }

  /**
   * From the next chunk on, records keep only the fields at these positions (from 0); every other
   * field is given as an empty string, and a record still has all its fields. For a reader that
   * needs three fields of twelve, such as a count by month and crime type.
   */
  keepOnly(positions: readonly number[]): void {
    this.kept = [];
    for (const p of positions) this.kept[p] = true;
  }

  /** Reads a chunk of text; gives back the records it completes, in order. */
  push(chunk: string): CsvRecord[] {
    this.feed(chunk);
    while (this.state === 'quoted' && this.raw.length > this.maxQuoted && /[\r\n]/.test(this.raw)) this.recover();
    return this.take();
  }

  /** The end of the text: gives back the last records (an unclosed record is reported and its later lines read again). */
  end(): CsvRecord[] {
    while (this.state === 'quoted') this.recover();
    if (this.any) this.endRecord();
    return this.take();
  }

  private take(): CsvRecord[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private endRecord(): void {
    this.fields.push(this.field);
    const kept = this.kept;
    if (kept) for (let k = 0; k < this.fields.length; k++) if (!kept[k]) this.fields[k] = '';
    this.out.push({ line: this.recordLine, fields: this.fields });
    this.fields = [];
    this.field = '';
    this.state = 'start';
    this.raw = '';
    this.any = false;
  }

  private feed(text: string): void {
    let chunk = text;
    let i = 0;
    if (!this.begun && chunk.length > 0) {
      this.begun = true;
      if (chunk[0] === BOM) i = 1;
    }
    let from = i; // where the current record's text begins in this chunk
    // The next LF, CR and quote at or after i (the text's length when there is none), found once
    // and reused, so the whole-line path below stays linear in the text.
    let lf = -1;
    let cr = -1;
    let quote = -1;
    for (; i < chunk.length; i++) {
      const ch = chunk[i];
      if (this.skipLF) {
        this.skipLF = false;
        if (ch === '\n') {
          this.prevCR = false;
          from = i + 1;
          continue;
        }
      }
      if (!this.any && this.state === 'start') {
        // A record that is a whole line with no quote in it (nearly every record of a
        // street-level file): its fields are the text between its commas, taken in one step.
        if (lf < i) lf = indexOrEnd(chunk, '\n', i);
        if (cr < i) cr = indexOrEnd(chunk, '\r', i);
        const end = lf < cr ? lf : cr;
        if (end < chunk.length) {
          if (quote < i) quote = indexOrEnd(chunk, '"', i);
          if (quote > end) {
            this.out.push({ line: this.line, fields: this.kept ? keptFields(chunk, i, end, this.kept) : chunk.slice(i, end).split(',') });
            this.line++;
            this.prevCR = end === cr;
            this.skipLF = this.prevCR;
            i = end;
            from = end + 1;
            continue;
          }
        }
      }
      if (!this.any) {
        this.any = true;
        this.recordLine = this.line;
      }
      let outside = true;
      if (this.state === 'quoted') {
        if (ch === '"') this.state = 'quote';
        else this.field += ch;
        outside = false;
      } else if (this.state === 'quote') {
        if (ch === '"') {
          this.field += '"';
          this.state = 'quoted';
          outside = false;
        } else if (ch !== ',' && ch !== '\r' && ch !== '\n' && /[\r\n]/.test(this.field)) {
          // A quoted field over several lines that does not end at a comma or line end: its
          // opening quote was a stray one. Its record is dropped and its later lines read again.
          this.raw += chunk.slice(from, i + 1);
          chunk = this.dropOpenRecord() + chunk.slice(i + 1);
          i = -1;
          from = 0;
          lf = cr = quote = -1;
          continue;
        } else this.state = 'unquoted';
      }
      if (outside) {
        if (ch === ',') {
          this.fields.push(this.field);
          this.field = '';
          this.state = 'start';
        } else if (ch === '\r' || ch === '\n') {
          this.endRecord();
          from = i + 1;
          this.skipLF = ch === '\r';
        } else if (ch === '"' && this.state === 'start') this.state = 'quoted';
        else {
          this.field += ch;
          this.state = 'unquoted';
        }
      }
      if (ch === '\r' || (ch === '\n' && !this.prevCR)) this.line++;
      this.prevCR = ch === '\r';
    }
    if (this.any) this.raw += chunk.slice(from);
  }

  /** Drops the open record, reports it, and reads the lines after its first line again. */
  private recover(): void {
    this.feed(this.dropOpenRecord());
  }

  /** Reports the open record as unclosed and forgets it; gives back its text after its first line. */
  private dropOpenRecord(): string {
    const raw = this.raw;
    const line = this.recordLine;
    this.out.push({ line, fields: null });
    this.state = 'start';
    this.fields = [];
    this.field = '';
    this.raw = '';
    this.any = false;
    this.line = line + 1;
    this.prevCR = false;
    this.skipLF = false;
    const m = /\r\n|\r|\n/.exec(raw);
    if (!m) return '';
    const rest = raw.slice(m.index + m[0].length);
    // A CR that ended the chunk: its LF, if any, is still to come.
    if (rest === '' && m[0] === '\r') this.skipLF = true;
    return rest;
  }
}

/** The fields of text[from, end) (no quote in it), those not kept given as empty strings. */
function keptFields(text: string, from: number, end: number, kept: readonly boolean[]): string[] {
  const fields: string[] = [];
  for (let k = 0, p = from; ; k++) {
    let comma = text.indexOf(',', p);
    if (comma < 0 || comma > end) comma = end;
    fields.push(kept[k] ? text.slice(p, comma) : '');
    if (comma === end) return fields;
    p = comma + 1;
  }
}

function indexOrEnd(text: string, ch: string, from: number): number {
  const at = text.indexOf(ch, from);
  return at < 0 ? text.length : at;
}

/** Every record of a whole text, with its line; unclosed records are reported with `fields: null`. */
export function parseCsvRecords(text: string, options: CsvParserOptions = {}): CsvRecord[] {
  const p = new CsvParser(options);
  return [...p.push(text), ...p.end()];
}

/** The fields of every record of a whole text; unclosed records are left out (see parseCsvRecords). */
export function parseCsv(text: string, options: CsvParserOptions = {}): string[][] {
  return parseCsvRecords(text, options).flatMap((r) => (r.fields ? [r.fields] : []));
}
