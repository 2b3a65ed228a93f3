import { useRef } from 'react';
import { env } from '../env';
import { useAccessibleGraphiQLTabs } from '../features/playground/accessible-tabs';
import { Playground } from '../features/playground/Playground';
import { usePageMeta } from '../ui/page-meta';

/** /playground — GraphiQL for the API (its own lazy chunk: the editor is large). */
export function PlaygroundPage() {
  usePageMeta({
    title: 'GraphQL playground',
    description:
      'Query papers, tasks, datasets, methods and leaderboards with GraphQL: schema docs and example queries.',
  });
  const endpoint = new URL(env.graphqlUrl, window.location.href).toString();
  const root = useRef<HTMLDivElement>(null);
  useAccessibleGraphiQLTabs(root);
  return (
    <div className="playground" ref={root}>
      <h1 className="visually-hidden">GraphQL playground</h1>
      <Playground endpoint={endpoint} />
    </div>
  );
}
