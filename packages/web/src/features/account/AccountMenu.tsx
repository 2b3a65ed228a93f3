import { useMutation, useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { SignOutMutation, ViewerQuery } from './account-operations';
import { useSessionChanged } from './use-session';
import { useDropDown } from '../../ui/use-drop-down';
import './account.css';

/** Signs out, tells the app the session changed, and goes home. */
function useSignOut(): () => Promise<void> {
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const [signOut] = useMutation(SignOutMutation);
  return async () => {
    await signOut();
    await sessionChanged();
    void navigate('/');
  };
}

/** "Sign in", with the page to come back to (none from the sign-in pages themselves). */
function signInPath(pathname: string, search: string): string {
  const onAuthPage = pathname === '/signin' || pathname === '/signup';
  return `/signin${onAuthPage ? '' : `?next=${encodeURIComponent(pathname + search)}`}`;
}

/**
 * The account corner as items of the main menu, for phones (where the header keeps one row):
 * "Sign in", or the account page under the reader's name and "Sign out".
 */
export function AccountNavItems() {
  const { data } = useQuery(ViewerQuery);
  const { pathname, search } = useLocation();
  const onSignOut = useSignOut();
  const viewer = data?.viewer;
  if (!viewer) {
    return (
      <li>
        <Link to={signInPath(pathname, search)}>Sign in</Link>
      </li>
    );
  }
  return (
    <>
      <li>
        <Link to="/account">
          Account <span className="muted">({viewer.name})</span>
        </Link>
      </li>
      <li>
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </li>
    </>
  );
}

/**
 * The header's account corner: "Sign in" for anonymous readers; for a signed-in one, their name
 * opening a menu (Account, Sign out). Closes when an item is chosen, on Escape and on a click elsewhere.
 */
export function AccountMenu() {
  const { data } = useQuery(ViewerQuery);
  const { pathname, search } = useLocation();
  const viewer = data?.viewer;
  if (!viewer) {
    return (
      <Link className="account-link" to={signInPath(pathname, search)}>
        Sign in
      </Link>
    );
  }
  return <SignedInMenu name={viewer.name} />;
}

function SignedInMenu({ name }: { name: string }) {
  const menuId = useId();
  const onSignOut = useSignOut();
  const { open, toggle, rootRef, listRef } = useDropDown<HTMLDivElement, HTMLUListElement>();

  return (
    <div className="account-menu" ref={rootRef}>
      <button
        type="button"
        className="account-menu__toggle"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={toggle}
      >
        <span className="account-menu__name">{name}</span>
        <svg aria-hidden="true" width="12" height="12" viewBox="0 0 12 12">
          <path d="M2 4l4 4 4-4" stroke="currentColor" strokeWidth="2" fill="none" />
        </svg>
      </button>
      <ul id={menuId} className="account-menu__list" hidden={!open} ref={listRef}>
        <li>
          <Link to="/account">Account</Link>
        </li>
        <li>
          <button type="button" onClick={onSignOut}>
            Sign out
          </button>
        </li>
      </ul>
    </div>
  );
}
