import { useMutation, useQuery } from '@apollo/client/react';
import { Link, Navigate, useNavigate } from 'react-router';
import { AccountPageQuery } from '../features/account/account-page-operations';
import { SignOutMutation } from '../features/account/account-operations';
import { formatDateTime, ROLE_LABELS } from '../features/account/account-format';
import { ApiTokens } from '../features/account/ApiTokens';
import { ChangePasswordForm } from '../features/account/ChangePasswordForm';
import { SessionList } from '../features/account/SessionList';
import { ContributionList } from '../features/contribution/PendingChanges';
import { useSessionChanged } from '../features/account/use-session';
import '../features/account/account.css';
import { PageLoading } from '../ui/Loading';
import { Section } from '../ui/Section';
import { usePageMeta } from '../ui/page-meta';

/** /account — the signed-in reader's profile, password, API tokens and sessions. */
export function AccountPage() {
  usePageMeta({ title: 'Your account', noindex: true });
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const { data, loading, error, refetch } = useQuery(AccountPageQuery, { fetchPolicy: 'network-only' });
  const [signOut, { loading: signingOut }] = useMutation(SignOutMutation);
  if (error) throw error;
  if (loading && !data) return <PageLoading />;
  const viewer = data?.viewer;
  if (!viewer) return <Navigate to="/signin?next=%2Faccount" replace />;
  const role = ROLE_LABELS[viewer.role] ?? { label: viewer.role, what: '' };

  const onSignOut = async () => {
    await signOut();
    await sessionChanged();
    void navigate('/');
  };

  return (
    <div className="account-page">
      <header className="page-header">
        <h1>Your account</h1>
      </header>
      <Section id="profile" title="Profile">
        <dl className="account-facts">
          <div>
            <dt>Name</dt>
            <dd>{viewer.name}</dd>
          </div>
          <div>
            <dt>Email</dt>
            <dd>{viewer.email}</dd>
          </div>
          <div>
            <dt>Role</dt>
            <dd>
              {role.label} <span className="muted">— {role.what}</span>
            </dd>
          </div>
          <div>
            <dt>Joined</dt>
            <dd>{formatDateTime(viewer.joinedAt)}</dd>
          </div>
        </dl>
      </Section>
      <Section id="contributions" title="Your contributions" count={viewer.contributions.length}>
        <ContributionList changes={viewer.contributions} />
        <p>
          <Link to="/submit">Submit a result</Link>
        </p>
      </Section>
      <Section id="tokens" title="API tokens" count={viewer.tokens.length}>
        <ApiTokens tokens={viewer.tokens} onChange={refetch} />
      </Section>
      <Section id="sessions" title="Sessions" count={viewer.sessions.length}>
        <SessionList sessions={viewer.sessions} onChange={refetch} />
        <button type="button" className="button" onClick={onSignOut} disabled={signingOut}>
          Sign out of this browser
        </button>
      </Section>
      <Section id="password" title="Password">
        <ChangePasswordForm onChange={refetch} />
      </Section>
    </div>
  );
}
