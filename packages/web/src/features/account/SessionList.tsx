import { useMutation } from '@apollo/client/react';
import { RevokeSessionMutation } from './account-page-operations';
import { browserName, formatDateTime } from './account-format';

interface Session {
  id: string;
  current: boolean;
  createdAt: unknown;
  lastSeenAt: unknown;
  userAgent: string | null;
}

/** Where the account is signed in; any other session can be ended from here. */
export function SessionList({
  sessions,
  onChange,
}: {
  sessions: readonly Session[];
  onChange: () => Promise<unknown>;
}) {
  const [revoke] = useMutation(RevokeSessionMutation);
  const onRevoke = async (id: string) => {
    await revoke({ variables: { id } });
    await onChange();
  };
  return (
    <ul className="credential-list" aria-label="Your sessions">
      {sessions.map((session) => (
        <li key={session.id}>
          <div>
            <strong>{browserName(session.userAgent)}</strong>
            {session.current && <span className="badge">This browser</span>}
            <div className="muted">
              Signed in {formatDateTime(session.createdAt)} · last active {formatDateTime(session.lastSeenAt)}
            </div>
          </div>
          {!session.current && (
            <button
              type="button"
              className="button button--quiet button--danger"
              onClick={() => onRevoke(session.id)}
              aria-label={`End the session of ${browserName(session.userAgent)}, last active ${formatDateTime(session.lastSeenAt)}`}
            >
              End session
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
