// Writes media/icon.png (128×128): a document with a check mark. Kept as code so the icon can be
// regenerated without design tools; run `node scripts/make-icon.mjs`.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const W = 128;
const H = 128;
const px = Buffer.alloc(W * H * 4);
const set = (x, y, [r, g, b, a = 255]) => {
  if (x < 0 || y < 0 || x >= W || y >= H) return;
  const i = (y * W + x) * 4;
  px[i] = r; px[i + 1] = g; px[i + 2] = b; px[i + 3] = a;
};
const rounded = (x0, y0, x1, y1, rad, color) => {
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const dx = Math.max(x0 + rad - x, 0, x - (x1 - rad - 1));
      const dy = Math.max(y0 + rad - y, 0, y - (y1 - rad - 1));
      if (dx * dx + dy * dy <= rad * rad) set(x, y, color);
    }
};
const navy = [27, 58, 107];
const paper = [250, 250, 247];
const line = [170, 184, 204];
const green = [46, 160, 90];
rounded(0, 0, 128, 128, 24, navy);
rounded(30, 16, 98, 112, 8, paper);
for (const y of [36, 50, 64, 78]) rounded(42, y, y === 78 ? 70 : 86, y + 5, 2, line);
// A thick check mark over the lower right of the page.
const stroke = (ax, ay, bx, by, w) => {
  const len = Math.hypot(bx - ax, by - ay);
  for (let t = 0; t <= len; t += 0.5) {
    const cx = ax + ((bx - ax) * t) / len;
    const cy = ay + ((by - ay) * t) / len;
    for (let y = -w; y <= w; y++) for (let x = -w; x <= w; x++) if (x * x + y * y <= w * w) set(Math.round(cx + x), Math.round(cy + y), green);
  }
};
stroke(62, 92, 76, 106, 6);
stroke(76, 106, 108, 70, 6);

const raw = Buffer.alloc((W * 4 + 1) * H);
for (let y = 0; y < H; y++) px.copy(raw, y * (W * 4 + 1) + 1, y * W * 4, (y + 1) * W * 4);
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(W, 0);
ihdr.writeUInt32BE(H, 4);
ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(new URL('../media/icon.png', import.meta.url), png);
console.log(`media/icon.png: ${png.length} bytes`);
