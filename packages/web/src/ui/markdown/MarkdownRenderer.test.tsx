import { screen } from '@testing-library/react';
import { renderWithRouter } from '../../../test/render';
import archive from './fixtures/methods-2022-05-20.json';
import { Markdown } from './Markdown';
import { MarkdownRenderer } from './MarkdownRenderer';

/*
 * Real method descriptions from the archive (fixtures/, CC-BY-SA 4.0), rendered as a page shows
 * them; each case asserts the structures the old site showed: KaTeX's MathML (msub, msup,
 * mtable …, which is what the typeset HTML is built from), markdown's elements, inert text.
 */

const descriptions = new Map(archive.map((method) => [method.name, method.description]));

function description(name: string): string {
  const text = descriptions.get(name);
  if (text === undefined) throw new Error(`no fixture ${name}`);
  return text;
}

function render(markdown: string): HTMLElement {
  return renderWithRouter(<MarkdownRenderer>{markdown}</MarkdownRenderer>).container;
}

interface Typeset {
  tex: string;
  display: boolean;
  math: Element;
}

function formulas(root: Element): Typeset[] {
  return [...root.querySelectorAll('.katex')].map((katex) => ({
    tex: katex.querySelector('annotation')?.textContent?.trim() ?? '',
    display: katex.parentElement?.classList.contains('katex-display') ?? false,
    math: katex.querySelector('math') as Element,
  }));
}

/** The text of every sub/superscript element `tag`, as [base, script(s)…]. */
function scripts(root: Element, tag: 'msub' | 'msup' | 'msubsup'): string[][] {
  return [...root.querySelectorAll(tag)].map((element) => [...element.children].map((c) => c.textContent ?? ''));
}

/** The text a reader sees outside the formulas. */
function prose(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  copy.querySelectorAll('.katex').forEach((katex) => katex.replaceWith(' '));
  return copy.textContent ?? '';
}

function expectCleanRender(root: Element): void {
  expect([...root.querySelectorAll('.katex-error')].map((e) => e.textContent)).toEqual([]);
  // Nothing of the TeX leaks into the text around the formulas.
  expect(prose(root)).not.toMatch(/\$\$|\\begin|\\frac|\\mathbf|\\text\{|\\left/);
}

const cases: Array<[string, (root: HTMLElement) => void]> = [
  [
    'Adam: subscripts in $$…$$ with plain and escaped underscores, inline $ \\eta $',
    (root) => {
      const all = formulas(root);
      expect(all.filter((f) => f.display)).toHaveLength(5);
      expect(scripts(root, 'msub')).toEqual(
        expect.arrayContaining([
          ['w', 't'],
          ['w', 't−1'],
          ['m^', 't'],
        ]),
      );
      // \beta^{t}_{1}: one element with base β, subscript 1, superscript t.
      expect(scripts(root, 'msubsup')).toContainEqual(['β', '1', 't']);
      expect(all.filter((f) => !f.display).map((f) => f.tex)).toEqual([
        '\\eta',
        '\\epsilon',
        '\\beta_{1}',
        '\\beta_{2}',
      ]);
      expect(screen.getByRole('link', { name: 'RMSProp' })).toHaveAttribute('href', '/method/rmsprop');
      expect(root.querySelector('strong')).toHaveTextContent('Adam');
    },
  ],
  [
    'Batch Normalization: \\mathcal subscripts written \\_, \\text{BN}',
    (root) => {
      expect(formulas(root).filter((f) => f.display)).toHaveLength(4);
      expect(scripts(root, 'msub')).toEqual(
        expect.arrayContaining([
          ['μ', 'B'],
          ['x', 'i'],
          ['y', 'i'],
        ]),
      );
      expect(scripts(root, 'msubsup')).toContainEqual(['σ', 'B', '2']);
      expect([...root.querySelectorAll('mtext')].map((t) => t.textContent)).toContain('BN');
      expect(screen.getByRole('link', { name: 'Dropout' })).toHaveAttribute('href', '/method/dropout');
    },
  ],
  [
    'Multi-Head Attention: \\textbf, \\text{MultiHead}, W_i^Q',
    (root) => {
      expect(formulas(root).filter((f) => f.display)).toHaveLength(2);
      expect(scripts(root, 'msubsup')).toEqual(
        expect.arrayContaining([
          ['W', 'i', 'Q'],
          ['W', 'i', 'K'],
        ]),
      );
      expect(scripts(root, 'msub')).toEqual(
        expect.arrayContaining([
          ['head', '1'],
          ['head', 'h'],
        ]),
      );
      expect([...root.querySelectorAll('mtext')].map((t) => t.textContent)).toContain('MultiHead');
      expect(root.querySelector('[mathvariant="bold"]')).toHaveTextContent('Q');
      expect(screen.getByRole('link', { name: /^Lilian Weng/ })).toHaveAttribute(
        'href',
        'https://lilianweng.github.io/lil-log/2018/06/24/attention-attention.html#a-family-of-attention-mechanisms',
      );
    },
  ],
  [
    'SM3: headings, a fenced code block, GFM tables, code spans; its raw <sup> shown as text',
    (root) => {
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Memory-Efficient Adaptive Optimization');
      expect(root.querySelector('pre > code.language-python')).toHaveTextContent(
        'learning_rate = lr_constant * tf.minimum(1.0, (warm_up_step / global_step) ** p)',
      );
      const tables = screen.getAllByRole('table');
      expect(tables).toHaveLength(2);
      expect(tables[0]?.querySelectorAll('th')).toHaveLength(2);
      expect(tables[0]?.querySelector('td')).toHaveTextContent('current_accumulator += grad * grad');
      expect(root.querySelector('table em')).toBeNull();
      expect([...root.querySelectorAll('p > code')].map((c) => c.textContent)).toContain('warm_up_step');
      expect(root.querySelector('sup')).toBeNull();
      expect(prose(root)).toContain('10<sup>8</sup> to 10<sup>10</sup>');
    },
  ],
  [
    'FT-Transformer: code spans and links given as a path',
    (root) => {
      expect([...root.querySelectorAll('code')].map((c) => c.textContent)).toEqual(['[CLS]', '[CLS]']);
      expect(screen.getByRole('link', { name: 'Transformer' })).toHaveAttribute('href', '/method/transformer');
      expect(formulas(root).map((f) => f.tex)).toEqual(['T', 'L']);
    },
  ],
  [
    'GALA: bare \\begin{align} blocks are display formulas; \\* is a star',
    (root) => {
      const displays = formulas(root).filter((f) => f.display);
      expect(displays).toHaveLength(6);
      expect(displays[0]?.tex).toMatch(/^\\begin\{align\}/);
      expect(displays[4]?.tex).toContain('s_g^* + s_l^*');
      expect(scripts(root, 'msubsup')).toContainEqual(['s', 'g', '∗']);
      expect(root.querySelectorAll('mtable').length).toBeGreaterThanOrEqual(6);
    },
  ],
  [
    'Grid Sensitive: \\begin{aligned} inside $$, rows split by \\\\',
    (root) => {
      const [first] = formulas(root).filter((f) => f.display);
      expect(first?.math.querySelectorAll('mtr')).toHaveLength(2);
      expect(scripts(root, 'msub')).toContainEqual(['g', 'x']);
    },
  ],
  [
    'DPN: a markdown-escaped line break (\\\\\\\\) is one TeX line break',
    (root) => {
      const displays = formulas(root).filter((f) => f.display);
      expect(displays).toHaveLength(4);
      expect(displays[1]?.tex).toMatch(/\\text\{,\} \\\\$/);
      expect(displays[1]?.tex).not.toContain('\\\\\\\\');
    },
  ],
  [
    'MPNN: "\\\\{" is a literal brace; $$ lines inside a paragraph',
    (root) => {
      const readout = formulas(root).find((f) => f.tex.startsWith('\\hat{y}'));
      expect(readout?.tex).toBe('\\hat{y} = R(\\{ h_{v}^{T} | v \\in G \\})');
      expect([...(readout?.math.querySelectorAll('mo') ?? [])].map((m) => m.textContent)).toEqual(
        expect.arrayContaining(['{', '}']),
      );
      expect(formulas(root).filter((f) => f.display)).toHaveLength(3);
    },
  ],
  [
    'Weight Normalization: "\\\\textbf" is \\textbf',
    (root) => {
      expect(formulas(root).find((f) => f.display)?.tex).toBe(
        '\\textbf{w} = \\frac{g}{\\Vert\\textbf{v}\\Vert}\\textbf{v}',
      );
    },
  ],
  [
    'TD Lambda: \\left\\( is \\left(; the old site’s leaked placeholders keep their underscores',
    (root) => {
      expect(formulas(root).find((f) => f.tex.startsWith('\\delta_{t}'))?.tex).toContain('\\left(S_{t+1}');
      expect([...root.querySelectorAll('strong')].map((s) => s.textContent)).toContain('TD_INLINE_MATH_1');
      expect(root.querySelector('em')).toBeNull();
    },
  ],
  [
    'GradDrop: "L_\\{i}" is the group L_{i}',
    (root) => {
      expect(formulas(root).find((f) => f.display)?.tex).toContain('\\nabla L_{i}}{');
    },
  ],
  [
    'WaveNet: \\{ … \\} stays a literal set',
    (root) => {
      const set = formulas(root).find((f) => f.tex.startsWith('\\vec{x}'));
      expect(set?.tex).toBe('\\vec{x} = \\{ x_1, \\dots, x_T \\}');
      expect(set?.math.textContent).toMatch(/\{x1,…,xT\}/);
    },
  ],
  [
    'LAPGAN: an unclosed $ stays text and takes no formula with it',
    (root) => {
      expect(prose(root)).toContain('using $G_{k}:');
      expect(
        formulas(root)
          .filter((f) => f.display)
          .map((f) => f.tex),
      ).toContain('\\tilde{h}_{k} = G_{k}\\left(z_{k}, u\\left(I_{k+1}\\right)\\right)');
    },
  ],
  [
    'Split Attention: \\begin{cases}, and braces around formulas in the text',
    (root) => {
      const cases = formulas(root).find((f) => f.tex.includes('\\begin{cases}'));
      expect(cases?.display).toBe(true);
      expect(cases?.math.querySelectorAll('mtr')).toHaveLength(2);
      expect(prose(root)).toContain('transformations { } to each');
    },
  ],
  [
    'Bort: percentages are formulas; the last, unclosed $ is text',
    (root) => {
      expect(formulas(root).map((f) => f.tex)).toEqual(['5.5 \\%', '16\\%', '288', '1.2\\%']);
      expect(prose(root)).toMatch(/about \$33%$/);
    },
  ],
  [
    'Triplet Loss: $1/MN$ is a formula (capital variables are not words)',
    (root) => {
      expect(formulas(root).map((f) => f.tex)).toContain('1/MN');
    },
  ],
  [
    'SVPG: an empty $$ $$ shows nothing',
    (root) => {
      expect(prose(root)).not.toContain('$');
      expect(formulas(root).filter((f) => f.display)).toHaveLength(1);
    },
  ],
  [
    'MPNet: nested subscripts x_{z_{<t}}',
    (root) => {
      const nested = [...root.querySelectorAll('msub')].filter(
        (msub) => msub.children[0]?.textContent === 'x' && msub.children[1]?.tagName === 'msub',
      );
      expect(nested.map((msub) => msub.children[1]?.textContent)).toEqual(
        expect.arrayContaining(['zt', 'z<t', 'z<=c']),
      );
    },
  ],
  [
    'PixelShuffle: an escaped star inside a formula',
    (root) => {
      expect(formulas(root).map((f) => f.tex)).toContain('(*, C \\times r^2, H, W)');
    },
  ],
  [
    'AutoDropout: underscores in identifiers outside formulas are text',
    (root) => {
      expect(prose(root)).toContain('rotate, shear_x, and shear_y specify');
      expect(root.querySelector('em')).toBeNull();
    },
  ],
  [
    'GATv2: __bold__, and a formula alone on its line stays inline',
    (root) => {
      expect(root.querySelector('strong')).toHaveTextContent('GATv2');
      const [score] = formulas(root);
      expect(score?.display).toBe(false);
      expect(scripts(root, 'msub')).toEqual(
        expect.arrayContaining([
          ['e', 'i,j'],
          ['h', 'i'],
          ['h', 'j'],
        ]),
      );
    },
  ],
  [
    'Spatially Separable Self-Attention: $$ blocks that open and close on different lines',
    (root) => {
      expect(formulas(root).filter((f) => f.display)).toHaveLength(5);
      expect(scripts(root, 'msubsup')).toContainEqual(['z^', 'ij', 'l']);
    },
  ],
  [
    'TaxoExpan: <query concept, anchor concept> is text, not an element',
    (root) => {
      expect(prose(root)).toContain('<query concept, anchor concept> pairs');
      expect(root.querySelector('query')).toBeNull();
    },
  ],
  [
    'Large-scale spectral clustering: linked headings, a bare \\begin{equation} with \\label',
    (root) => {
      expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual([
        'Spectral Clustering',
        'Large-scale Spectral Clustering',
      ]);
      expect(formulas(root).find((f) => f.tex.startsWith('\\begin{equation}'))?.display).toBe(true);
    },
  ],
];

describe('archive descriptions render as the old site showed them', () => {
  it('has a case for each fixture, and a fixture for each case', () => {
    const named = cases.map(([title]) => title.split(':')[0]);
    expect(named.sort()).toEqual(
      archive
        .map((m) => m.name)
        .filter((n) => n !== 'Layer Normalization' && n !== 'CycleGAN')
        .sort(),
    );
  });

  it.each(cases)('%s', (title, check) => {
    const root = render(description(title.split(':')[0] ?? ''));
    expectCleanRender(root);
    check(root);
  });

  it.each(['Layer Normalization', 'CycleGAN'])('%s renders without a KaTeX error or leaked TeX', (name) => {
    const root = render(description(name));
    expectCleanRender(root);
    expect(formulas(root).filter((f) => f.display).length).toBeGreaterThan(0);
  });
});

describe('delimiters and text the archive’s authors could write', () => {
  it('reads \\(…\\) as inline and \\[…\\] as display math; \\[1\\] stays a bracketed number', () => {
    const root = render(
      String.raw`Let \(w_t\) be the weight, updated by \[ w_{t} = w_{t-1} - \eta g_t \] as in \[1\].`,
    );
    const all = formulas(root);
    expect(all.map((f) => [f.tex, f.display])).toEqual([
      ['w_t', false],
      ['w_{t} = w_{t-1} - \\eta g_t', true],
    ]);
    expect(prose(root)).toContain('as in [1].');
  });

  it('leaves dollar amounts alone', () => {
    const root = render('A GPU hour costs $5 and a TPU hour $10, so $x$ hours cost $5x$.');
    expect(formulas(root).map((f) => f.tex)).toEqual(['x', '5x']);
    expect(prose(root)).toContain('costs $5 and a TPU hour $10, so');
  });

  it('shows an escaped dollar as a dollar', () => {
    const root = render(String.raw`The price is \$3 and $a_1$ is a formula.`);
    expect(prose(root)).toContain('The price is $3 and');
    expect(formulas(root).map((f) => f.tex)).toEqual(['a_1']);
  });

  it('keeps formulas in code as they were written', () => {
    const root = render('Run `echo $HOME and $PATH` then:\n\n```sh\nexport A=$B_1$\n```\n\nand $y_1$.');
    expect([...root.querySelectorAll('code')].map((c) => c.textContent)).toEqual([
      'echo $HOME and $PATH',
      'export A=$B_1$\n',
    ]);
    expect(formulas(root).map((f) => f.tex)).toEqual(['y_1']);
  });

  it('renders a ```math fence as a display formula', () => {
    const root = render('```math\n\\frac{a}{b}\n```');
    expect(formulas(root).map((f) => [f.tex, f.display])).toEqual([['\\frac{a}{b}', true]]);
  });

  it('shows raw HTML as text and never runs it', () => {
    const root = render(
      'x <script>window.pwned = 1</script> <img src=x onerror="window.pwned = 1"> $a<b$ <b onclick="x()">bold</b>',
    );
    expect(root.querySelector('script, img, b, [onerror], [onclick]')).toBeNull();
    expect(prose(root)).toContain('<script>window.pwned = 1</script>');
    expect(formulas(root).map((f) => f.tex)).toEqual(['a<b']);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('keeps the link rules: javascript: links are inert text, KaTeX’s \\href is not a link', () => {
    const root = render('[click](javascript:alert(1)) and $\\href{javascript:alert(1)}{x}$');
    expect(root.querySelector('a')).toBeNull();
    expect(prose(root)).toContain('click');
  });
});

describe('Markdown', () => {
  it('shows the text until the renderer has loaded, then the formulas', async () => {
    const { container } = renderWithRouter(<Markdown className="description">{'where $w_t$ is'}</Markdown>);
    await screen.findByText((_, element) => element?.classList.contains('katex') ?? false);
    expect(scripts(container, 'msub')).toEqual([['w', 't']]);
    expect(container.firstElementChild).toHaveClass('markdown', 'description');
  });
});
