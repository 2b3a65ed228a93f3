import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { JsonArraySplitter } from '../../src/archive/read/json-array-splitter';
import { readJsonArray } from '../../src/archive/read/read-json-array';

function split(text: string, chunkSize: number): unknown[] {
  const splitter = new JsonArraySplitter();
  const out: unknown[] = [];
  for (let i = 0; i < text.length; i += chunkSize) {
    for (const element of splitter.push(text.slice(i, i + chunkSize))) out.push(JSON.parse(element.text));
  }
  splitter.end();
  return out;
}

describe('reading a JSON array element by element', () => {
  const values = [
    { a: 'x]}"\\', b: [1, { c: '{[' }], d: null },
    'a string with \\"quotes\\" and ] brackets',
    12.5e3,
    true,
    null,
    [],
    { unicode: 'Zoë — 数据 😀', escaped: '\u0000\n' },
  ];
  const text = `\uFEFF [\n${values.map((v) => JSON.stringify(v)).join(' ,\n')}\n]\n`;

  it.each([1, 2, 3, 7, 64, 100000])('gives the same elements whatever the chunk size (%i)', (size) => {
    expect(split(text, size)).toEqual(values);
  });

  it('accepts an empty array and rejects trailing garbage, missing commas and unclosed arrays', () => {
    expect(split(' [ ] ', 1)).toEqual([]);
    expect(() => split('[1] x', 2)).toThrow(/after the end of the array/);
    expect(() => split('[{"a":1} {"b":2}]', 3)).toThrow(/expected ',' or ']'/);
    expect(() => split('[{"a":1},', 3)).toThrow(/not closed/);
    expect(() => split('', 3)).toThrow(/empty/);
  });

  it('reads gzip and plain files alike, whatever their names', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'pwc-reader-'));
    try {
      writeFileSync(join(folder, 'a.json'), text);
      writeFileSync(join(folder, 'b.json'), gzipSync(text)); // gzip detected by content, not name
      for (const file of ['a.json', 'b.json']) {
        const records = [];
        for await (const record of readJsonArray(join(folder, file))) records.push(record.value);
        expect(records).toEqual(values);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
