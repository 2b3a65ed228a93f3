import { internalPath } from './links';
import { extractMath, placeholder, unescapeMath } from './math-source';
import { remarkPwcMath } from './remark-pwc-math';

describe('archive math', () => {
  it('undoes the markdown escapes the archive put inside formulas, and keeps TeX’s own', () => {
    expect(unescapeMath(String.raw`\sum^{H}\_{i=1}a\_{i}^{l}`)).toBe(String.raw`\sum^{H}_{i=1}a_{i}^{l}`);
    expect(unescapeMath(String.raw`a \* b`)).toBe('a * b');
    expect(unescapeMath('\\odot{\f\\mathbf{z}}')).toBe(String.raw`\odot{\mathbf{z}}`);
    expect(unescapeMath(String.raw`\left\(x\right\)`)).toBe(String.raw`\left(x\right)`);
    expect(unescapeMath(String.raw`a \\\\ b`)).toBe(String.raw`a \\ b`);
    expect(unescapeMath(String.raw`a \\ b`)).toBe(String.raw`a \\ b`);
    expect(unescapeMath(String.raw`R(\\{ h \\})`)).toBe(String.raw`R(\{ h \})`);
    expect(unescapeMath(String.raw`\Vert\\textbf{v}`)).toBe(String.raw`\Vert\textbf{v}`);
    expect(unescapeMath(String.raw`L_\{i} + \{ x \{y\} \}`)).toBe(String.raw`L_{i} + \{ x \{y\} \}`);
    expect(unescapeMath(String.raw`\frac{1}{H} \, \| x \| \%`)).toBe(String.raw`\frac{1}{H} \, \| x \| \%`);
  });

  it('cuts out each kind of formula and leaves code and escaped dollars', () => {
    const { markdown, formulas } = extractMath(
      'a $x\\_1$ b $$y$$ c \\(z\\) d \\[w^2\\] `$k$` \\$5 \\begin{align}u\\end{align}',
    );
    expect(formulas.map((f) => [f.tex, f.display])).toEqual([
      ['x_1', false],
      ['y', true],
      ['z', false],
      ['w^2', true],
      ['\\begin{align}u\\end{align}', true],
    ]);
    expect(formulas[0]?.source).toBe('$x\\_1$');
    expect(markdown).toBe(
      `a ${placeholder(0)} b ${placeholder(1)} c ${placeholder(2)} d ${placeholder(3)} \`$k$\` \\$5 ${placeholder(4)}`,
    );
  });

  it('ends a $ formula at a blank line; a $$ formula may span paragraphs', () => {
    expect(extractMath('$a\n\nb$').formulas).toEqual([]);
    expect(extractMath('$$a\n\nb$$').formulas.map((f) => f.tex)).toEqual(['a\n\nb']);
  });

  it('reads thousands of openers without a closer as text (an edit can hold anything)', () => {
    const text = String.raw`\( \[x^2 \begin{align} a `.repeat(20_000) + '\n\n' + 'b $$ c'.repeat(1_000);
    const { markdown, formulas } = extractMath(text);
    expect(formulas.length).toBe(500);
    expect(markdown.startsWith(text.slice(0, 10_000))).toBe(true);
  });

  it('makes a paragraph of display formulas display blocks, and keeps inline ones in the text', () => {
    const { markdown, formulas } = extractMath('$$ \\mu\\_{i} $$\n\nwhere $x$ is');
    const [alone, inText] = markdown.split('\n\n');
    const tree = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: alone }] },
        { type: 'paragraph', children: [{ type: 'text', value: inText }] },
        { type: 'code', value: `echo ${placeholder(1)}` },
      ],
    };
    remarkPwcMath({ formulas })(tree);
    expect(tree.children).toMatchObject([
      { type: 'math', value: ' \\mu_{i} ', data: { hName: 'pre' } },
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'where ' },
          { type: 'inlineMath', value: 'x' },
          { type: 'text', value: ' is' },
        ],
      },
      { type: 'code', value: 'echo $x$' },
    ]);
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
