import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { useGraphiQL } from '@graphiql/react';
import { GraphiQL, HISTORY_PLUGIN, type GraphiQLProps } from 'graphiql';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTheme } from '../../app/theme';
import { readSharedQuery, sharedQuerySearch, type SharedQuery } from '../share/share-snippets';
import { EXAMPLES_PLUGIN } from './ExamplesPlugin';
import { PLAYGROUND_EXAMPLES } from './examples';
import { PHONE_QUERY, useMediaQuery } from '../../ui/use-media-query';

/** A fetcher for our own endpoint (GraphiQL and its editor are bundled, so no CDN is needed). */
function createFetcher(url: string): GraphiQLProps['fetcher'] {
  return async (params) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify(params),
    });
    return response.json();
  };
}

const DEFAULT_TABS = PLAYGROUND_EXAMPLES.map(({ query, variables }) => ({ query, variables }));
const PLUGINS = [EXAMPLES_PLUGIN, HISTORY_PLUGIN];

/**
 * GraphiQL 5 fills the editors of the first default tab with its query but not its variables;
 * this puts the tab's variables into the (still empty) variables editor once it exists.
 */
function FirstTabVariables() {
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  const variables = useGraphiQL((state) => state.tabs[state.activeTabIndex]?.variables);
  useEffect(() => {
    if (variableEditor && variables && variableEditor.getValue() === '') variableEditor.setValue(variables);
    // Only when the editor appears: later edits are the user's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [variableEditor]);
  return null;
}

/**
 * Keeps the address bar on `?query=&variables=&operationName=` of the tab being edited, so that
 * the URL shares exactly what is on screen (replaceState: no history entry per keystroke).
 */
function useSharedQueryUrl() {
  // What the page opened with; later edits only go to the address bar.
  const [initial] = useState(() => readSharedQuery(window.location.search));
  const latest = useRef<SharedQuery>(initial);
  const write = (changes: SharedQuery) => {
    latest.current = { ...latest.current, ...changes };
    const url = `${window.location.pathname}${sharedQuerySearch(latest.current)}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  };
  return { initial, write };
}

/**
 * GraphiQL against this server, with the schema's docs and the example queries; a query shared
 * by URL (`/playground?query=…&variables=…`) opens in the editor, and the URL follows edits.
 */
export function Playground({ endpoint }: { endpoint: string }) {
  const fetcher = useMemo(() => createFetcher(endpoint), [endpoint]);
  const url = useSharedQueryUrl();
  // The site's theme (header button or system), not GraphiQL's own setting, which this hides.
  const theme = useTheme();
  // On a phone the examples panel would leave the editor a third of the width: it starts closed.
  const phone = useMediaQuery(PHONE_QUERY);
  return (
    <GraphiQL
      fetcher={fetcher}
      initialQuery={url.initial.query}
      initialVariables={url.initial.variables}
      onEditQuery={(query) => url.write({ query })}
      onEditVariables={(variables) => url.write({ variables })}
      onEditOperationName={(operationName) => url.write({ operationName })}
      onTabChange={({ tabs, activeTabIndex }) => {
        const tab = tabs[activeTabIndex];
        url.write({
          query: tab?.query ?? '',
          variables: tab?.variables ?? '',
          operationName: tab?.operationName ?? '',
        });
      }}
      defaultTabs={DEFAULT_TABS}
      plugins={PLUGINS}
      visiblePlugin={phone ? undefined : EXAMPLES_PLUGIN}
      defaultEditorToolsVisibility="variables"
      defaultTheme={theme}
      forcedTheme={theme}
    >
      <GraphiQL.Logo>
        Papers with Code 2 API
        <FirstTabVariables />
      </GraphiQL.Logo>
    </GraphiQL>
  );
}
