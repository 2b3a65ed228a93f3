import { Suspense } from 'react';
import { Link, Outlet } from 'react-router';
import { AccountMenu, AccountNavItems } from '../features/account/AccountMenu';
import { HeaderSearch } from '../features/search/HeaderSearch';
import { MainNav } from './MainNav';
import { ThemeToggle } from './ThemeToggle';
import { PageLoading } from '../ui/Loading';

// The seed site's nav, Submit included (contributions, issue 12).
const NAV = [
  { to: '/tasks', label: 'Tasks' },
  { to: '/sota', label: 'SotA' },
  { to: '/datasets', label: 'Datasets' },
  { to: '/papers', label: 'Papers' },
  { to: '/methods', label: 'Methods' },
  { to: '/submit', label: 'Submit' },
  { to: '/about', label: 'About' },
];

/** Header with navigation and search, the page, and the footer with the data's licence. */
export function Layout() {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand" aria-label="Papers with Code 2, home">
            <img src="/favicon.svg" alt="" width="28" height="28" />
            <span>Papers with Code 2</span>
          </Link>
          <MainNav items={NAV} phoneItems={<AccountNavItems />} />
          <HeaderSearch />
          <div className="site-header__account">
            <AccountMenu />
          </div>
          <ThemeToggle />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>
          Data sourced from the <a href="https://github.com/paperswithcode/paperswithcode-data">PWC Archive</a> (
          <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC-BY-SA 4.0</a>). Built by the community, for the
          community.
        </p>
        <p>
          <Link to="/playground">GraphQL API</Link> · <Link to="/sota">All leaderboards</Link> ·{' '}
          <Link to="/datasets">Datasets</Link> · <Link to="/methods">Methods</Link> · <Link to="/about">About</Link> ·{' '}
          <a href="/feeds/papers.atom">Atom feed</a>
        </p>
      </footer>
    </div>
  );
}
