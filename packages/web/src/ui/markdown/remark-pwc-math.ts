import { PLACEHOLDERS, type Formula } from './math-source';

/*
 * Puts the formulas that math-source cut out back into the parsed markdown: a placeholder in
 * text becomes a math node (rendered as <code class="language-math math-inline|math-display">,
 * which rehype-katex typesets), a paragraph of display formulas only becomes display blocks,
 * and where markdown shows text literally (code, a link's address) the formula's source is put
 * back as it was written. Raw HTML becomes text.
 */

interface TreeNode {
  type: string;
  value?: string;
  url?: string;
  title?: string | null;
  alt?: string | null;
  /** On math nodes made here: the formula they show. */
  formula?: Formula;
  children?: TreeNode[];
  data?: Record<string, unknown>;
}

const LITERAL_TYPES = new Set(['code', 'inlineCode']);
const BLOCK_CONTAINERS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

function restoreSource(text: string, formulas: readonly Formula[]): string {
  return text.replace(PLACEHOLDERS, (whole, index: string) => formulas[Number(index)]?.source ?? whole);
}

function mathCode(formula: Formula) {
  return {
    type: 'element',
    tagName: 'code',
    properties: { className: ['language-math', formula.display ? 'math-display' : 'math-inline'] },
    children: [{ type: 'text', value: formula.tex }],
  };
}

function inlineMath(formula: Formula): TreeNode {
  const code = mathCode(formula);
  return {
    type: 'inlineMath',
    value: formula.tex,
    formula,
    data: { hName: code.tagName, hProperties: code.properties, hChildren: code.children },
  };
}

/** A display formula as a block of its own: <pre><code class="language-math math-display">. */
function displayMath(formula: Formula): TreeNode {
  return { type: 'math', value: formula.tex, data: { hName: 'pre', hChildren: [mathCode(formula)] } };
}

/** The text split at its placeholders into text and math nodes. */
function splitText(value: string, formulas: readonly Formula[]): TreeNode[] {
  const nodes: TreeNode[] = [];
  let last = 0;
  for (const match of value.matchAll(PLACEHOLDERS)) {
    const formula = formulas[Number(match[1])];
    if (!formula) continue;
    if (match.index > last) nodes.push({ type: 'text', value: value.slice(last, match.index) });
    nodes.push(inlineMath(formula));
    last = match.index + match[0].length;
  }
  if (last < value.length) nodes.push({ type: 'text', value: value.slice(last) });
  return nodes;
}

/** A paragraph that holds display formulas and nothing else, as display blocks; else null. */
function asDisplayBlocks(paragraph: TreeNode): TreeNode[] | null {
  const blocks: TreeNode[] = [];
  for (const child of paragraph.children ?? []) {
    if (child.type === 'text' && !child.value?.trim()) continue;
    if (child.type === 'break') continue;
    if (!child.formula?.display) return null;
    blocks.push(displayMath(child.formula));
  }
  return blocks.length > 0 ? blocks : null;
}

function visit(node: TreeNode, formulas: readonly Formula[]): void {
  if (LITERAL_TYPES.has(node.type) && node.value !== undefined) {
    node.value = restoreSource(node.value, formulas);
    return;
  }
  if (node.url !== undefined) node.url = restoreSource(node.url, formulas);
  if (node.title) node.title = restoreSource(node.title, formulas);
  if (node.alt) node.alt = restoreSource(node.alt, formulas);
  const children = node.children;
  if (!children) return;

  const next: TreeNode[] = [];
  for (const child of children) {
    if (child.type === 'text' && child.value !== undefined) {
      next.push(...splitText(child.value, formulas));
      continue;
    }
    if (child.type === 'html') {
      // Raw HTML is shown as the text it is ("10<sup>8</sup>"), never as elements.
      const text = { type: 'text', value: restoreSource(child.value ?? '', formulas) };
      next.push(BLOCK_CONTAINERS.has(node.type) ? { type: 'paragraph', children: [text] } : text);
      continue;
    }
    visit(child, formulas);
    const blocks = child.type === 'paragraph' ? asDisplayBlocks(child) : null;
    if (blocks) next.push(...blocks);
    else next.push(child);
  }
  node.children = next;
}

/** A remark plugin; `formulas` are those `extractMath` cut out of the markdown being rendered. */
export function remarkPwcMath(options: { formulas: readonly Formula[] }) {
  return (tree: TreeNode) => visit(tree, options.formulas);
}
