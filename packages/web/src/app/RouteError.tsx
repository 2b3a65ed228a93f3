import { useRouteError } from 'react-router';
import { NotFoundPage } from '../routes/NotFoundPage';
import { ErrorState } from '../ui/ErrorState';
import { usePageMeta } from '../ui/page-meta';
import { describeError, isNotFound } from './errors';

/** A route's error boundary: a missing object shows the not-found page, anything else an error. */
export function RouteError() {
  const error = useRouteError();
  if (isNotFound(error)) return <NotFoundPage message={error instanceof Error ? error.message : undefined} />;
  return <PageError error={error} />;
}

function PageError({ error }: { error: unknown }) {
  usePageMeta({ title: 'Error' });
  return (
    <ErrorState
      title="This page could not be loaded"
      message={describeError(error)}
      onRetry={() => window.location.reload()}
    />
  );
}
