#!/usr/bin/env node
// Draws the add-in icons into assets/icon-{16,32,64,80,128}.png: a table in Fluent blue with a green check badge.
// Pure node (zlib + the small PNG encoder below), so the PNGs can be regenerated anywhere: `node scripts/make-icons.js`.
// The output is committed; re-run only when the design changes.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];

const BLUE = [15, 108, 189]; // Fluent brand blue #0F6CBD
const LIGHT_BLUE = [207, 228, 250]; // #CFE4FA, the header band's text rows
const GREEN = [16, 124, 16]; // Fluent green #107C10
const WHITE = [255, 255, 255];

// ---- geometry, in a unit square (0,0 top-left … 1,1 bottom-right) -------------------------------------------

function roundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return dx * dx + dy * dy <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
  };
}

function rect(x0, y0, x1, y1) {
  return (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

function circle(cx, cy, r) {
  return (x, y) => (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r;
}

function distanceToSegment(x, y, ax, ay, bx, by) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  const dx = ax + t * vx - x;
  const dy = ay + t * vy - y;
  return Math.sqrt(dx * dx + dy * dy);
}

/** A stroked polyline with round caps and joins. */
function polyline(points, width) {
  return (x, y) => {
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      if (distanceToSegment(x, y, a[0], a[1], b[0], b[1]) <= width / 2) return true;
    }
    return false;
  };
}

// Painted in order, later layers on top.
const TABLE = { x0: 0.05, y0: 0.1, x1: 0.83, y1: 0.8, r: 0.08, line: 0.075 };
const LAYERS = [
  // table: blue frame, white body, blue header band, grid lines
  [BLUE, roundedRect(TABLE.x0, TABLE.y0, TABLE.x1, TABLE.y1, TABLE.r)],
  [WHITE, roundedRect(TABLE.x0 + TABLE.line, 0.3, TABLE.x1 - TABLE.line, TABLE.y1 - TABLE.line, 0.03)],
  [LIGHT_BLUE, rect(0.14, 0.18, 0.45, 0.22)],
  [BLUE, rect(0.36, 0.3, 0.36 + 0.06, TABLE.y1)],
  [BLUE, rect(0.6, 0.3, 0.6 + 0.06, TABLE.y1)],
  [BLUE, rect(TABLE.x0, 0.52, TABLE.x1, 0.52 + 0.06)],
  // check badge: white ring to separate it from the table, green disc, white tick
  [WHITE, circle(0.73, 0.71, 0.27)],
  [GREEN, circle(0.73, 0.71, 0.215)],
  [
    WHITE,
    polyline(
      [
        [0.625, 0.715],
        [0.7, 0.79],
        [0.84, 0.635],
      ],
      0.075,
    ),
  ],
];

/** RGBA pixels, anti-aliased by supersampling each pixel on an n×n grid. */
function render(size) {
  const n = size <= 32 ? 8 : 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let colour = null;
          for (const [c, inside] of LAYERS) if (inside(x, y)) colour = c;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        // straight (non-premultiplied) alpha: average colour of the covered samples
        pixels[o] = Math.round(r / a);
        pixels[o + 1] = Math.round(g / a);
        pixels[o + 2] = Math.round(b / a);
        pixels[o + 3] = Math.round((255 * a) / (n * n));
      }
    }
  }
  return pixels;
}

// ---- PNG encoder (8-bit RGBA, no interlace, filter 0 on every row) -------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([length, body, crc]);
}

function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function makeIcon(size) {
  return encodePng(size, size, render(size));
}

function main(outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, makeIcon(size));
    console.log(`已生成 ${path.relative(process.cwd(), file)}（${size}×${size}）`);
  }
}

module.exports = { SIZES, makeIcon, encodePng, crc32 };

if (require.main === module) {
  main(process.argv[2] ? path.resolve(process.argv[2]) : path.resolve(__dirname, "..", "assets"));
}
