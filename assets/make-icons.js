#!/usr/bin/env node
/**
 * Draws the add-in's icons (icon-16.png … icon-128.png) without any image
 * library or font: a blue rounded square holding three white ascending bars
 * (progress) and a white tick over the tallest. Each pixel is supersampled
 * 4×4 so edges are smooth at 16 px too. PNGs are written with zlib only.
 *
 * Run: node assets/make-icons.js  (rewrites the PNGs next to this script)
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 4;
/** Fluent "brand" blue, as Office uses for add-in tiles. */
const BACKGROUND = [0x0f, 0x6c, 0xbd];
const FOREGROUND = [0xff, 0xff, 0xff];

// ---- shapes in a unit square (0..1, y down) ----------------------------------

function insideRoundedSquare(x, y) {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Three ascending bars standing on a common baseline. */
const BARS = [
  { left: 0.2, right: 0.34, top: 0.58 },
  { left: 0.43, right: 0.57, top: 0.44 },
  { left: 0.66, right: 0.8, top: 0.3 },
];
const BASELINE = 0.8;

function insideBars(x, y) {
  return BARS.some((b) => x >= b.left && x <= b.right && y >= b.top && y <= BASELINE);
}

/** Distance from (x, y) to the segment (ax, ay)–(bx, by). */
function segmentDistance(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** A tick in the upper left, clear of the bars. */
function insideTick(x, y) {
  const w = 0.055;
  return segmentDistance(x, y, 0.2, 0.3, 0.29, 0.39) <= w || segmentDistance(x, y, 0.29, 0.39, 0.47, 0.17) <= w;
}

// ---- raster --------------------------------------------------------------------

/** RGBA rows for one size, each pixel averaged over SUPERSAMPLE² samples. */
function render(size) {
  const rows = [];
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(size * 4);
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let white = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          if (!insideRoundedSquare(x, y)) continue;
          cover++;
          if (insideBars(x, y) || insideTick(x, y)) white++;
        }
      }
      const alpha = cover / (n * n);
      const mix = cover === 0 ? 0 : white / cover;
      for (let c = 0; c < 3; c++) {
        row[px * 4 + c] = Math.round(BACKGROUND[c] * (1 - mix) + FOREGROUND[c] * mix);
      }
      row[px * 4 + 3] = Math.round(alpha * 255);
    }
    rows.push(row);
  }
  return rows;
}

// ---- PNG encoding --------------------------------------------------------------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size, rows) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  // Filter type 0 (none) on every scanline: simple, and zlib compresses it well enough.
  const raw = Buffer.concat(rows.map((r) => Buffer.concat([Buffer.from([0]), r])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  for (const size of SIZES) {
    const file = path.join(__dirname, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();

module.exports = { SIZES, render, encodePng };
