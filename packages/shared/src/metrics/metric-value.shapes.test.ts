/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isMissingMetricValue, parseMetricValue } from './metric-value';
import { metricValueShape } from './value-shape';

/*
 * One row per shape of published value: an example, what it must parse to (null: shown raw,
 * unranked; "missing": a "no value" placeholder). The first group is every shape of the real
 * leaderboard files in fixtures/evaluation-tables (checked below); the second, shapes that the
 * full archive publishes (issue 9, PWC-FORMATS.md) and these files happen not to.
 */
const SHAPES: [raw: unknown, expected: number | null | 'missing'][] = [
  // fixtures/evaluation-tables
  ['90.871', 90.871],
  ['2179678', 2179678],
  ['0.8428 ± 0.0014', 0.8428],
  ['3.0m', 3e6],
  ['220k', 220e3],
  ['15m', 15e6],
  ['', 'missing'],
  ['–', 'missing'],
  ['Please tell us', null],
  // the full archive
  [85.1, 85.1],
  [42, 42],
  [null, 'missing'],
  ['85.1%', 85.1],
  ['12M', 12e6],
  ['1.5B', 1.5e9],
  ['60.2/71.4', 60.2],
  ['60.2 / 71.4', 60.2],
  ['**70.3**', 70.3],
  ['*70.3*', 70.3],
  ['__70.3__', 70.3],
  ['**70.3** ± 0.2', 70.3],
  ['(32.76 32.07 26.26 22.74)', 32.76],
  ['32.76 32.07 26.26 22.74', 32.76],
  ['[85.1]', 85.1],
  ['85.1, 84.0', 85.1],
  ['91.2*', 91.2],
  ['91.2**', 91.2],
  ['91.2†', 91.2],
  ['91.2‡', 91.2],
  ['91.2¹', 91.2],
  ['91.2 (dev)', 91.2],
  ['~85', 85],
  ['$85.1$', 85.1],
  ['1,234', 1234],
  ['-0.5', -0.5],
  ['−0.5', -0.5],
  ['1e-3', 0.001],
  ['12.3ms', 12.3],
  ['12.3 ms', 12.3],
  ['1.08bpc', 1.08],
  ['12MB', 12e6],
  ['N/A', 'missing'],
  ['-', 'missing'],
  ['—', 'missing'],
  ['?', 'missing'],
  ['ResNet-50', null],
  ['3D', null],
  ['<0.1', null],
  ['Yes', null],
];

function expectedOf(raw: unknown): number | null | 'missing' {
  if (isMissingMetricValue(raw)) return 'missing';
  return parseMetricValue(raw);
}

/** Every published metric value of a Task tree, subtasks and subdatasets included. */
function collectValues(node: unknown, into: unknown[]): unknown[] {
  if (Array.isArray(node)) for (const child of node) collectValues(child, into);
  else if (typeof node === 'object' && node !== null) {
    for (const [key, child] of Object.entries(node)) {
      if (key === 'metrics' && typeof child === 'object' && child !== null && !Array.isArray(child)) {
        into.push(...Object.values(child));
      } else collectValues(child, into);
    }
  }
  return into;
}

const FIXTURES = join(__dirname, '../../fixtures/evaluation-tables');

describe('metric values of every shape', () => {
  it.each(SHAPES)('%j → %p', (raw, expected) => {
    expect(expectedOf(raw)).toBe(expected);
  });

  it('cover every shape published in the real leaderboard files, and read each value of them alike', () => {
    const values = readdirSync(FIXTURES)
      .filter((file) => file.endsWith('.json.gz'))
      .flatMap((file) => collectValues(JSON.parse(gunzipSync(readFileSync(join(FIXTURES, file))).toString()), []));
    // Every value of every row, subtasks and subdatasets included (counted with jq over the same files).
    expect(values.length).toBe(2957);

    const table = new Map(SHAPES.map(([raw, expected]) => [metricValueShape(raw), expected]));
    const uncovered = new Set<string>();
    const misread: unknown[] = [];
    for (const raw of values) {
      const expected = table.get(metricValueShape(raw));
      if (expected === undefined) uncovered.add(metricValueShape(raw));
      // Same shape, same kind of reading: a number, a placeholder, or raw text.
      else if (typeof expected !== typeof expectedOf(raw) || (expected === null) !== (expectedOf(raw) === null))
        misread.push(raw);
    }
    expect([...uncovered]).toEqual([]);
    expect(misread).toEqual([]);
  });
});
