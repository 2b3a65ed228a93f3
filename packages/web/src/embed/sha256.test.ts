import { createHash } from 'node:crypto';
import { sha256Hex } from './sha256';

describe('sha256Hex', () => {
  it.each([
    ['empty', ''],
    ['short', 'abc'],
    ['one block with its length', 'x'.repeat(55)],
    ['two blocks', 'x'.repeat(56)],
    ['a whole block', 'x'.repeat(64)],
    ['non-ASCII text', 'é漢字🙂'.repeat(100)],
    ['a query', 'query Title($slug: String!) { paper(slug: $slug) { title } }'],
  ])('hashes %s as node:crypto does', (_name, text) => {
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
  });
});
