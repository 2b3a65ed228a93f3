const HEIGHT_MESSAGE = 'pwc-embed:height';

/**
 * In the embed page (`/embed/sota/:slug`, whose root has `data-pwc-embed`): tells the page that
 * frames it how tall the content is, whenever that changes, so the iframe can fit it.
 */
export function postHeightToParent(): void {
  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height, href: location.href }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}

/**
 * In a page that loads embed.js: fits every iframe of an embed page to the height it reports.
 * Only the frame's own window is believed, and only for its own iframe element.
 */
export function fitFramesToTheirHeight(): void {
  window.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!data || data.type !== HEIGHT_MESSAGE || typeof data.height !== 'number') return;
    for (const frame of document.querySelectorAll('iframe'))
      if (frame.contentWindow === event.source) frame.style.height = `${Math.min(Math.max(data.height, 40), 10000)}px`;
  });
}
