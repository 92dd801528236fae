/**
 * Draws the SaferPlan ribbon and store icons (a blue shield with a white tick, white rim so it
 * reads on dark ribbons too) at the sizes Office asks for, into assets/. Run once after changing
 * the design: `npx tsx src/workbench/tools/make-icons.ts`; the PNGs are committed.
 */
import { writeFileSync } from 'fs';
import path from 'path';
import { encodePng } from './png';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgba = [number, number, number, number];
const BLUE: Rgba = [15, 108, 189, 255]; // Fluent brand blue: 4.6:1 against white, legible on dark grey
const WHITE: Rgba = [255, 255, 255, 255];

/** Half-width of the shield at height y (0 top .. 1 bottom), or -1 outside it. */
function shieldHalfWidth(y: number, inset: number): number {
  const top = 0.05 + inset;
  const shoulder = 0.52;
  const tip = 0.97 - inset * 1.4;
  const w = 0.4 - inset;
  if (y < top || y > tip) return -1;
  if (y <= shoulder) return w;
  return w * Math.cos(((y - shoulder) / (tip - shoulder)) * (Math.PI / 2));
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The colour at a point of the unit square, for a given icon size (thin strokes grow at small sizes). */
function colourAt(x: number, y: number, size: number): Rgba | null {
  const rim = Math.max(1.2 / size, 0.045);
  const outer = shieldHalfWidth(y, 0);
  if (outer < 0 || Math.abs(x - 0.5) > outer) return null;
  const inner = shieldHalfWidth(y, rim);
  if (inner < 0 || Math.abs(x - 0.5) > inner) return WHITE;
  const stroke = Math.max(1.6 / size, 0.085);
  const tick = Math.min(distanceToSegment(x, y, 0.31, 0.5, 0.45, 0.65), distanceToSegment(x, y, 0.45, 0.65, 0.7, 0.34));
  return tick <= stroke / 2 ? WHITE : BLUE;
}

/** One icon as RGBA pixels, 4x4 supersampled for smooth edges. */
export function drawIcon(size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size, size);
          if (!c) continue;
          acc[0] += c[0] * c[3];
          acc[1] += c[1] * c[3];
          acc[2] += c[2] * c[3];
          acc[3] += c[3];
        }
      }
      const i = (py * size + px) * 4;
      const a = acc[3];
      if (a > 0) {
        out[i] = Math.round(acc[0] / a);
        out[i + 1] = Math.round(acc[1] / a);
        out[i + 2] = Math.round(acc[2] / a);
        out[i + 3] = Math.round(a / (n * n));
      }
    }
  }
  return out;
}

export function iconFile(size: number): string {
  return `icon-${size}.png`;
}

if (require.main === module) {
  const dir = path.join(__dirname, '..', '..', '..', 'assets');
  for (const size of ICON_SIZES) {
    const file = path.join(dir, iconFile(size));
    writeFileSync(file, encodePng(size, size, drawIcon(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
