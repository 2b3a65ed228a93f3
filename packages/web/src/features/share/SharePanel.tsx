import { useState, type ReactNode } from 'react';
import { CodeBlock } from '../../ui/markdown/Scrollable';

/** A snippet to copy: shown as code, with a button that puts it on the clipboard. */
export function CopyBox({ label, text }: { label: string; text: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false); // no clipboard (insecure origin): the text stays selectable
    }
  };
  return (
    <div className="copy-box">
      <div className="copy-box__head">
        <span>{label}</span>
        <button type="button" className="button button--quiet" onClick={copy} aria-label={`Copy: ${label}`}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <CodeBlock>
        <code>{text}</code>
      </CodeBlock>
    </div>
  );
}

/** The "Embed & export" panel of a page: closed until opened, so it costs the reader nothing. */
export function SharePanel({ children }: { children: ReactNode }) {
  return (
    <details className="share-panel">
      <summary>Embed &amp; export</summary>
      <div className="share-panel__body">{children}</div>
    </details>
  );
}
