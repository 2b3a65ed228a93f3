import { Component, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { NotFoundPage } from '../routes/NotFoundPage';
import { ErrorState } from '../ui/ErrorState';
import { usePageMeta } from '../ui/page-meta';
import { describeError, isNotFound } from './errors';

/**
 * A route's error boundary: an error while the page renders (a missing object, a failed query, a
 * page chunk that did not load) shows in place of the page, and the next navigation clears it.
 * The app routes declaratively (no data router, which costs about 17 KB gzipped more before the
 * first page renders), so the boundary is React's own rather than the router's errorElement.
 */
export function RouteBoundary({ children }: { children: ReactNode }) {
  const { pathname, search } = useLocation();
  return <Boundary at={pathname + search}>{children}</Boundary>;
}

interface BoundaryState {
  error: unknown;
  /** The location the boundary last rendered at; an error is cleared when it changes. */
  at: string;
}

class Boundary extends Component<{ at: string; children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { error: null, at: this.props.at };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error ?? new Error('Unknown error') };
  }

  static getDerivedStateFromProps(props: { at: string }, state: BoundaryState): Partial<BoundaryState> | null {
    return props.at === state.at ? null : { at: props.at, error: null };
  }

  override render() {
    return this.state.error === null ? this.props.children : <RouteError error={this.state.error} />;
  }
}

/** A missing object shows the not-found page, anything else an error. */
export function RouteError({ error }: { error: unknown }) {
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
