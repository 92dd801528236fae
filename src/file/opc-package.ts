/**
 * An .xlsx package in memory: its parts by name, read from a zip, patched as text or bytes, and
 * written back as a zip with Node's native zlib. Parts nobody touched keep their compressed bytes
 * and go back into the new zip as they were, without being inflated.
 *
 * Plain zip only (no zip64): ExcelJS and Excel write plain zips for anything under 4 GB.
 */
import zlib from 'zlib';
import { promisify } from 'util';
import { zipRaw, RawZipEntry } from './zip-package';

const deflateRaw = promisify(zlib.deflateRaw);

interface Part {
  /** The part's bytes, once read or written. */
  data?: Buffer;
  /** The part as it was in the zip it came from, while unchanged. */
  raw?: RawZipEntry;
}

export class OpcPackage {
  private readonly parts = new Map<string, Part>();

  /** Reads the zip's central directory; parts are inflated when first read. */
  static fromZip(buf: Buffer): OpcPackage {
    const pkg = new OpcPackage();
    for (const raw of readZipDirectory(buf)) if (!raw.name.endsWith('/')) pkg.parts.set(raw.name, { raw });
    return pkg;
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  readBytes(name: string): Buffer | undefined {
    const p = this.parts.get(name);
    if (!p) return undefined;
    if (!p.data) p.data = inflateEntry(p.raw!);
    return p.data;
  }

  readText(name: string): string | undefined {
    return this.readBytes(name)?.toString('utf8');
  }

  write(name: string, data: string | Buffer): void {
    this.parts.set(name, { data: typeof data === 'string' ? Buffer.from(data, 'utf8') : data });
  }

  remove(name: string): void {
    this.parts.delete(name);
  }

  /** The package as a zip: changed parts compressed (in parallel, off the main thread), the rest copied. */
  async toZip(level = 6): Promise<Buffer> {
    const entries = await Promise.all(
      [...this.parts].map(async ([name, p]): Promise<RawZipEntry> => {
        if (p.raw && p.raw.method === 8) return { ...p.raw, name };
        const data = p.data ?? inflateEntry(p.raw!);
        const deflated = await deflateRaw(data, { level });
        const store = deflated.length >= data.length;
        return { name, method: store ? 0 : 8, crc32: zlib.crc32(data) >>> 0, uncompressedSize: data.length, body: store ? data : deflated };
      }),
    );
    return zipRaw(entries);
  }
}

/**
 * The parts that say which sheets a package has (_rels/.rels, the workbook part and its
 * relationships), inflated by `inflate`: enough for worksheetParts without reading any sheet.
 */
export function workbookIndex<E extends { name: string }>(entries: readonly E[], inflate: (e: E) => Buffer): OpcPackage {
  const index = new OpcPackage();
  for (const e of entries) if (e.name === '_rels/.rels' || /(^|\/)workbook\.xml(\.rels)?$/i.test(e.name)) index.write(e.name, inflate(e));
  return index;
}

/** The entries of a zip, from its central directory, with their compressed bytes. */
export function readZipDirectory(buf: Buffer): RawZipEntry[] {
  try {
    return readDirectory(buf);
  } catch (e) {
    if (e instanceof RangeError) throw new Error('Damaged zip package: it ends before its directory does');
    throw e;
  }
}

function readDirectory(buf: Buffer): RawZipEntry[] {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > buf.length) throw new Error('Not a zip package: no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw new Error('zip64 packages are not supported');
  const out: RawZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('Damaged zip package: bad central directory entry');
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const crc32 = buf.readUInt32LE(at + 16);
    const compressedSize = buf.readUInt32LE(at + 20);
    const uncompressedSize = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString(flags & 0x0800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`Damaged zip package: no local header for ${name}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (method !== 0 && method !== 8) throw new Error(`Unsupported compression method ${method} for ${name}`);
    if (start + compressedSize > buf.length) throw new Error(`Damaged zip package: ${name} is cut short`);
    out.push({ name, method, crc32, uncompressedSize, body: buf.subarray(start, start + compressedSize) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

/** Largest single output buffer an inflate asks for up front; a bigger part is inflated in pieces of this size. */
const MAX_CHUNK = 64 * 1024 * 1024;

/**
 * A part's bytes, never more than the size the zip declares for it (a part that lies about its
 * size is a "zip bomb": the inflate stops with a RangeError). The output buffer is that size and one
 * byte more, so a large sheet is inflated into one buffer rather than gathered in 64 KB pieces and
 * copied, and zlib needs no second buffer to see the stream end.
 */
function inflateEntry(e: RawZipEntry): Buffer {
  if (e.method === 0) return Buffer.from(e.body);
  const size = Math.max(1, e.uncompressedSize);
  return zlib.inflateRawSync(e.body, { maxOutputLength: size, chunkSize: Math.min(MAX_CHUNK, Math.max(64, size + 1)) });
}
