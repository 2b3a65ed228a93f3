#!/usr/bin/env node
// Gzipped JavaScript each route needs before it can render: the entry chunk, the route's chunk and
// everything they import statically (read from Vite's build manifest). Every page has a budget and
// the script exits with code 1 when one is over it, when a heavy library (markdown + KaTeX, the
// chart, the playground's editor) is no longer lazy, or when /embed.js is over its budget; the
// root `npm test` runs it after the build. Run after `pnpm build` (PWC_WEB_DIST: another build).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** KB of gzipped JavaScript before each page renders (issue 13: the paper page at most 150). */
const PAGE_BUDGETS_KB = {
  PaperPage: 150,
  HomePage: 150,
  // The leaderboard table's virtual rows and sorting; its chart is lazy.
  LeaderboardPage: 170,
  // GraphiQL itself; its Monaco editor and workers are lazy.
  PlaygroundPage: 420,
};
/** Any other page. */
const DEFAULT_PAGE_BUDGET_KB = 155;
/** /embed.js, the <pwc-leaderboard> web component other sites load: one file. */
const EMBED_BUDGET_KB = 15;

const dist = process.env.PWC_WEB_DIST ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
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
const failures = [];

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const entry = staticClosure(entryKey);
const pages = Object.keys(manifest)
  .filter((k) => /^src\/routes\/\w+Page\.tsx$/.test(k))
  .sort()
  .map((key) => ({ name: key.replace(/^src\/routes\/|\.tsx$/g, ''), files: staticClosure(key, new Set(entry)) }));
for (const name of Object.keys(PAGE_BUDGETS_KB)) {
  if (!pages.some((page) => page.name === name)) failures.push(`${name} has a budget but is not in the build.`);
}

console.log('JavaScript before the page renders (gzip):');
console.log(`  ${'(app shell: entry, vendor)'.padEnd(28)} ${kb(total(entry)).padStart(10)}`);
for (const { name, files } of pages) {
  const size = total(files);
  const budget = (PAGE_BUDGETS_KB[name] ?? DEFAULT_PAGE_BUDGET_KB) * 1024;
  const over = size > budget;
  console.log(`  ${name.padEnd(28)} ${kb(size).padStart(10)}   (budget ${kb(budget)})${over ? '  OVER' : ''}`);
  if (over) failures.push(`${name} needs ${kb(size)} gzipped before it renders, over its budget of ${kb(budget)}.`);
}

// Heavy libraries load after the page is on screen: no page's static imports may contain them
// (read from the chunks' source maps), except the playground's GraphiQL, its one page.
const HEAVY = [
  ['Markdown + KaTeX', /node_modules\/(katex|react-markdown|remark-[\w-]+|rehype-[\w-]+|micromark[\w-]*)\//],
  ['SotA chart (chart.js)', /node_modules\/chart\.js\//],
  ['Playground editor (Monaco)', /node_modules\/monaco-editor\//, 'PlaygroundPage'],
  ['GraphiQL', /node_modules\/(graphiql|@graphiql\/[\w-]+)\//, 'PlaygroundPage'],
];
const sourcesOf = (file) => {
  try {
    return JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8')).sources ?? [];
  } catch {
    return []; // a chunk without a source map (the bundler's runtime) holds no library
  }
};
const sources = new Map();
for (const file of new Set(pages.flatMap(({ files }) => [...files]))) {
  if (file.endsWith('.js')) sources.set(file, sourcesOf(file));
}
for (const { name, files } of pages) {
  for (const [label, library, allowedIn] of HEAVY) {
    if (name === allowedIn) continue;
    const early = [...files].filter((file) => sources.get(file)?.some((source) => library.test(source)));
    if (early.length)
      failures.push(`${label} is no longer lazy: ${name} loads it (${early.join(', ')}) before it renders.`);
  }
}

const lazy = [
  ['SotA chart (chart.js)', 'src/features/benchmark/SotaChartCanvas.tsx'],
  ['Markdown + KaTeX', 'src/ui/markdown/MarkdownRenderer.tsx'],
].map(([label, key]) => [label, [...staticClosure(key, new Set())].filter((f) => !entry.has(f))]);
const monaco = Object.values(manifest).filter((chunk) => /monaco-editor/.test(chunk.file));
const workers = readdirSync(join(dist, 'assets')).filter((file) => /\.worker-.*\.js$/.test(file));
lazy.push(['Playground editor (Monaco)', [...monaco.map((chunk) => chunk.file), ...workers.map((f) => `assets/${f}`)]]);
console.log('Loaded after the page is on screen (gzip, beyond the shell):');
for (const [label, files] of lazy) console.log(`  ${label.padEnd(28)} ${kb(total(files)).padStart(10)}`);

const embed = gzipSize('embed/embed.js');
console.log('Embeds (gzip):');
console.log(
  `  ${'/embed.js <pwc-leaderboard>'.padEnd(28)} ${kb(embed).padStart(10)}   (budget ${kb(EMBED_BUDGET_KB * 1024)})`,
);
if (embed > EMBED_BUDGET_KB * 1024) {
  failures.push(`/embed.js is ${kb(embed)} gzipped, over its budget of ${kb(EMBED_BUDGET_KB * 1024)}.`);
}

if (failures.length) {
  console.error(`\nBundle budgets exceeded (scripts/bundle-size.mjs):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exitCode = 1;
}
