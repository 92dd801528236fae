import zlib from 'zlib';

/**
 * Writes a zip package with Node's native zlib. ExcelJS and jszip compress in JavaScript, which is
 * most of the time a large workbook takes to save; here ExcelJS writes stored (uncompressed) parts
 * and the package is compressed once, natively. Plain zip: no zip64 (an .xlsx part over 4 GB is not
 * something Excel opens either).
 */
export interface ZipEntry {
  name: string;
  data: Buffer;
}

const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1; // a fixed date: the same workbook gives the same bytes
const DOS_TIME = 0;

/** A zip entry as it is stored: compressed (method 8) or not (method 0). */
export interface RawZipEntry {
  name: string;
  method: number;
  crc32: number;
  uncompressedSize: number;
  body: Buffer;
}

export function zipEntries(entries: readonly ZipEntry[], level = 6): Buffer {
  return zipRaw(
    entries.map((e) => {
      const deflated = zlib.deflateRawSync(e.data, { level });
      const store = deflated.length >= e.data.length;
      return { name: e.name, method: store ? 0 : 8, crc32: zlib.crc32(e.data) >>> 0, uncompressedSize: e.data.length, body: store ? e.data : deflated };
    }),
  );
}

/** Writes entries whose bodies are already compressed (or stored) into a zip. */
export function zipRaw(entries: readonly RawZipEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const { crc32: crc, method, body } = e;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4); // version made by
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(DOS_TIME, 12);
    header.writeUInt16LE(DOS_DATE, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(e.uncompressedSize, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    chunks.push(local, name, body);
    offset += local.length + name.length + body.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, dir, end]);
}
