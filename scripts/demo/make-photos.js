#!/usr/bin/env node
// Generates the illustrative "conference photos" of the demo recipe
// (recipes/demo/photos/*.jpg). No real people, no downloaded material: every
// picture is drawn as an SVG scene (a hall in perspective, a stage backdrop
// with the conference banner, seats, podium, flowers, silhouettes) and turned
// into a JPEG by libvips.
//
// Needs: node >= 18 (no npm packages), the `vips` CLI built with SVG support
// (Debian 12: `apt-get install -y libvips-tools`), and the DejaVu fonts
// (`apt-get install -y fonts-dejavu-core`).
//
// Usage (from the repository root):  node scripts/demo/make-photos.js [name-filter]
// Output is deterministic (seeded random numbers), each file <= 400 KB.

'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'recipes', 'demo', 'photos');
const FONT = 'DejaVu Sans';

// ---------------------------------------------------------------- helpers

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function hashSeed(s) {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.codePointAt(0), 16777619);
  return h >>> 0;
}
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const f1 = (n) => Math.round(n * 10) / 10;
const pts = (arr) => arr.map(([x, y]) => `${f1(x)},${f1(y)}`).join(' ');

function shade(hex, k) {
  // k < 0 darkens, k > 0 lightens (0..1)
  const n = parseInt(hex.slice(1), 16);
  let r = (n >> 16) & 255, g = (n >> 8) & 255, b = n & 255;
  const t = k < 0 ? 0 : 255, p = Math.abs(k);
  r = Math.round((t - r) * p + r); g = Math.round((t - g) * p + g); b = Math.round((t - b) * p + b);
  return '#' + ((1 << 24) + (r << 16) + (g << 8) + b).toString(16).slice(1);
}

// Text width of DejaVu Sans Bold at 100 px, measured once per word with `vips text`.
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-photos-'));
const widthCache = new Map();
function wordWidth(word, bold = true) {
  const key = (bold ? 'B:' : 'R:') + word;
  if (widthCache.has(key)) return widthCache.get(key);
  const f = path.join(TMP, 'w.v');
  execFileSync('vips', ['text', f, word, '--font', `${FONT}${bold ? ' Bold' : ''} 100`]);
  const w = Number(execFileSync('vipsheader', ['-f', 'width', f]).toString().trim());
  widthCache.set(key, w);
  return w;
}
function lineWidth(words, size, bold = true) {
  const space = wordWidth('A A', bold) - 2 * wordWidth('A', bold);
  return (words.reduce((s, w) => s + wordWidth(w, bold), 0) + space * (words.length - 1)) * size / 100;
}
// Split words into n balanced lines (minimise the longest line).
function splitLines(words, n) {
  if (n <= 1 || words.length <= 1) return [words];
  let best = null;
  const rec = (start, k, acc) => {
    if (k === 1) {
      const lines = [...acc, words.slice(start)];
      const m = Math.max(...lines.map((l) => lineWidth(l, 100)));
      if (!best || m < best.m) best = { m, lines };
      return;
    }
    for (let i = start + 1; i <= words.length - (k - 1); i++) rec(i, k - 1, [...acc, words.slice(start, i)]);
  };
  rec(0, n, []);
  return best.lines;
}
// Fit a text into a box: returns { lines, size }.
function fitText(text, boxW, boxH, maxLines, lineGap = 1.22, maxSize = 400) {
  if (text.includes('|')) {
    // explicit line breaks
    const lines = text.split('|').map((l) => l.trim());
    const wMax = Math.max(...lines.map((l) => lineWidth(l.split(/\s+/), 100)));
    return { lines, size: Math.min(maxSize, (boxW / wMax) * 100, boxH / (lines.length * lineGap)) };
  }
  const words = text.split(/\s+/);
  let best = null;
  for (let n = 1; n <= Math.min(maxLines, words.length); n++) {
    const lines = splitLines(words, n);
    const wMax = Math.max(...lines.map((l) => lineWidth(l, 100)));
    const size = Math.min(maxSize, (boxW / wMax) * 100, boxH / (n * lineGap));
    if (!best || size > best.size * 1.04) best = { lines: lines.map((l) => l.join(' ')), size };
  }
  return best;
}

// ---------------------------------------------------------------- palettes

const PALETTES = {
  classicRed: { backdrop: '#b3121b', backdropDark: '#7d0a10', band: '#8a0b12', title: '#ffe14d', text: '#ffffff',
    wall: '#d8c7a6', pilaster: '#efe3c8', ceiling: '#ece6da', floor: '#7b2b2b', aisle: '#a5262a', seat: '#2f4f8f',
    curtain: '#8f0f17', valance: '#c9a13b', stage: '#6b3a22', cloth: '#1f5fa8' },
  royalBlue: { backdrop: '#123f8c', backdropDark: '#0a2556', band: '#0b2e6b', title: '#ffd84a', text: '#ffffff',
    wall: '#e3dccd', pilaster: '#f4efe4', ceiling: '#f1eee8', floor: '#5a4a3c', aisle: '#8c1d24', seat: '#8c1d24',
    curtain: '#c9a13b', valance: '#c21f2a', stage: '#3d2a1e', cloth: '#b3121b' },
  maroonGold: { backdrop: '#8e1020', backdropDark: '#560712', band: '#5e0914', title: '#ffd23f', text: '#fff6dc',
    wall: '#c9b79a', pilaster: '#e6d9bf', ceiling: '#e2dccf', floor: '#3e4a5c', aisle: '#7b1c22', seat: '#6d1a20',
    curtain: '#d4a52c', valance: '#8e1020', stage: '#4a2d1b', cloth: '#f4f1ea' },
  tealScreen: { backdrop: '#0b5f7a', backdropDark: '#06384a', band: '#08465c', title: '#ffffff', text: '#d8f3ff',
    wall: '#cfd6dc', pilaster: '#e6ebef', ceiling: '#eef1f4', floor: '#394657', aisle: '#1e6b86', seat: '#25364d',
    curtain: '#1c2b3d', valance: '#0b5f7a', stage: '#22303f', cloth: '#0b5f7a' },
  crimsonGreen: { backdrop: '#c0141f', backdropDark: '#850c14', band: '#1d6b3a', title: '#fff04d', text: '#ffffff',
    wall: '#dfe3d2', pilaster: '#f1f3e8', ceiling: '#eef0e6', floor: '#6b5236', aisle: '#b02128', seat: '#1d6b3a',
    curtain: '#1d6b3a', valance: '#e0b43c', stage: '#5b3b24', cloth: '#ffffff' },
  deepRedOlive: { backdrop: '#a3111a', backdropDark: '#6a0910', band: '#3f5a2a', title: '#ffe04a', text: '#ffffff',
    wall: '#d4cab3', pilaster: '#ebe3cf', ceiling: '#e9e4d8', floor: '#4b3a2f', aisle: '#8a1a20', seat: '#44322a',
    curtain: '#a3111a', valance: '#d2a637', stage: '#4a3222', cloth: '#2e5b2c' },
};

// ---------------------------------------------------------------- the scene

// World: metres. X to the right, Y up from the hall floor, Z away from the camera.
const HALL = { halfW: 11, height: 8, backZ: 26, stageDepth: 5.5, stageH: 0.9 };
const BACKDROP = { x0: -8.6, x1: 8.6, y0: 2.9, y1: 7.4 };

function makeCamera(W, H, cam) {
  const { x, y, z, f, cy } = cam;
  const cx = W / 2;
  return {
    W, H, x, y, z, f,
    p(X, Y, Z) { const d = Z - z; return [cx + (f * (X - x)) / d, (cy ?? H / 2) - (f * (Y - y)) / d]; },
    s(len, Z) { return (f * len) / (Z - z); },
  };
}

function quad(c, a, b, d, e, fill, extra = '') {
  return `<polygon points="${pts([c.p(...a), c.p(...b), c.p(...d), c.p(...e)])}" fill="${fill}" ${extra}/>`;
}

function person(c, X, Yseat, Z, opt, r) {
  // A faceless silhouette. facing: 'away' (audience from behind) or 'toward'.
  const out = [];
  const [hx, hy] = c.p(X, Yseat + (opt.standing ? 1.62 : 1.2), Z);
  const hr = c.s(0.105, Z);
  const sw = c.s(opt.standing ? 0.25 : 0.23, Z); // half shoulder width
  const [, sy] = c.p(X, Yseat + (opt.standing ? 1.45 : 1.04), Z);
  const [, by] = c.p(X, Yseat + (opt.standing ? 0.0 : 0.45), Z);
  const suit = opt.suit;
  if (opt.standing) {
    const [, hipY] = c.p(X, Yseat + 0.82, Z);
    const lw = sw * 0.42;
    out.push(`<rect x="${f1(hx - sw * 0.8)}" y="${f1(hipY - 2)}" width="${f1(lw * 1.6)}" height="${f1(by - hipY + 2)}" fill="${shade(suit, -0.25)}"/><rect x="${f1(hx + sw * 0.8 - lw * 1.6)}" y="${f1(hipY - 2)}" width="${f1(lw * 1.6)}" height="${f1(by - hipY + 2)}" fill="${shade(suit, -0.25)}"/>`);
    const by2 = hipY;
    out.push(`<path d="M${f1(hx - sw)},${f1(by2)} L${f1(hx - sw)},${f1(sy + hr * 0.5)} Q${f1(hx - sw)},${f1(sy)} ${f1(hx - sw * 0.55)},${f1(sy - hr * 0.1)} L${f1(hx + sw * 0.55)},${f1(sy - hr * 0.1)} Q${f1(hx + sw)},${f1(sy)} ${f1(hx + sw)},${f1(sy + hr * 0.5)} L${f1(hx + sw)},${f1(by2)} Z" fill="${suit}"/>`);
  } else
  // body
  out.push(`<path d="M${f1(hx - sw)},${f1(by)} L${f1(hx - sw)},${f1(sy + hr * 0.5)} Q${f1(hx - sw)},${f1(sy)} ${f1(hx - sw * 0.55)},${f1(sy - hr * 0.1)} L${f1(hx + sw * 0.55)},${f1(sy - hr * 0.1)} Q${f1(hx + sw)},${f1(sy)} ${f1(hx + sw)},${f1(sy + hr * 0.5)} L${f1(hx + sw)},${f1(by)} Z" fill="${suit}"/>`);
  if (opt.facing === 'toward') {
    // shirt collar and tie
    out.push(`<polygon points="${pts([[hx - sw * 0.28, sy - hr * 0.1], [hx + sw * 0.28, sy - hr * 0.1], [hx, sy + hr * 1.4]])}" fill="${opt.shirt || '#f3f3f3'}"/>`);
    if (opt.tie) out.push(`<polygon points="${pts([[hx - hr * 0.12, sy], [hx + hr * 0.12, sy], [hx + hr * 0.16, sy + hr * 1.2], [hx, sy + hr * 1.45], [hx - hr * 0.16, sy + hr * 1.2]])}" fill="${opt.tie}"/>`);
    out.push(`<rect x="${f1(hx - hr * 0.35)}" y="${f1(hy + hr * 0.6)}" width="${f1(hr * 0.7)}" height="${f1(hr * 0.7)}" fill="#c98f66"/>`);
    out.push(`<ellipse cx="${f1(hx)}" cy="${f1(hy)}" rx="${f1(hr * 0.86)}" ry="${f1(hr)}" fill="${opt.skin || '#d9a27a'}"/>`);
    out.push(`<path d="M${f1(hx - hr * 0.88)},${f1(hy - hr * 0.05)} Q${f1(hx - hr * 0.9)},${f1(hy - hr * 1.15)} ${f1(hx)},${f1(hy - hr * 1.08)} Q${f1(hx + hr * 0.9)},${f1(hy - hr * 1.15)} ${f1(hx + hr * 0.88)},${f1(hy - hr * 0.05)} Q${f1(hx)},${f1(hy - hr * 0.62)} ${f1(hx - hr * 0.88)},${f1(hy - hr * 0.05)} Z" fill="${opt.hair}"/>`);
    if (opt.cap) out.push(`<path d="M${f1(hx - hr * 1.05)},${f1(hy - hr * 0.45)} Q${f1(hx)},${f1(hy - hr * 1.9)} ${f1(hx + hr * 1.05)},${f1(hy - hr * 0.45)} Z" fill="${opt.cap}"/><rect x="${f1(hx - hr * 1.1)}" y="${f1(hy - hr * 0.55)}" width="${f1(hr * 2.2)}" height="${f1(hr * 0.22)}" fill="${shade(opt.cap, -0.4)}"/>`);
  } else {
    out.push(`<ellipse cx="${f1(hx)}" cy="${f1(hy + hr * 0.1)}" rx="${f1(hr * 0.9)}" ry="${f1(hr)}" fill="${opt.hair}"/><ellipse cx="${f1(hx - hr * 0.25)}" cy="${f1(hy - hr * 0.3)}" rx="${f1(hr * 0.35)}" ry="${f1(hr * 0.25)}" fill="#fff" fill-opacity="0.12"/><rect x="${f1(hx - hr * 0.45)}" y="${f1(hy + hr * 0.8)}" width="${f1(hr * 0.9)}" height="${f1(hr * 0.5)}" fill="#b98462"/>`);
    if (opt.cap) out.push(`<path d="M${f1(hx - hr * 1.05)},${f1(hy - hr * 0.1)} Q${f1(hx)},${f1(hy - hr * 1.6)} ${f1(hx + hr * 1.05)},${f1(hy - hr * 0.1)} Z" fill="${opt.cap}"/>`);
  }
  return out.join('');
}

function flowers(c, X0, X1, Y, Z, r, colors, height = 0.45) {
  // A long arrangement of flowers: leaves then blossoms.
  const out = [];
  const n = Math.max(6, Math.round((X1 - X0) / 0.11));
  for (let i = 0; i < n; i++) {
    const X = X0 + ((X1 - X0) * (i + r())) / n;
    const [x, y] = c.p(X, Y + height * (0.25 + 0.5 * r()), Z - 0.1 * r());
    const s = c.s(0.09 + 0.05 * r(), Z);
    out.push(`<ellipse cx="${f1(x)}" cy="${f1(y)}" rx="${f1(s * 1.4)}" ry="${f1(s * 0.75)}" fill="${['#1f6b2a', '#2d8a39', '#14511f'][i % 3]}" transform="rotate(${Math.round(r() * 80 - 40)} ${f1(x)} ${f1(y)})"/>`);
  }
  for (let i = 0; i < n * 1.6; i++) {
    const X = X0 + (X1 - X0) * r();
    const hY = height * (0.35 + 0.65 * r());
    const [x, y] = c.p(X, Y + hY, Z - 0.15 * r());
    const s = c.s(0.045 + 0.045 * r(), Z);
    const col = colors[Math.floor(r() * colors.length)];
    out.push(`<circle cx="${f1(x)}" cy="${f1(y)}" r="${f1(s)}" fill="${col}"/><circle cx="${f1(x - s * 0.25)}" cy="${f1(y - s * 0.25)}" r="${f1(s * 0.45)}" fill="${shade(col, 0.35)}"/>`);
  }
  return out.join('');
}

function scene(spec) {
  const { W, H } = spec;
  const P = PALETTES[spec.palette];
  const r = rng(hashSeed(spec.file));
  const c = makeCamera(W, H, spec.camera);
  const Zb = HALL.backZ, hw = HALL.halfW, ht = HALL.height, sZ = Zb - HALL.stageDepth, sH = HALL.stageH;
  const o = [];
  o.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`);
  o.push(`<defs>
  <linearGradient id="wallL" x1="0" x2="1" y1="0" y2="0"><stop offset="0" stop-color="${shade(P.wall, -0.35)}"/><stop offset="1" stop-color="${shade(P.wall, -0.05)}"/></linearGradient>
  <linearGradient id="wallR" x1="1" x2="0" y1="0" y2="0"><stop offset="0" stop-color="${shade(P.wall, -0.35)}"/><stop offset="1" stop-color="${shade(P.wall, -0.05)}"/></linearGradient>
  <linearGradient id="ceil" x1="0" x2="0" y1="0" y2="1"><stop offset="0" stop-color="${shade(P.ceiling, -0.25)}"/><stop offset="1" stop-color="${P.ceiling}"/></linearGradient>
  <linearGradient id="floor" x1="0" x2="0" y1="0" y2="1"><stop offset="0" stop-color="${shade(P.floor, 0.08)}"/><stop offset="1" stop-color="${shade(P.floor, -0.35)}"/></linearGradient>
  <radialGradient id="bd" cx="0.5" cy="0.45" r="0.75"><stop offset="0" stop-color="${shade(P.backdrop, 0.12)}"/><stop offset="0.7" stop-color="${P.backdrop}"/><stop offset="1" stop-color="${P.backdropDark}"/></radialGradient>
  <linearGradient id="curt" x1="0" x2="1" y1="0" y2="0"><stop offset="0" stop-color="${shade(P.curtain, -0.35)}"/><stop offset="0.5" stop-color="${shade(P.curtain, 0.15)}"/><stop offset="1" stop-color="${shade(P.curtain, -0.35)}"/></linearGradient>
  <linearGradient id="wood" x1="0" x2="1" y1="0" y2="0"><stop offset="0" stop-color="${shade('#8a5a33', -0.3)}"/><stop offset="0.45" stop-color="#a9713f"/><stop offset="1" stop-color="${shade('#8a5a33', -0.35)}"/></linearGradient>
  <linearGradient id="gold" x1="0" x2="0" y1="0" y2="1"><stop offset="0" stop-color="#ffe27a"/><stop offset="0.5" stop-color="#d9a62b"/><stop offset="1" stop-color="#a8781a"/></linearGradient>
  <radialGradient id="hairG" cx="0.4" cy="0.3" r="0.7"><stop offset="0" stop-color="#4a403a"/><stop offset="1" stop-color="#121010"/></radialGradient>
  <radialGradient id="hairB" cx="0.4" cy="0.3" r="0.7"><stop offset="0" stop-color="#5a4638"/><stop offset="1" stop-color="#1e1713"/></radialGradient>
  <radialGradient id="vig" cx="0.5" cy="0.5" r="0.75"><stop offset="0.55" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.42"/></radialGradient>
  <radialGradient id="spot" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="#fff8e0" stop-opacity="0.22"/><stop offset="1" stop-color="#fff8e0" stop-opacity="0"/></radialGradient>
</defs>`);
  o.push(`<rect width="${W}" height="${H}" fill="${shade(P.wall, -0.5)}"/>`);

  const zNear = c.z + 0.3;
  // ceiling, side walls, floor
  o.push(quad(c, [-hw, ht, zNear], [hw, ht, zNear], [hw, ht, Zb], [-hw, ht, Zb], 'url(#ceil)'));
  o.push(quad(c, [-hw, 0, zNear], [-hw, ht, zNear], [-hw, ht, Zb], [-hw, 0, Zb], 'url(#wallL)'));
  o.push(quad(c, [hw, 0, zNear], [hw, ht, zNear], [hw, ht, Zb], [hw, 0, Zb], 'url(#wallR)'));
  o.push(quad(c, [-hw, 0, zNear], [hw, 0, zNear], [hw, 0, Zb], [-hw, 0, Zb], 'url(#floor)'));
  o.push(quad(c, [-1.1, 0.005, zNear], [1.1, 0.005, zNear], [1.1, 0.005, sZ], [-1.1, 0.005, sZ], P.aisle));
  // back wall
  {
    const [x0, y0] = c.p(-hw, ht, Zb), [x1, y1] = c.p(hw, 0, Zb);
    o.push(`<rect x="${f1(x0)}" y="${f1(y0)}" width="${f1(x1 - x0)}" height="${f1(y1 - y0)}" fill="${shade(P.wall, -0.12)}"/>`);
  }
  // ceiling light panels
  for (let Z = Math.ceil(c.z + 1.5); Z < Zb - 0.5; Z += 2.2) {
    for (const X of [-7.5, -2.5, 2.5, 7.5]) {
      o.push(quad(c, [X - 0.9, ht - 0.01, Z], [X + 0.9, ht - 0.01, Z], [X + 0.9, ht - 0.01, Z + 0.9], [X - 0.9, ht - 0.01, Z + 0.9], '#fffdf2', 'opacity="0.95"'));
    }
  }
  // side walls: pilasters, windows with drapes
  for (const side of [-1, 1]) {
    const X = side * hw;
    for (let Z = Math.floor(c.z) + 1; Z < Zb - 1; Z += 3.2) {
      if (Z < c.z + 0.6) continue;
      o.push(quad(c, [X, 0, Z], [X, ht, Z], [X, ht, Z + 0.5], [X, 0, Z + 0.5], P.pilaster));
      o.push(quad(c, [X, 2.0, Z + 0.9], [X, 6.2, Z + 0.9], [X, 6.2, Z + 2.3], [X, 2.0, Z + 2.3], '#cfe3ef', 'opacity="0.85"'));
      o.push(quad(c, [X, 1.6, Z + 0.7], [X, 6.6, Z + 0.7], [X, 6.6, Z + 1.15], [X, 1.6, Z + 1.05], shade(P.curtain, -0.1)));
      o.push(quad(c, [X, 1.6, Z + 2.15], [X, 6.6, Z + 2.05], [X, 6.6, Z + 2.5], [X, 1.6, Z + 2.5], shade(P.curtain, -0.1)));
      o.push(quad(c, [X, 6.4, Z + 0.7], [X, 6.9, Z + 0.7], [X, 6.9, Z + 2.5], [X, 6.4, Z + 2.5], P.valance));
    }
    // wall-mounted banner band on the side wall (a slogan strip)
  }
  // stage curtains and valance framing the backdrop
  {
    const [lx0, ly0] = c.p(-hw, ht, Zb - 0.05), [lx1, ly1] = c.p(BACKDROP.x0 - 0.1, 0, Zb - 0.05);
    const [rx0] = c.p(BACKDROP.x1 + 0.1, ht, Zb - 0.05), [rx1] = c.p(hw, 0, Zb - 0.05);
    for (const [a, b] of [[lx0, lx1], [rx0, rx1]]) {
      const n = 4;
      for (let i = 0; i < n; i++) {
        const xa = a + ((b - a) * i) / n;
        o.push(`<rect x="${f1(xa)}" y="${f1(ly0)}" width="${f1((b - a) / n + 1)}" height="${f1(ly1 - ly0)}" fill="url(#curt)"/>`);
      }
    }
    const [vx0, vy0] = c.p(-hw, ht, Zb - 0.1), [vx1, vy1] = c.p(hw, ht - 0.55, Zb - 0.1);
    o.push(`<rect x="${f1(vx0)}" y="${f1(vy0)}" width="${f1(vx1 - vx0)}" height="${f1(vy1 - vy0)}" fill="${P.valance}"/>`);
    const sc = Math.max(6, Math.round((vx1 - vx0) / 60));
    for (let i = 0; i < sc; i++) {
      const xa = vx0 + ((vx1 - vx0) * i) / sc, xb = vx0 + ((vx1 - vx0) * (i + 1)) / sc;
      o.push(`<path d="M${f1(xa)},${f1(vy1)} Q${f1((xa + xb) / 2)},${f1(vy1 + (vy1 - vy0) * 0.9)} ${f1(xb)},${f1(vy1)} Z" fill="${shade(P.valance, -0.15)}"/>`);
    }
  }
  // backdrop with the banner band and the title
  {
    const [bx0, by0] = c.p(BACKDROP.x0, BACKDROP.y1, Zb - 0.02), [bx1, by1] = c.p(BACKDROP.x1, BACKDROP.y0, Zb - 0.02);
    const bw = bx1 - bx0, bh = by1 - by0;
    o.push(`<rect x="${f1(bx0)}" y="${f1(by0)}" width="${f1(bw)}" height="${f1(bh)}" fill="url(#bd)"/>`);
    { const [, ly1] = c.p(0, HALL.stageH, Zb - 0.02); o.push(`<rect x="${f1(bx0)}" y="${f1(by1)}" width="${f1(bw)}" height="${f1(ly1 - by1)}" fill="${P.backdropDark}"/><rect x="${f1(bx0)}" y="${f1(by1)}" width="${f1(bw)}" height="${f1(bh * 0.025)}" fill="url(#gold)"/>`); }
    // visible part (portrait shots crop the backdrop)
    const vx0 = Math.max(bx0, 0), vx1 = Math.min(bx1, W);
    const vw = vx1 - vx0, vcx = (vx0 + vx1) / 2;
    // top band
    const bandH = bh * 0.15;
    o.push(`<rect x="${f1(bx0)}" y="${f1(by0)}" width="${f1(bw)}" height="${f1(bandH)}" fill="${P.band}"/>`);
    o.push(`<rect x="${f1(bx0)}" y="${f1(by0 + bandH)}" width="${f1(bw)}" height="${f1(bandH * 0.08)}" fill="url(#gold)"/>`);
    const org = fitText(spec.org, vw * 0.86, bandH * 0.62, 1);
    o.push(`<text x="${f1(vcx)}" y="${f1(by0 + bandH * 0.5 + org.size * 0.36)}" font-family="${FONT}" font-weight="bold" font-size="${f1(org.size)}" fill="${P.text}" text-anchor="middle">${esc(org.lines[0])}</text>`);
    // emblem: gold star in a ring
    const emY = by0 + bandH * 1.08 + bh * 0.1, emR = bh * 0.072;
    o.push(`<circle cx="${f1(vcx)}" cy="${f1(emY + emR)}" r="${f1(emR)}" fill="url(#gold)"/><circle cx="${f1(vcx)}" cy="${f1(emY + emR)}" r="${f1(emR * 0.82)}" fill="${P.backdropDark}"/>`);
    const star = [];
    for (let i = 0; i < 10; i++) {
      const a = -Math.PI / 2 + (i * Math.PI) / 5, rr = i % 2 ? emR * 0.3 : emR * 0.72;
      star.push([vcx + rr * Math.cos(a), emY + emR + rr * Math.sin(a)]);
    }
    o.push(`<polygon points="${pts(star)}" fill="#ffd84a"/>`);
    // title
    const tTop = emY + emR * 2.3, tBottom = by1 - bh * 0.2;
    const t = fitText(spec.title, vw * 0.9, tBottom - tTop, spec.titleLines || 3, 1.2);
    const lh = t.size * 1.2;
    const y0 = tTop + (tBottom - tTop - lh * t.lines.length) / 2 + t.size * 0.95;
    t.lines.forEach((ln, i) => {
      o.push(`<text x="${f1(vcx + t.size * 0.04)}" y="${f1(y0 + i * lh + t.size * 0.04)}" font-family="${FONT}" font-weight="bold" font-size="${f1(t.size)}" fill="#000" fill-opacity="0.35" text-anchor="middle">${esc(ln)}</text>`);
      o.push(`<text x="${f1(vcx)}" y="${f1(y0 + i * lh)}" font-family="${FONT}" font-weight="bold" font-size="${f1(t.size)}" fill="${P.title}" text-anchor="middle">${esc(ln)}</text>`);
    });
    // place and date line
    const d = fitText(spec.dateLine, vw * 0.7, bh * 0.075, 1);
    o.push(`<text x="${f1(vcx)}" y="${f1(by1 - bh * 0.07)}" font-family="${FONT}" font-style="italic" font-size="${f1(d.size)}" fill="${P.text}" text-anchor="middle">${esc(d.lines[0])}</text>`);
    // flag on a pole, left of the backdrop
    if (spec.flag !== false) {
      const [px, py0] = c.p(BACKDROP.x0 + 0.6, 6.6, Zb - 0.3), [, py1] = c.p(BACKDROP.x0 + 0.6, sH, Zb - 0.3);
      const fw = c.s(1.5, Zb - 0.3), fh = c.s(1.0, Zb - 0.3);
      o.push(`<rect x="${f1(px - 2)}" y="${f1(py0)}" width="${f1(Math.max(3, c.s(0.05, Zb)))}" height="${f1(py1 - py0)}" fill="#d9b04a"/>`);
      o.push(`<path d="M${f1(px)},${f1(py0 + 4)} q${f1(fw * 0.5)},${f1(fh * 0.12)} ${f1(fw)},0 l0,${f1(fh)} q${f1(-fw * 0.5)},${f1(fh * 0.12)} ${f1(-fw)},0 Z" fill="#da251d"/>`);
      const sx = px + fw * 0.5, sy = py0 + 4 + fh * 0.52, sr = fh * 0.3;
      const st = [];
      for (let i = 0; i < 10; i++) { const a = -Math.PI / 2 + (i * Math.PI) / 5, rr = i % 2 ? sr * 0.4 : sr; st.push([sx + rr * Math.cos(a), sy + rr * Math.sin(a)]); }
      o.push(`<polygon points="${pts(st)}" fill="#ffde00"/>`);
    }
    // spotlight glow on the backdrop
    o.push(`<ellipse cx="${f1((bx0 + bx1) / 2)}" cy="${f1(by0 + bh * 0.5)}" rx="${f1(bw * 0.55)}" ry="${f1(bh * 0.7)}" fill="url(#spot)"/>`);
  }
  // stage block
  o.push(quad(c, [-hw, sH, sZ], [hw, sH, sZ], [hw, sH, Zb], [-hw, sH, Zb], shade(P.stage, 0.1)));
  o.push(quad(c, [-1.2 * 6, sH + 0.002, sZ], [1.2 * 6, sH + 0.002, sZ], [1.2 * 6, sH + 0.002, Zb], [-1.2 * 6, sH + 0.002, Zb], shade(P.aisle, -0.1)));
  o.push(quad(c, [-hw, 0, sZ], [hw, 0, sZ], [hw, sH, sZ], [-hw, sH, sZ], shade(P.stage, -0.25)));

  const zOnStage = [];
  // presidium table with seated officials (behind the table)
  if (spec.presidium) {
    const tz = Zb - 2.6, n = spec.presidium;
    const tx0 = -0.75 * n, tx1 = 0.75 * n;
    for (let i = 0; i < n; i++) {
      const X = tx0 + 0.75 + i * 1.5;
      o.push(person(c, X, sH, tz + 0.55, { facing: 'toward', suit: spec.suits[i % spec.suits.length], hair: '#1d1a18', tie: i % 2 ? '#8b1a1a' : '#1d3d7a', cap: spec.caps && spec.caps[i % spec.caps.length] }, r));
    }
    o.push(quad(c, [tx0, sH + 0.76, tz], [tx1, sH + 0.76, tz], [tx1, sH + 0.76, tz + 0.8], [tx0, sH + 0.76, tz + 0.8], '#fafafa'));
    o.push(quad(c, [tx0, sH, tz], [tx1, sH, tz], [tx1, sH + 0.76, tz], [tx0, sH + 0.76, tz], P.cloth));
    const [qx0, qy0] = c.p(tx0, sH + 0.76, tz), [qx1] = c.p(tx1, sH + 0.76, tz);
    const pleats = Math.round((qx1 - qx0) / 14);
    for (let i = 0; i < pleats; i += 2) o.push(`<rect x="${f1(qx0 + ((qx1 - qx0) * i) / pleats)}" y="${f1(qy0)}" width="${f1((qx1 - qx0) / pleats)}" height="${f1(c.s(0.76, tz))}" fill="#000" opacity="0.07"/>`);
    o.push(quad(c, [tx0, sH + 0.62, tz - 0.01], [tx1, sH + 0.62, tz - 0.01], [tx1, sH + 0.76, tz - 0.01], [tx0, sH + 0.76, tz - 0.01], '#f4f4f4'));
    for (let i = 0; i < n; i++) {
      const X = tx0 + 0.75 + i * 1.5;
      o.push(quad(c, [X - 0.18, sH + 0.76, tz + 0.12], [X + 0.18, sH + 0.76, tz + 0.12], [X + 0.18, sH + 0.9, tz + 0.14], [X - 0.18, sH + 0.9, tz + 0.14], '#ffffff', `stroke="#999" stroke-width="0.5"`));
      o.push(flowers(c, X + 0.35, X + 0.6, sH + 0.76, tz + 0.2, r, ['#e23b3b', '#ffd23f', '#ff7fa7'], 0.22));
    }
  }
  // podium
  if (spec.podium) {
    const { x: pX, z: pZ } = spec.podium;
    if (spec.podium.speaker) o.push(person(c, pX, sH, pZ + 0.45, { facing: 'toward', standing: true, suit: spec.suits[0], hair: '#1a1816', tie: '#8b1a1a', cap: spec.caps && spec.caps[0] }, r));
    o.push(quad(c, [pX - 0.4, sH + 1.15, pZ], [pX + 0.4, sH + 1.15, pZ], [pX + 0.35, sH + 1.2, pZ + 0.45], [pX - 0.35, sH + 1.2, pZ + 0.45], '#5b3a20'));
    o.push(quad(c, [pX - 0.4, sH, pZ], [pX + 0.4, sH, pZ], [pX + 0.4, sH + 1.15, pZ], [pX - 0.4, sH + 1.15, pZ], 'url(#wood)'));
    const [ex, ey] = c.p(pX, sH + 0.82, pZ - 0.01), er = c.s(0.17, pZ);
    o.push(`<circle cx="${f1(ex)}" cy="${f1(ey)}" r="${f1(er)}" fill="url(#gold)"/><circle cx="${f1(ex)}" cy="${f1(ey)}" r="${f1(er * 0.78)}" fill="#c0141f"/>`);
    const st = [];
    for (let i = 0; i < 10; i++) { const a = -Math.PI / 2 + (i * Math.PI) / 5, rr = i % 2 ? er * 0.26 : er * 0.62; st.push([ex + rr * Math.cos(a), ey + rr * Math.sin(a)]); }
    o.push(`<polygon points="${pts(st)}" fill="#ffd84a"/>`);
    const [m0x, m0y] = c.p(pX, sH + 1.18, pZ + 0.2), [m1x, m1y] = c.p(pX - 0.08, sH + 1.5, pZ + 0.05);
    o.push(`<line x1="${f1(m0x)}" y1="${f1(m0y)}" x2="${f1(m1x)}" y2="${f1(m1y)}" stroke="#222" stroke-width="${f1(Math.max(1.5, c.s(0.015, pZ)))}"/><circle cx="${f1(m1x)}" cy="${f1(m1y)}" r="${f1(c.s(0.03, pZ))}" fill="#333"/>`);
    o.push(flowers(c, pX - 0.42, pX + 0.42, sH + 0.2, pZ - 0.12, r, ['#e02b2b', '#ffcf2e', '#ff6f91', '#ffffff'], 0.75));
  }
  // signing table (on the stage, towards the front)
  if (spec.signing) {
    const tz = Zb - 3.4, n = spec.signing;
    const tx0 = -0.8 * n, tx1 = 0.8 * n;
    for (let i = 0; i < n; i++) {
      const X = tx0 + 0.8 + i * 1.6;
      o.push(person(c, X, sH, tz + 0.6, { facing: 'toward', suit: spec.suits[i % spec.suits.length], hair: '#1d1a18', tie: i % 2 ? '#7a1414' : '#203f7a', cap: spec.caps && spec.caps[i % spec.caps.length] }, r));
    }
    o.push(quad(c, [tx0, sH + 0.76, tz], [tx1, sH + 0.76, tz], [tx1, sH + 0.76, tz + 0.9], [tx0, sH + 0.76, tz + 0.9], '#ffffff'));
    for (let i = 0; i < n; i++) {
      const X = tx0 + 0.8 + i * 1.6;
      o.push(quad(c, [X - 0.32, sH + 0.765, tz + 0.15], [X + 0.32, sH + 0.765, tz + 0.15], [X + 0.32, sH + 0.765, tz + 0.55], [X - 0.32, sH + 0.765, tz + 0.55], '#a3111a'));
      o.push(quad(c, [X - 0.22, sH + 0.77, tz + 0.2], [X + 0.22, sH + 0.77, tz + 0.2], [X + 0.22, sH + 0.77, tz + 0.5], [X - 0.22, sH + 0.77, tz + 0.5], '#ffffff'));
      const [a1, a2] = c.p(X + 0.05, sH + 0.78, tz + 0.3), [b1, b2] = c.p(X + 0.2, sH + 0.9, tz + 0.45);
      o.push(`<line x1="${f1(a1)}" y1="${f1(a2)}" x2="${f1(b1)}" y2="${f1(b2)}" stroke="#111" stroke-width="${f1(c.s(0.015, tz))}"/>`);
    }
    o.push(quad(c, [tx0, sH, tz], [tx1, sH, tz], [tx1, sH + 0.76, tz], [tx0, sH + 0.76, tz], P.cloth));
    o.push(quad(c, [tx0, sH + 0.58, tz - 0.01], [tx1, sH + 0.58, tz - 0.01], [tx1, sH + 0.76, tz - 0.01], [tx0, sH + 0.76, tz - 0.01], P.valance));
    // small table flags
    for (let i = 0; i <= n; i += Math.max(1, Math.floor(n / 2))) {
      const X = tx0 + 0.05 + i * 1.6 - (i === n ? 0.1 : 0);
      const [fx, fy0] = c.p(X, sH + 1.2, tz + 0.1), [, fy1] = c.p(X, sH + 0.76, tz + 0.1);
      o.push(`<line x1="${f1(fx)}" y1="${f1(fy0)}" x2="${f1(fx)}" y2="${f1(fy1)}" stroke="#ccc" stroke-width="2"/><rect x="${f1(fx)}" y="${f1(fy0)}" width="${f1(c.s(0.24, tz))}" height="${f1(c.s(0.16, tz))}" fill="#da251d"/><circle cx="${f1(fx + c.s(0.12, tz))}" cy="${f1(fy0 + c.s(0.08, tz))}" r="${f1(c.s(0.04, tz))}" fill="#ffde00"/>`);
    }
  }
  // award line-up: standing figures holding certificates / pennants
  if (spec.awards) {
    const n = spec.awards, az = Zb - 3.6;
    for (let i = 0; i < n; i++) {
      const X = (i - (n - 1) / 2) * 1.25;
      o.push(person(c, X, sH, az, { facing: 'toward', standing: true, suit: spec.suits[i % spec.suits.length], hair: i % 3 === 1 ? '#2b211c' : '#161412', tie: '#8b1a1a', cap: spec.caps && spec.caps[i % spec.caps.length] }, r));
      if (spec.pennants && i % 2 === 0) {
        const [x0, y0] = c.p(X - 0.28, sH + 1.42, az - 0.1), [x1, y1] = c.p(X + 0.28, sH + 0.7, az - 0.1);
        const w = x1 - x0, h = y1 - y0;
        o.push(`<polygon points="${pts([[x0, y0], [x1, y0], [x1, y0 + h * 0.75], [x0 + w / 2, y1], [x0, y0 + h * 0.75]])}" fill="#d01820" stroke="url(#gold)" stroke-width="${f1(w * 0.06)}"/>`);
        o.push(`<polygon points="${pts([[x0 + w / 2, y0 + h * 0.2], [x0 + w * 0.62, y0 + h * 0.48], [x0 + w * 0.36, y0 + h * 0.32], [x0 + w * 0.64, y0 + h * 0.32], [x0 + w * 0.38, y0 + h * 0.48]])}" fill="#ffd84a"/>`);
      } else {
        const [x0, y0] = c.p(X - 0.24, sH + 1.3, az - 0.1), [x1, y1] = c.p(X + 0.24, sH + 0.95, az - 0.1);
        o.push(`<rect x="${f1(x0)}" y="${f1(y0)}" width="${f1(x1 - x0)}" height="${f1(y1 - y0)}" fill="url(#gold)"/><rect x="${f1(x0 + (x1 - x0) * 0.08)}" y="${f1(y0 + (y1 - y0) * 0.1)}" width="${f1((x1 - x0) * 0.84)}" height="${f1((y1 - y0) * 0.8)}" fill="#fbf6ea"/><rect x="${f1(x0 + (x1 - x0) * 0.25)}" y="${f1(y0 + (y1 - y0) * 0.25)}" width="${f1((x1 - x0) * 0.5)}" height="${f1((y1 - y0) * 0.1)}" fill="#c0141f"/>`);
      }
      o.push(flowers(c, X + 0.12, X + 0.38, sH + 0.9, az - 0.15, r, ['#e02b2b', '#ffcf2e', '#ff6f91'], 0.35));
    }
  }
  // flowers along the front edge of the stage
  if (spec.frontFlowers !== false) o.push(flowers(c, -hw + 0.5, hw - 0.5, sH - 0.3, sZ - 0.1, r, spec.flowerColors || ['#e02b2b', '#ffcf2e', '#ff7f2a', '#ff6f91', '#ffffff'], 0.5));

  // audience rows (from the back towards the camera)
  if (spec.rows) {
    const rowZ = [];
    for (let Z = sZ - 2.0; Z > c.z + 2.9; Z -= 1.15) rowZ.push(Z);
    for (const Z of rowZ) {
      for (let X = -hw + 0.9; X < hw - 0.6; X += 0.62) {
        if (Math.abs(X) < 1.25) continue;
        const occupied = r() < spec.rows;
        if (occupied) {
          const pal = spec.audience || ['#1f2633', '#2a2f3a', '#3b3f4a', '#f2f2f2', '#2d3b55', '#4a3b36'];
          o.push(person(c, X + (r() - 0.5) * 0.06, 0, Z + 0.18, { facing: 'away', suit: pal[Math.floor(r() * pal.length)], hair: r() < 0.12 ? '#6d6d6d' : r() < 0.3 ? 'url(#hairB)' : 'url(#hairG)', cap: spec.caps && r() < 0.6 ? spec.caps[Math.floor(r() * spec.caps.length)] : null }, r));
        }
        const [x0, y0] = c.p(X - 0.25, 1.0, Z), [x1, y1] = c.p(X + 0.25, 0.42, Z);
        const rx = (x1 - x0) * 0.14;
        o.push(`<rect x="${f1(x0)}" y="${f1(y0)}" width="${f1(x1 - x0)}" height="${f1(y1 - y0)}" rx="${f1(rx)}" fill="${P.seat}"/>`);
        o.push(`<rect x="${f1(x0)}" y="${f1(y0)}" width="${f1(x1 - x0)}" height="${f1((y1 - y0) * 0.16)}" rx="${f1(rx)}" fill="${shade(P.seat, 0.2)}"/>`);
      }
    }
  }
  // photo look: vignette and the "Ảnh minh họa" caption
  o.push(`<rect width="${W}" height="${H}" fill="url(#vig)"/>`);
  const cap = 'Ảnh minh họa', cs = Math.round(Math.min(W, H) * 0.024);
  const cw = (wordWidth('Ảnh', false) + wordWidth('minh', false) + wordWidth('họa', false) + 2 * (wordWidth('A A', false) - 2 * wordWidth('A', false))) * cs / 100;
  o.push(`<rect x="${f1(W - cw - cs * 1.8)}" y="${f1(H - cs * 2.4)}" width="${f1(cw + cs * 1.2)}" height="${f1(cs * 1.6)}" rx="${f1(cs * 0.3)}" fill="#000" fill-opacity="0.5"/>`);
  o.push(`<text x="${f1(W - cs * 1.1)}" y="${f1(H - cs * 1.13)}" font-family="${FONT}" font-size="${cs}" fill="#fff" text-anchor="end">${cap}</text>`);
  o.push('</svg>');
  return o.join('\n');
}

// ---------------------------------------------------------------- the photos

const L = { W: 1600, H: 1067 }, P_ = { W: 1067, H: 1600 };
const CAM = {
  hall: { x: 0, y: 2.6, z: 9, f: 980, cy: 400 },
  hallLeft: { x: -1.9, y: 3.3, z: 10, f: 1000, cy: 360 },
  stage: { x: 0, y: 2.0, z: 13.5, f: 1120, cy: 560 },
  awards: { x: 0, y: 1.9, z: 12, f: 1250, cy: 530 },
  signing: { x: 0, y: 2.1, z: 12.5, f: 1300, cy: 545 },
  podium: { x: 0, y: 1.9, z: 13, f: 1800, cy: 820 },
};
const SUITS = ['#1e2430', '#262b36', '#2c3444', '#1b2838'];
const LLVT = ['#3e5a2b', '#2e4a6b', '#1e2430', '#4a5a2b', '#2c3444', '#1b2838'];
const LLVT_CAPS = null;

const PHOTOS = [
  // Cụm 42 – Thống kê Nghệ An, 21/01/2026
  { file: 'cum42-2025-toan-canh.jpg', ...L, camera: CAM.hall, palette: 'classicRed', rows: 0.8, presidium: 5, podium: { x: -6.6, z: 22.2 },
    org: 'THỐNG KÊ TỈNH NGHỆ AN – CỤM THI ĐUA SỐ 42', title: 'HỘI NGHỊ TỔNG KẾT|PHONG TRÀO THI ĐUA NĂM 2025', titleLines: 2, dateLine: 'Đô Lương, ngày 21 tháng 01 năm 2026' },
  { file: 'cum42-2025-phat-bieu.jpg', ...P_, camera: CAM.podium, palette: 'classicRed', podium: { x: 0, z: 21.6, speaker: true }, flag: false, rows: 0.9,
    org: 'CỤM THI ĐUA SỐ 42', title: 'HỘI NGHỊ TỔNG KẾT|PHONG TRÀO THI ĐUA|NĂM 2025', titleLines: 4, dateLine: 'Đô Lương, ngày 21/01/2026' },
  { file: 'cum42-2025-khen-thuong.jpg', ...L, camera: CAM.awards, palette: 'classicRed', awards: 7, pennants: false, rows: 0.9,
    org: 'THỐNG KÊ TỈNH NGHỆ AN – CỤM THI ĐUA SỐ 42', title: 'HỘI NGHỊ TỔNG KẾT|PHONG TRÀO THI ĐUA NĂM 2025', titleLines: 2, dateLine: 'Đô Lương, ngày 21 tháng 01 năm 2026' },
  // Cụm 11 Thanh Hóa, 20/01/2026
  { file: 'cum11-2025-toan-canh.jpg', ...L, camera: CAM.hallLeft, palette: 'royalBlue', rows: 0.75, presidium: 4, podium: { x: 6.6, z: 22.2 },
    org: 'CỤM THI ĐUA SỐ 11 TỈNH THANH HÓA', title: 'HỘI NGHỊ TỔNG KẾT CÔNG TÁC|THI ĐUA, KHEN THƯỞNG NĂM 2025|VÀ TRIỂN KHAI NHIỆM VỤ NĂM 2026', titleLines: 3, dateLine: 'Thanh Hóa, ngày 20 tháng 01 năm 2026' },
  { file: 'cum11-2025-chu-tri.jpg', ...L, camera: CAM.stage, palette: 'royalBlue', presidium: 5, rows: 0.9, suits: SUITS,
    org: 'CỤM THI ĐUA SỐ 11 TỈNH THANH HÓA', title: 'HỘI NGHỊ TỔNG KẾT CÔNG TÁC|THI ĐUA, KHEN THƯỞNG NĂM 2025|VÀ TRIỂN KHAI NHIỆM VỤ NĂM 2026', titleLines: 3, dateLine: 'Thanh Hóa, ngày 20 tháng 01 năm 2026' },
  { file: 'cum11-2025-ky-ket.jpg', ...L, camera: CAM.signing, palette: 'royalBlue', signing: 5, rows: 0.9,
    org: 'CỤM THI ĐUA SỐ 11 TỈNH THANH HÓA', title: 'LỄ KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2026', titleLines: 2, dateLine: 'Thanh Hóa, ngày 20 tháng 01 năm 2026' },
  // Khối Nội chính – Lực lượng vũ trang tỉnh Nghệ An, 09/01/2026
  { file: 'khoi-noi-chinh-2025-toan-canh.jpg', ...L, camera: CAM.hall, palette: 'deepRedOlive', rows: 0.85, presidium: 6, suits: LLVT, audience: ['#3e5a2b', '#2e4a6b', '#1e2430', '#4a5a2b', '#35506e'],
    org: 'KHỐI THI ĐUA NỘI CHÍNH – LỰC LƯỢNG VŨ TRANG TỈNH NGHỆ AN', title: 'HỘI NGHỊ TỔNG KẾT|CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2025', titleLines: 2, dateLine: 'Nghệ An, ngày 09 tháng 01 năm 2026' },
  { file: 'khoi-noi-chinh-2025-bao-cao.jpg', ...P_, camera: CAM.podium, palette: 'deepRedOlive', podium: { x: 0, z: 21.6, speaker: true }, suits: ['#1e2430'], flag: false, rows: 0.9, audience: ['#3e5a2b', '#2e4a6b', '#1e2430', '#4a5a2b'],
    org: 'KHỐI THI ĐUA NỘI CHÍNH – LLVT TỈNH', title: 'HỘI NGHỊ TỔNG KẾT|CÔNG TÁC THI ĐUA,|KHEN THƯỞNG|NĂM 2025', titleLines: 4, dateLine: 'Nghệ An, ngày 09/01/2026' },
  { file: 'khoi-noi-chinh-2025-ky-ket.jpg', ...L, camera: CAM.signing, palette: 'deepRedOlive', signing: 6, suits: LLVT, rows: 0.9, audience: ['#3e5a2b', '#2e4a6b', '#1e2430', '#4a5a2b'],
    org: 'KHỐI THI ĐUA NỘI CHÍNH – LỰC LƯỢNG VŨ TRANG TỈNH NGHỆ AN', title: 'KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2026', titleLines: 2, dateLine: 'Nghệ An, ngày 09 tháng 01 năm 2026' },
  // Khối Nội chính – LLVT: sơ kết 6 tháng đầu năm 2025, 15/07/2025
  { file: 'khoi-noi-chinh-so-ket-2025-toan-canh.jpg', ...L, camera: CAM.stage, palette: 'maroonGold', presidium: 4, rows: 0.85, suits: LLVT, podium: { x: -6.4, z: 22.0 }, audience: ['#3e5a2b', '#2e4a6b', '#1e2430'],
    org: 'KHỐI THI ĐUA NỘI CHÍNH – LỰC LƯỢNG VŨ TRANG TỈNH NGHỆ AN', title: 'HỘI NGHỊ SƠ KẾT|CÔNG TÁC THI ĐUA, KHEN THƯỞNG|6 THÁNG ĐẦU NĂM 2025', titleLines: 3, dateLine: 'Nghệ An, ngày 15 tháng 7 năm 2025' },
  { file: 'khoi-noi-chinh-so-ket-2025-dai-bieu.jpg', ...L, camera: CAM.hallLeft, palette: 'maroonGold', rows: 0.9, presidium: 4, suits: LLVT, audience: ['#3e5a2b', '#2e4a6b', '#1e2430', '#4a5a2b'],
    org: 'KHỐI THI ĐUA NỘI CHÍNH – LỰC LƯỢNG VŨ TRANG TỈNH NGHỆ AN', title: 'HỘI NGHỊ SƠ KẾT|CÔNG TÁC THI ĐUA, KHEN THƯỞNG|6 THÁNG ĐẦU NĂM 2025', titleLines: 3, dateLine: 'Nghệ An, ngày 15 tháng 7 năm 2025' },
  // Ngành Thống kê, 19/12/2023
  { file: 'thong-ke-2023-hoi-nghi.jpg', ...L, camera: CAM.stage, palette: 'tealScreen', presidium: 5, rows: 0.95, podium: { x: 6.4, z: 22.0 }, flowerColors: ['#ffffff', '#ffd23f', '#ff9ec2', '#e02b2b'],
    org: 'TỔNG CỤC THỐNG KÊ', title: 'HỘI NGHỊ TRIỂN KHAI KẾ HOẠCH|CÔNG TÁC NĂM 2024 NGÀNH THỐNG KÊ', titleLines: 2, dateLine: 'Hà Nội, ngày 19 tháng 12 năm 2023' },
  { file: 'thong-ke-2023-trao-thuong.jpg', ...L, camera: CAM.awards, palette: 'tealScreen', awards: 8, pennants: true, rows: 0.95,
    org: 'TỔNG CỤC THỐNG KÊ', title: 'TỔNG KẾT CÔNG TÁC THI ĐUA,|KHEN THƯỞNG NĂM 2023', titleLines: 2, dateLine: 'Hà Nội, ngày 19 tháng 12 năm 2023' },
  // Cụm 12 Thanh Hóa, 14/01/2026
  { file: 'cum12-2025-toan-canh.jpg', ...L, camera: CAM.hall, palette: 'crimsonGreen', rows: 0.7, presidium: 4, podium: { x: 6.6, z: 22.2 },
    org: 'CỤM THI ĐUA SỐ 12 TỈNH THANH HÓA', title: 'HỘI NGHỊ TỔNG KẾT|CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2025', titleLines: 2, dateLine: 'Vĩnh Lộc, ngày 14 tháng 01 năm 2026' },
  { file: 'cum12-2025-ky-ket.jpg', ...L, camera: CAM.signing, palette: 'crimsonGreen', signing: 4, rows: 0.85,
    org: 'CỤM THI ĐUA SỐ 12 TỈNH THANH HÓA', title: 'KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2026', titleLines: 2, dateLine: 'Vĩnh Lộc, ngày 14 tháng 01 năm 2026' },
  { file: 'cum12-2025-suy-ton.jpg', ...L, camera: CAM.awards, palette: 'crimsonGreen', awards: 3, pennants: true, rows: 0.85,
    org: 'CỤM THI ĐUA SỐ 12 TỈNH THANH HÓA', title: 'HỘI NGHỊ TỔNG KẾT|CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2025', titleLines: 2, dateLine: 'Vĩnh Lộc, ngày 14 tháng 01 năm 2026' },
  // Cụm 11 Thanh Hóa: tổng kết năm 2024, 16/01/2025
  { file: 'cum11-2024-toan-canh.jpg', ...L, camera: CAM.hall, palette: 'maroonGold', rows: 0.75, presidium: 4, podium: { x: -6.6, z: 22.2 },
    org: 'CỤM THI ĐUA SỐ 11 TỈNH THANH HÓA', title: 'HỘI NGHỊ TỔNG KẾT|CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2024', titleLines: 2, dateLine: 'Thanh Hóa, ngày 16 tháng 01 năm 2025' },
  { file: 'cum11-2024-phat-dong.jpg', ...P_, camera: CAM.podium, palette: 'maroonGold', podium: { x: 0, z: 21.6, speaker: true }, flag: false, rows: 0.9,
    org: 'CỤM THI ĐUA SỐ 11', title: 'PHÁT ĐỘNG|PHONG TRÀO THI ĐUA|NĂM 2025', titleLines: 4, dateLine: 'Thanh Hóa, ngày 16/01/2025' },
];

// ---------------------------------------------------------------- render

function render(spec) {
  spec = { suits: SUITS, ...spec };
  const svg = scene(spec);
  const base = path.join(TMP, spec.file.replace(/\.jpg$/, ''));
  fs.writeFileSync(base + '.svg', svg);
  const run = (...a) => execFileSync('vips', a, { stdio: ['ignore', 'ignore', 'inherit'] });
  run('copy', base + '.svg', base + '-a.v');
  run('flatten', base + '-a.v', base + '-f.v');
  run('gaussblur', base + '-f.v', base + '-b.v', '0.6');
  run('gaussnoise', base + '-n.v', String(spec.W), String(spec.H), '--sigma', '3.5', '--mean', '0', '--seed', String(hashSeed(spec.file) % 100000 + 1));
  run('add', base + '-b.v', base + '-n.v', base + '-s.v');
  run('cast', base + '-s.v', base + '-c.v', 'uchar');
  const out = path.join(OUT, spec.file);
  run('jpegsave', base + '-c.v', out, '--Q', '82', '--strip', '--optimize-coding', '--interlace');
  const kb = fs.statSync(out).size / 1024;
  console.log(`${spec.file}  ${spec.W}x${spec.H}  ${kb.toFixed(0)} KB`);
  if (kb > 400) throw new Error(`${spec.file} is larger than 400 KB`);
  if (process.env.KEEP_SVG) fs.copyFileSync(base + '.svg', path.join(process.env.KEEP_SVG, spec.file.replace(/\.jpg$/, '.svg')));
}

fs.mkdirSync(OUT, { recursive: true });
const filter = process.argv[2];
try {
  for (const p of PHOTOS) if (!filter || p.file.includes(filter)) render(p);
} finally {
  fs.rmSync(TMP, { recursive: true, force: true });
}

