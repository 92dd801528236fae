/**
 * Just enough PNG decoding (node's zlib, no packages) to count pixels in pdftoppm's output:
 * 8-bit greyscale, RGB or RGBA, non-interlaced, with the five row filters.
 */
import { inflateSync } from 'zlib';

export interface Rgb {
  width: number;
  height: number;
  /** Pixel (x, y) as [r, g, b]. */
  at(x: number, y: number): [number, number, number];
}

export function readPng(buf: Buffer): Rgb {
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error('Not a PNG');
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('ascii', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const depth = data[8];
      const colourType = data[9];
      if (depth !== 8 || data[12] !== 0) throw new Error('Only 8-bit non-interlaced PNGs are read here');
      channels = ({ 0: 1, 2: 3, 6: 4 } as Record<number, number>)[colourType] ?? 0;
      if (!channels) throw new Error(`PNG colour type ${colourType} is not read here`);
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const px = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? px[row + i - channels] : 0;
      const b = y > 0 ? px[row - stride + i] : 0;
      const c = i >= channels && y > 0 ? px[row - stride + i - channels] : 0;
      let v = src[i];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      px[row + i] = v & 0xff;
    }
  }
  return {
    width,
    height,
    at(x, y) {
      const o = y * stride + x * channels;
      return channels === 1 ? [px[o], px[o], px[o]] : [px[o], px[o + 1], px[o + 2]];
    },
  };
}

/** Pixels within `tolerance` (per channel) of a '#RRGGBB' colour. */
export function countNear(img: Rgb, hex: string, tolerance = 24): number {
  const t = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++) {
      const p = img.at(x, y);
      if (Math.abs(p[0] - t[0]) <= tolerance && Math.abs(p[1] - t[1]) <= tolerance && Math.abs(p[2] - t[2]) <= tolerance) n++;
    }
  return n;
}

/** Pixels that are clearly coloured, not white, black or grey. */
export function countColoured(img: Rgb): number {
  let n = 0;
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++) {
      const [r, g, b] = img.at(x, y);
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) n++;
    }
  return n;
}
