import { internalPath } from './links';
import { remarkPwcMath, unescapeMath } from './remark-pwc-math';

describe('archive math', () => {
  it('undoes the markdown escapes the archive put inside formulas', () => {
    expect(unescapeMath(String.raw`\sum^{H}\_{i=1}a\_{i}^{l}`)).toBe(String.raw`\sum^{H}_{i=1}a_{i}^{l}`);
    expect(unescapeMath(String.raw`a \* b`)).toBe('a * b');
    expect(unescapeMath(String.raw`\frac{1}{H}`)).toBe(String.raw`\frac{1}{H}`);
  });

  it('shows a formula that stands alone in its paragraph as a display formula', () => {
    const formula = {
      type: 'inlineMath',
      value: String.raw`\mu\_{i}`,
      data: { hChildren: [{ type: 'text', value: String.raw`\mu\_{i}` }] },
    };
    const tree = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [formula] },
        { type: 'paragraph', children: [{ type: 'text', value: 'where ' }, { ...formula }] },
      ],
    };
    remarkPwcMath()(tree);
    const [alone, inText] = tree.children as Array<{ type: string; value?: string; children?: unknown[] }>;
    expect(alone).toMatchObject({ type: 'math', value: String.raw`\mu_{i}`, data: { hName: 'pre' } });
    expect(inText).toMatchObject({
      type: 'paragraph',
      children: [{ type: 'text' }, { type: 'inlineMath', value: String.raw`\mu_{i}` }],
    });
  });
});

describe('links to the old site', () => {
  it('stay on this site for the pages that exist here', () => {
    expect(internalPath('https://paperswithcode.com/method/batch-normalization')).toBe('/method/batch-normalization');
    expect(internalPath('https://www.paperswithcode.com/sota/question-answering-on-squad11')).toBe(
      '/sota/question-answering-on-squad11',
    );
  });

  it('leave other links alone', () => {
    expect(internalPath('https://paperswithcode.com/methods/category/transformers')).toBeNull();
    expect(internalPath('https://arxiv.org/abs/1810.04805')).toBeNull();
    expect(internalPath(undefined)).toBeNull();
  });
});
