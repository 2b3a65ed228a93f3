import { print, type DocumentNode } from 'graphql';
import { CopyBox, SharePanel } from './SharePanel';
import {
  curlLine,
  exportLinks,
  iframeSnippet,
  playgroundUrl,
  webComponentSnippet,
  type BoardView,
} from './share-snippets';

/** A leaderboard's embeds, files and query, as the page currently shows it (metric, filters). */
export function BoardShare({
  view,
  query,
  variables,
}: {
  view: BoardView;
  query: DocumentNode;
  variables: Record<string, unknown>;
}) {
  const request = { query: print(query), variables };
  return (
    <SharePanel>
      <p>
        Download:{' '}
        {exportLinks(view).map((link, i) => (
          <span key={link.label}>
            {i > 0 && ' · '}
            <a href={link.href}>{link.label}</a>
          </span>
        ))}{' '}
        (ranked and filtered as shown). Data: CC BY-SA 4.0.
      </p>
      <CopyBox label="Web component" text={webComponentSnippet(view)} />
      <CopyBox label="Iframe" text={iframeSnippet(view)} />
      <CopyBox label="The GraphQL query of this table" text={request.query} />
      <CopyBox label="curl" text={curlLine(view.origin, request)} />
      <p>
        <a href={playgroundUrl(view.origin, request)}>Open in playground</a>
      </p>
    </SharePanel>
  );
}
