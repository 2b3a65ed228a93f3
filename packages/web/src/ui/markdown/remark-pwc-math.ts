/*
 * The archive's descriptions were written for a renderer that ran markdown before MathJax, so
 * formulas escape markdown characters: "a\_{i}" meant "a_{i}". remark-math keeps math verbatim,
 * so those escapes are undone here, in the math nodes only.
 */

interface TreeNode {
  type: string;
  value?: string;
  children?: TreeNode[];
  data?: { hName?: string; hChildren?: TreeNode[] } & Record<string, unknown>;
  tagName?: string;
  properties?: Record<string, unknown>;
}

const MARKDOWN_ESCAPE = /\\([_*])/g;

export function unescapeMath(text: string): string {
  return text.replace(MARKDOWN_ESCAPE, '$1');
}

function fixText(nodes: TreeNode[] | undefined): void {
  for (const node of nodes ?? []) {
    if (node.type === 'text' && node.value !== undefined) node.value = unescapeMath(node.value);
    fixText(node.children);
  }
}

/** A formula alone in its paragraph ("$$ x $$" on its own line) was shown as a display formula. */
function asDisplayMath(paragraph: TreeNode): TreeNode | null {
  const parts = (paragraph.children ?? []).filter((c) => !(c.type === 'text' && !c.value?.trim()));
  const [only] = parts;
  if (parts.length !== 1 || only?.type !== 'inlineMath' || only.value === undefined) return null;
  const value = only.value;
  return {
    type: 'math',
    value,
    data: {
      hName: 'pre',
      hChildren: [
        {
          type: 'element',
          tagName: 'code',
          properties: { className: ['language-math', 'math-display'] },
          children: [{ type: 'text', value }],
        },
      ],
    },
  };
}

function visit(node: TreeNode): void {
  if ((node.type === 'math' || node.type === 'inlineMath') && node.value !== undefined) {
    node.value = unescapeMath(node.value);
    fixText(node.data?.hChildren);
  }
  node.children?.forEach((child, index, siblings) => {
    visit(child);
    if (child.type === 'paragraph') {
      const display = asDisplayMath(child);
      if (display) siblings[index] = display;
    }
  });
}

/** A remark plugin; runs after remark-math has made the math nodes. */
export function remarkPwcMath() {
  return (tree: TreeNode) => visit(tree);
}
