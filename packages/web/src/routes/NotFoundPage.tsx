import { Link } from 'react-router';
import { usePageMeta } from '../ui/page-meta';

/** Shown for unknown paths and for slugs that match nothing. */
export function NotFoundPage({ message }: { message?: string | undefined }) {
  usePageMeta({ title: 'Page not found', noindex: true });
  return (
    <section className="state state--not-found">
      <p className="eyebrow">404</p>
      <h1>Page not found</h1>
      <p>{message ? `${message} in the archive.` : 'There is nothing at this address.'}</p>
      <p>
        Try the search box above, <Link to="/sota">browse the leaderboards</Link>, or go to the{' '}
        <Link to="/">home page</Link>.
      </p>
    </section>
  );
}
