// Draws the demo illustrations (simple flat landscapes) as SVG into public/media/demo.
// Run: npx tsx scripts/make-demo-images.ts — the output is committed; nothing is downloaded.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const W = 1200;
const H = 675;

interface Palette {
  sky: [string, string];
  far: string;
  near: string;
  accent: string;
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function hills(rand: () => number, base: number, amp: number, color: string) {
  const pts: string[] = [`M0 ${H}`, `L0 ${base}`];
  for (let x = 0; x <= W; x += 100)
    pts.push(`Q${x + 50} ${base - amp * rand()} ${x + 100} ${base - amp * 0.4 * rand()}`);
  pts.push(`L${W} ${H} Z`);
  return `<path d="${pts.join(' ')}" fill="${color}"/>`;
}

const scenes: Record<string, { palette: Palette; draw: (r: () => number, p: Palette) => string }> = {
  river: {
    palette: { sky: ['#9fd3f5', '#e8f6ff'], far: '#6fa76b', near: '#3f7a45', accent: '#3b7fc4' },
    draw: (r, p) =>
      `${hills(r, 360, 80, p.far)}<path d="M0 520 C300 470 500 600 800 520 S1100 480 1200 510 L1200 600 C900 580 700 660 400 600 S100 590 0 610Z" fill="${p.accent}"/>${hills(r, 620, 40, p.near)}`,
  },
  'city-square': {
    palette: { sky: ['#f7c59f', '#fff1e0'], far: '#8a8fa3', near: '#585e73', accent: '#b3121b' },
    draw: (r, p) =>
      Array.from({ length: 12 }, (_, i) => {
        const w = 70 + r() * 40;
        const h = 150 + r() * 250;
        return `<rect x="${i * 100}" y="${560 - h}" width="${w}" height="${h}" fill="${i % 2 ? p.far : p.near}"/>`;
      }).join('') +
      `<rect x="0" y="560" width="${W}" height="115" fill="#cfc6b8"/><rect x="560" y="330" width="80" height="230" fill="${p.accent}"/>`,
  },
  field: {
    palette: { sky: ['#ffe08a', '#fff8dc'], far: '#c9a13b', near: '#a37b1e', accent: '#2f5d3a' },
    draw: (r, p) =>
      `${hills(r, 420, 60, p.far)}` +
      Array.from(
        { length: 10 },
        (_, i) => `<path d="M${i * 130 - 100} ${H} L600 430" stroke="${p.near}" stroke-width="6"/>`,
      ).join('') +
      `<circle cx="950" cy="150" r="70" fill="#ffb703"/>`,
  },
  'concert-hall': {
    palette: { sky: ['#2b2d42', '#8d99ae'], far: '#edf2f4', near: '#ef233c', accent: '#ffd166' },
    draw: (r, p) =>
      `<rect x="200" y="250" width="800" height="350" fill="${p.far}"/>` +
      Array.from(
        { length: 8 },
        (_, i) => `<rect x="${240 + i * 95}" y="300" width="40" height="300" fill="${p.near}"/>`,
      ).join('') +
      `<path d="M180 250 L600 120 L1020 250Z" fill="${p.accent}"/>`,
  },
  stadium: {
    palette: { sky: ['#4cc9f0', '#caf0f8'], far: '#2d6a4f', near: '#40916c', accent: '#ffffff' },
    draw: (r, p) =>
      `<ellipse cx="600" cy="520" rx="560" ry="170" fill="${p.far}"/><ellipse cx="600" cy="520" rx="430" ry="110" fill="${p.near}"/>` +
      `<line x1="600" y1="410" x2="600" y2="630" stroke="${p.accent}" stroke-width="5"/><circle cx="600" cy="520" r="45" fill="none" stroke="${p.accent}" stroke-width="5"/>`,
  },
  library: {
    palette: { sky: ['#e9d8a6', '#fefae0'], far: '#9b2226', near: '#005f73', accent: '#ee9b00' },
    draw: (r, p) =>
      Array.from(
        { length: 4 },
        (_, row) =>
          Array.from({ length: 20 }, (_, i) => {
            const h = 80 + r() * 40;
            const colors = [p.far, p.near, p.accent, '#0a9396'];
            return `<rect x="${60 + i * 55}" y="${140 + row * 130 + (120 - h)}" width="45" height="${h}" fill="${colors[(i + row) % 4]}"/>`;
          }).join('') + `<rect x="40" y="${260 + row * 130}" width="1120" height="10" fill="#6b4f2a"/>`,
      ).join(''),
  },
  'train-station': {
    palette: { sky: ['#a2d2ff', '#f1f8ff'], far: '#6c757d', near: '#343a40', accent: '#d62828' },
    draw: (r, p) =>
      `<rect x="0" y="470" width="${W}" height="205" fill="${p.far}"/><rect x="0" y="560" width="${W}" height="12" fill="${p.near}"/><rect x="0" y="610" width="${W}" height="12" fill="${p.near}"/>` +
      `<rect x="150" y="380" width="700" height="170" rx="30" fill="${p.accent}"/>` +
      Array.from(
        { length: 6 },
        (_, i) => `<rect x="${190 + i * 110}" y="410" width="80" height="60" rx="8" fill="#e9f5ff"/>`,
      ).join(''),
  },
  forest: {
    palette: { sky: ['#b7e4c7', '#f0fff4'], far: '#2d6a4f', near: '#1b4332', accent: '#52b788' },
    draw: (r, p) =>
      Array.from({ length: 22 }, (_, i) => {
        const x = i * 58 + r() * 20;
        const h = 200 + r() * 220;
        const c = i % 3 === 0 ? p.accent : i % 2 ? p.far : p.near;
        return `<path d="M${x} ${600 - h} L${x + 60} 600 L${x - 60} 600Z" fill="${c}"/>`;
      }).join('') + `<rect x="0" y="600" width="${W}" height="75" fill="#6b4f2a"/>`,
  },
};

const out = path.join(process.cwd(), 'public', 'media', 'demo');
mkdirSync(out, { recursive: true });
let seed = 7;
for (const [name, scene] of Object.entries(scenes)) {
  const r = rng(seed++);
  const p = scene.palette;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">` +
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.sky[0]}"/><stop offset="1" stop-color="${p.sky[1]}"/></linearGradient></defs>` +
    `<rect width="${W}" height="${H}" fill="url(#sky)"/>${scene.draw(r, p)}</svg>\n`;
  writeFileSync(path.join(out, `${name}.svg`), svg);
  console.log(`public/media/demo/${name}.svg ${svg.length} bytes`);
}
