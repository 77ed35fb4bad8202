// Draws the disguise's neutral icons (a plain calculator) and writes its manifests, one per language.
// Run when the design changes: `node scripts/make-disguise-assets.mjs`. The output in public/disguise is committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = new Uint32Array(256).map((_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});

function crc(bytes) {
  let value = 0xffffffff;
  for (const byte of bytes) value = crcTable[(value ^ byte) & 0xff] ^ (value >>> 8);
  return (value ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  typed.copy(out, 4);
  out.writeUInt32BE(crc(typed), 8 + data.length);
  return out;
}

/** An RGBA PNG of size×size pixels whose colour at (x, y) comes from paint. */
function png(size, paint) {
  const stride = size * 4 + 1;
  const pixels = Buffer.alloc(stride * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) pixels.set(paint(x / size, y / size), y * stride + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(pixels, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const body = [68, 71, 77, 255];
const screen = [196, 214, 190, 255];
const key = [226, 228, 231, 255];
const accent = [241, 140, 48, 255];
const clear = [0, 0, 0, 0];

function inRoundedBox(u, v, left, top, right, bottom, radius) {
  if (u < left || u > right || v < top || v > bottom) return false;
  const dx = Math.max(left + radius - u, 0, u - (right - radius));
  const dy = Math.max(top + radius - v, 0, v - (bottom - radius));
  return dx * dx + dy * dy <= radius * radius;
}

// inset: the margin around the calculator (maskable icons keep it inside the safe zone).
function calculatorIcon(inset) {
  const span = 1 - 2 * inset;
  return (u, v) => {
    const x = (u - inset) / span;
    const y = (v - inset) / span;
    if (!inRoundedBox(x, y, 0.12, 0.04, 0.88, 0.96, 0.08)) return inset > 0.05 ? body : clear;
    if (inRoundedBox(x, y, 0.2, 0.12, 0.8, 0.3, 0.03)) return screen;
    const column = Math.floor((x - 0.2) / 0.15);
    const row = Math.floor((y - 0.38) / 0.145);
    const inKey = column >= 0 && column < 4 && row >= 0 && row < 4 && (x - 0.2) % 0.15 < 0.12 && (y - 0.38) % 0.145 < 0.115;
    if (inKey) return column === 3 ? accent : key;
    return body;
  };
}

const names = { es: 'Calculadora', en: 'Calculator', fr: 'Calculatrice' };
const out = 'public/disguise';
mkdirSync(out, { recursive: true });
writeFileSync(`${out}/icon-192.png`, png(192, calculatorIcon(0)));
writeFileSync(`${out}/icon-512.png`, png(512, calculatorIcon(0)));
writeFileSync(`${out}/icon-maskable-512.png`, png(512, calculatorIcon(0.12)));
writeFileSync(`${out}/apple-touch-icon.png`, png(180, calculatorIcon(0.06)));

for (const [lang, name] of Object.entries(names)) {
  const manifest = {
    id: '/calc',
    name,
    short_name: name,
    lang,
    start_url: '/calc',
    scope: '/',
    display: 'standalone',
    background_color: '#f4f4f5',
    theme_color: '#44474d',
    icons: [
      { src: '/disguise/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/disguise/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/disguise/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  writeFileSync(`${out}/manifest-${lang}.webmanifest`, `${JSON.stringify(manifest, null, 2)}\n`);
}
