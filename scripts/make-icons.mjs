// Draws the app icons (two overlapping circles: two people side by side) as PNG files.
// Run once when the design changes: `node scripts/make-icons.mjs`. The PNGs are committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function encodePng(size, pixelAt) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixelAt(x + 0.5, y + 0.5);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; header[9] = 6; header[10] = 0; header[11] = 0; header[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const purple = [74, 31, 110, 255];
const warm = [255, 196, 120, 255];
const light = [255, 240, 250, 255];

// scale: how much of the canvas the figure uses (maskable icons keep it in the central safe zone).
function icon(size, scale, roundedBackground) {
  const c = size / 2;
  const r = (size * scale) / 4;
  return encodePng(size, (x, y) => {
    if (roundedBackground) {
      const corner = size * 0.2;
      const dx = Math.max(corner - x, 0, x - (size - corner));
      const dy = Math.max(corner - y, 0, y - (size - corner));
      if (dx * dx + dy * dy > corner * corner) return [0, 0, 0, 0];
    }
    const inLeft = (x - (c - r * 0.6)) ** 2 + (y - c) ** 2 <= r * r;
    const inRight = (x - (c + r * 0.6)) ** 2 + (y - c) ** 2 <= r * r;
    if (inLeft && inRight) return warm;
    if (inLeft || inRight) return light;
    return purple;
  });
}

writeFileSync('public/icons/icon-192.png', icon(192, 1, true));
writeFileSync('public/icons/icon-512.png', icon(512, 1, true));
writeFileSync('public/icons/icon-maskable-512.png', icon(512, 0.7, false));
writeFileSync('public/icons/apple-touch-icon.png', icon(180, 0.8, false));
