import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import '../features/account/account.css';
import { AddPaperForm } from '../features/contribution/AddPaperForm';
import { PendingChangesQuery } from '../features/contribution/contribution-operations';
import { PendingChangesList } from '../features/contribution/PendingChanges';
import '../features/contribution/contribution.css';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { PageLoading } from '../ui/Loading';
import { Section } from '../ui/Section';
import { usePageMeta } from '../ui/page-meta';

/**
 * /submit/paper — add a paper by arXiv id or URL (issue 12). A contributor's paper waits for
 * review and is listed here as pending; trusted accounts publish at once.
 */
export function SubmitPaperPage() {
  usePageMeta({ title: 'Add a paper', noindex: true });
  const pending = useQuery(PendingChangesQuery, { fetchPolicy: 'network-only' });
  if (pending.error) throw pending.error;
  if (pending.loading && !pending.data) return <PageLoading />;
  const viewer = pending.data?.viewer;

  return (
    <div className="submit-page">
      <Breadcrumbs items={[{ label: 'Submit', to: '/submit' }, { label: 'Add a paper' }]} />
      <header className="page-header">
        <h1>Add a paper</h1>
        <p className="muted">
          A paper the site does not have yet, by its arXiv id or URL. Type or paste its title, authors, date and
          abstract: nothing is fetched from other sites. Every change is recorded with its reason and can be reverted.
        </p>
      </header>
      {!viewer ? (
        <p>
          <Link to="/signin?next=%2Fsubmit%2Fpaper">Sign in</Link> or{' '}
          <Link to="/signup?next=%2Fsubmit%2Fpaper">create an account</Link> to add papers.
        </p>
      ) : (
        <>
          <p className="muted">
            {viewer.role === 'CONTRIBUTOR'
              ? 'Your paper waits for a moderator’s review before it appears on the site.'
              : 'Your account publishes directly: the paper gets its page at once.'}
          </p>
          <Section id="paper" title="The paper">
            <AddPaperForm onDone={() => pending.refetch()} />
          </Section>
          <Section id="pending" title="Your changes waiting for review" count={viewer.pendingChanges.length}>
            <PendingChangesList changes={viewer.pendingChanges} />
          </Section>
        </>
      )}
    </div>
  );
}
