#!/usr/bin/env node
// Renders the CLI's real output on an example memo as an SVG terminal picture for the README
// (docs/images/cli-output.svg, and a PNG of it for the Marketplace). Run after `npm run build`.
//   node scripts/render-readme-image.mjs [memo ...]
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const memos = process.argv.slice(2).length ? process.argv.slice(2) : ['examples/acme-legal-copilot.md'];
const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...memos], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, FORCE_COLOR: '1', NO_COLOR: '' },
});
if (r.status === 2) {
  console.error(r.stderr);
  process.exit(2);
}

const COLORS = { 31: '#f14c4c', 32: '#23d18b', 33: '#e5c07b', 34: '#61afef', 90: '#7f848e' };
const MAX = 150;
// No-break spaces: SVG renderers collapse runs of ordinary spaces, which would undo the column alignment.
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/ /g, '\u00a0');

const lines = [`$ memo-redflags ${memos.join(' ')}`, ...r.stdout.replace(/\n$/, '').split('\n')];
const rendered = lines.map((line) => {
  // Split into styled runs on SGR sequences.
  const parts = [];
  let style = { color: null, bold: false, dim: false, underline: false };
  let visible = 0;
  for (const piece of line.split(/(\x1b\[[0-9;]*m)/)) {
    const m = /^\x1b\[([0-9;]*)m$/.exec(piece);
    if (m) {
      for (const code of m[1].split(';').map(Number)) {
        if (code === 0) style = { color: null, bold: false, dim: false, underline: false };
        else if (code === 1) style = { ...style, bold: true };
        else if (code === 2) style = { ...style, dim: true };
        else if (code === 4) style = { ...style, underline: true };
        else if (code === 22) style = { ...style, bold: false, dim: false };
        else if (code === 24) style = { ...style, underline: false };
        else if (code === 39) style = { ...style, color: null };
        else if (COLORS[code]) style = { ...style, color: COLORS[code] };
      }
      continue;
    }
    if (!piece) continue;
    let text = piece;
    if (visible + text.length > MAX) text = `${text.slice(0, Math.max(0, MAX - visible - 1))}…`;
    visible += text.length;
    if (!text) continue;
    const attrs = [];
    if (style.color) attrs.push(`fill="${style.color}"`);
    else if (style.dim) attrs.push('fill="#7f848e"');
    if (style.bold) attrs.push('font-weight="bold"');
    if (style.underline) attrs.push('text-decoration="underline"');
    parts.push(`<tspan ${attrs.join(' ')}>${esc(text)}</tspan>`);
    if (visible >= MAX) break;
  }
  return parts.join('');
});

const lineHeight = 18;
const width = 1240;
const height = 40 + lineHeight * rendered.length;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="100%" height="100%" rx="8" fill="#1e2127"/>
  <g font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="12.5" fill="#d7dae0" xml:space="preserve" style="white-space:pre">
${rendered.map((l, i) => `    <text x="16" y="${28 + i * lineHeight}">${l}</text>`).join('\n')}
  </g>
</svg>
`;
mkdirSync(join(root, 'docs', 'images'), { recursive: true });
writeFileSync(join(root, 'docs', 'images', 'cli-output.svg'), svg);
console.log(`wrote docs/images/cli-output.svg (${rendered.length} lines)`);

// The Marketplace and `vsce package` refuse SVG pictures in a README: render the same picture to PNG in chromium.
const { createRequire } = await import('node:module');
const { chromium } = createRequire(import.meta.url)('playwright-core');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 2 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: join(root, 'docs', 'images', 'cli-output.png'), omitBackground: true });
  console.log('wrote docs/images/cli-output.png');
} finally {
  await browser.close();
}
