#!/usr/bin/env node
// Gzipped JavaScript each route needs before it can render: the entry chunk, the route's chunk and
// everything they import statically. Lazy parts (chart, markdown, playground editor) are listed
// apart, because they load after the page is on screen; /embed.js is checked against its budget
// (exit code 1 over it). Run after `pnpm build`.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const gzipSize = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** The chunk files a manifest entry loads before it runs (itself and its static imports). */
function staticClosure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(imported, seen);
  return seen;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const total = (files) => [...files].filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzipSize(f), 0);

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const entry = staticClosure(entryKey);
const rows = [['(app shell: entry, vendor)', total(entry)]];
for (const key of Object.keys(manifest)
  .filter((k) => /^src\/routes\/\w+Page\.tsx$/.test(k))
  .sort()) {
  const files = staticClosure(key, new Set(entry));
  rows.push([key.replace(/^src\/routes\/|\.tsx$/g, ''), total(files)]);
}

const lazy = [
  ['SotA chart (chart.js)', 'src/features/benchmark/SotaChartCanvas.tsx'],
  ['Markdown + KaTeX', 'src/ui/markdown/MarkdownRenderer.tsx'],
].map(([label, key]) => {
  const before = new Set(entry);
  return [label, total([...staticClosure(key, new Set())].filter((f) => !before.has(f)))];
});

console.log('JavaScript before the page renders (gzip):');
for (const [name, bytes] of rows) console.log(`  ${name.padEnd(28)} ${kb(bytes).padStart(10)}`);
console.log('Loaded after the page is on screen (gzip, beyond the shell):');
for (const [name, bytes] of lazy) console.log(`  ${name.padEnd(28)} ${kb(bytes).padStart(10)}`);
const monaco = Object.values(manifest).filter((chunk) => /monaco-editor/.test(chunk.file));
const workers = readdirSync(join(dist, 'assets')).filter((file) => /\.worker-.*\.js$/.test(file));
const playgroundLazy = [...monaco.map((chunk) => chunk.file), ...workers.map((file) => `assets/${file}`)];
console.log(`  ${'Playground editor (Monaco)'.padEnd(28)} ${kb(total(playgroundLazy)).padStart(10)}`);

// /embed.js, the <pwc-leaderboard> web component that other sites load: one file, with a budget.
const EMBED_BUDGET = 15 * 1024;
const embed = gzipSize('embed/embed.js');
console.log('Embeds (gzip):');
console.log(`  ${'/embed.js <pwc-leaderboard>'.padEnd(28)} ${kb(embed).padStart(10)}   (budget ${kb(EMBED_BUDGET)})`);
if (embed > EMBED_BUDGET) {
  console.error(`/embed.js is ${kb(embed)} gzipped, over its budget of ${kb(EMBED_BUDGET)}.`);
  process.exitCode = 1;
}
