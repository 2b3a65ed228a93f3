type Child = Node | string | null | undefined | false;

/** A small element builder: text is always set as text, never parsed as HTML. */
export function h(tag: string, attributes: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child || child === '') element.append(child);
  return element;
}

/** Only web links leave the component: a `javascript:` URL from the data never becomes an href. */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function link(href: string | undefined, text: string, attributes: Record<string, string> = {}): Node {
  // Readers of an embed stay on the page they were reading: links open in a new tab.
  return href
    ? h('a', { href, target: '_blank', rel: 'noopener', ...attributes }, text)
    : document.createTextNode(text);
}
