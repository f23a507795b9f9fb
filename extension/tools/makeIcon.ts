// Draws the extension's 128x128 marketplace icon (extension/media/icon.png): a glass cube
// holding a JavaScript-yellow ball. Run with `npx tsx extension/tools/makeIcon.ts`.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];
type Shape = (x: number, y: number) => boolean;
interface Layer { shape: Shape; color: RGBA | ((x: number, y: number) => RGBA) }

const SIZE = 128;
const SAMPLES = 4;

function roundedSquare(inset: number, radius: number): Shape {
  const lo = inset + radius;
  const hi = SIZE - inset - radius;
  return (x, y) => {
    const dx = Math.max(lo - x, 0, x - hi);
    const dy = Math.max(lo - y, 0, y - hi);
    return dx * dx + dy * dy <= radius * radius;
  };
}

function polygon(points: [number, number][]): Shape {
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i];
      const [xj, yj] = points[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

function segment(a: [number, number], b: [number, number], width: number): Shape {
  return (x, y) => {
    const [ax, ay] = a;
    const [bx, by] = b;
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= width / 2;
  };
}

function circle(cx: number, cy: number, r: number): Shape {
  return (x, y) => Math.hypot(x - cx, y - cy) <= r;
}

// The cube: centre (64, 66), half-width 38; top vertex at y 24, bottom at 108.
const top: [number, number] = [64, 22];
const left: [number, number] = [26, 44];
const right: [number, number] = [102, 44];
const middle: [number, number] = [64, 66];
const leftBottom: [number, number] = [26, 88];
const rightBottom: [number, number] = [102, 88];
const bottom: [number, number] = [64, 110];
const edges: [number, number][][] = [
  [top, right], [right, rightBottom], [rightBottom, bottom], [bottom, leftBottom], [leftBottom, left], [left, top],
  [left, middle], [right, middle], [middle, bottom],
];

const layers: Layer[] = [
  { shape: roundedSquare(2, 22), color: (_x, y) => mix([20, 33, 61, 255], [35, 64, 120, 255], y / SIZE) },
  { shape: polygon([top, right, middle, left]), color: [190, 230, 255, 110] },
  { shape: polygon([left, middle, bottom, leftBottom]), color: [150, 200, 245, 70] },
  { shape: polygon([middle, right, rightBottom, bottom]), color: [120, 170, 230, 45] },
  { shape: circle(64, 74, 15), color: [247, 223, 30, 255] },
  { shape: circle(59, 69, 4.5), color: [255, 250, 200, 200] },
  ...edges.map(([a, b]) => ({ shape: segment(a, b, 4), color: [235, 245, 255, 235] as RGBA })),
];

function mix(a: RGBA, b: RGBA, t: number): RGBA {
  return a.map((v, i) => Math.round(v + (b[i] - v) * t)) as RGBA;
}

/** Source-over compositing of straight-alpha colours. */
function over(dst: RGBA, src: RGBA): RGBA {
  const sa = src[3] / 255;
  const da = dst[3] / 255;
  const a = sa + da * (1 - sa);
  if (a === 0) return [0, 0, 0, 0];
  const c = (i: number) => (src[i] * sa + dst[i] * da * (1 - sa)) / a;
  return [c(0), c(1), c(2), a * 255];
}

function pixel(px: number, py: number): RGBA {
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = px + (sx + 0.5) / SAMPLES;
      const y = py + (sy + 0.5) / SAMPLES;
      let color: RGBA = [0, 0, 0, 0];
      for (const layer of layers) {
        if (layer.shape(x, y)) color = over(color, typeof layer.color === 'function' ? layer.color(x, y) : layer.color);
      }
      // Premultiply while averaging so transparent samples do not darken edges.
      for (let i = 0; i < 3; i++) sum[i] += color[i] * color[3] / 255;
      sum[3] += color[3];
    }
  }
  const n = SAMPLES * SAMPLES;
  const a = sum[3] / n;
  return a === 0 ? [0, 0, 0, 0] : [sum[0] / n * 255 / a, sum[1] / n * 255 / a, sum[2] / n * 255 / a, a].map(Math.round) as RGBA;
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < SIZE; y++) {
    const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0: none
    for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const out = path.join(__dirname, '..', 'media', 'icon.png');
writeFileSync(out, png());
console.log(`wrote ${out}`);
