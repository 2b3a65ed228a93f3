#!/usr/bin/env node
// Distinct shapes of the metric values in evaluation-tables files (.json or .json.gz), with how
// many values each has and how @pwc/shared reads them. Build first (`pnpm run build`), then:
//   node packages/shared/scripts/value-shapes.mjs packages/shared/fixtures/evaluation-tables/*.json.gz
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';

const { isMissingMetricValue, metricValueShape, parseMetricValue } = createRequire(import.meta.url)('../dist/index.js');

const shapes = new Map();
const visit = (node) => {
  if (Array.isArray(node)) return node.forEach(visit);
  if (typeof node !== 'object' || node === null) return;
  for (const [key, child] of Object.entries(node)) {
    if (key !== 'metrics' || Array.isArray(child) || typeof child !== 'object' || child === null) visit(child);
    else
      for (const raw of Object.values(child)) {
        const shape = metricValueShape(raw);
        const entry = shapes.get(shape) ?? { count: 0, example: raw };
        entry.count++;
        shapes.set(shape, entry);
      }
  }
};
for (const file of process.argv.slice(2)) {
  const bytes = readFileSync(file);
  visit(JSON.parse((file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString()));
}
const read = (raw) => (isMissingMetricValue(raw) ? 'no value' : (parseMetricValue(raw) ?? 'raw text, unranked'));
const rows = [...shapes].sort((a, b) => b[1].count - a[1].count);
for (const [shape, { count, example }] of rows)
  console.log(
    `${String(count).padStart(7)}  ${JSON.stringify(shape).padEnd(32)} e.g. ${JSON.stringify(example)} → ${read(example)}`,
  );
const total = rows.reduce((sum, [, e]) => sum + e.count, 0);
console.log(`${rows.length} shapes, ${total} values`);
