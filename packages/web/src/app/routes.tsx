import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../routes/NotFoundPage';
import { Layout } from './Layout';
import { RouteBoundary } from './RouteError';

/** A page module loaded on first visit, so each page is its own chunk. */
function lazyPage(load: () => Promise<ComponentType>): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: await load() }));
}

const HomePage = lazyPage(() => import('../routes/HomePage').then((m) => m.HomePage));
const PaperPage = lazyPage(() => import('../routes/PaperPage').then((m) => m.PaperPage));
const LeaderboardPage = lazyPage(() => import('../routes/LeaderboardPage').then((m) => m.LeaderboardPage));
const SotaPage = lazyPage(() => import('../routes/SotaPage').then((m) => m.SotaPage));
const TaskPage = lazyPage(() => import('../routes/TaskPage').then((m) => m.TaskPage));
const DatasetPage = lazyPage(() => import('../routes/DatasetPage').then((m) => m.DatasetPage));
const DatasetsPage = lazyPage(() => import('../routes/DatasetsPage').then((m) => m.DatasetsPage));
const MethodPage = lazyPage(() => import('../routes/MethodPage').then((m) => m.MethodPage));
const MethodsPage = lazyPage(() => import('../routes/MethodsPage').then((m) => m.MethodsPage));
const AreaPage = lazyPage(() => import('../routes/AreaPage').then((m) => m.AreaPage));
const SearchPage = lazyPage(() => import('../routes/SearchPage').then((m) => m.SearchPage));
const PapersPage = lazyPage(() => import('../routes/PapersPage').then((m) => m.PapersPage));
const TasksPage = lazyPage(() => import('../routes/TasksPage').then((m) => m.TasksPage));
const AboutPage = lazyPage(() => import('../routes/AboutPage').then((m) => m.AboutPage));
const AuthorPage = lazyPage(() => import('../routes/AuthorPage').then((m) => m.AuthorPage));
const ConferencePage = lazyPage(() => import('../routes/ConferencePage').then((m) => m.ConferencePage));
const BoardHistoryPage = lazyPage(() => import('../routes/HistoryPage').then((m) => m.BoardHistoryPage));
const TaskHistoryPage = lazyPage(() => import('../routes/HistoryPage').then((m) => m.TaskHistoryPage));
const DatasetHistoryPage = lazyPage(() => import('../routes/HistoryPage').then((m) => m.DatasetHistoryPage));
const MethodHistoryPage = lazyPage(() => import('../routes/HistoryPage').then((m) => m.MethodHistoryPage));
const PaperHistoryPage = lazyPage(() => import('../routes/HistoryPage').then((m) => m.PaperHistoryPage));
const SignInPage = lazyPage(() => import('../routes/SignInPage').then((m) => m.SignInPage));
const SignUpPage = lazyPage(() => import('../routes/SignUpPage').then((m) => m.SignUpPage));
const ResetPasswordPage = lazyPage(() => import('../routes/ResetPasswordPage').then((m) => m.ResetPasswordPage));
const AccountPage = lazyPage(() => import('../routes/AccountPage').then((m) => m.AccountPage));
const SubmitPage = lazyPage(() => import('../routes/SubmitPage').then((m) => m.SubmitPage));
const SubmitPaperPage = lazyPage(() => import('../routes/SubmitPaperPage').then((m) => m.SubmitPaperPage));
const NewBoardPage = lazyPage(() => import('../routes/NewBoardPage').then((m) => m.NewBoardPage));
const ReviewPage = lazyPage(() => import('../routes/ReviewPage').then((m) => m.ReviewPage));
const PlaygroundPage = lazyPage(() => import('../routes/PlaygroundPage').then((m) => m.PlaygroundPage));

/** A page with its own error boundary. */
function boundary(Page: ComponentType) {
  return (
    <RouteBoundary>
      <Page />
    </RouteBoundary>
  );
}

/** A page on one of the old site's paths. */
function page(path: string, Page: ComponentType): RouteObject {
  return { path, element: boundary(Page) };
}

/** Every page of the app; the paths are the old paperswithcode.com paths. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: boundary(HomePage) },
      page('paper/:slug', PaperPage),
      page('papers', PapersPage),
      page('sota', SotaPage),
      page('sota/:slug', LeaderboardPage),
      page('task/:slug', TaskPage),
      page('tasks', TasksPage),
      page('dataset/:slug', DatasetPage),
      page('datasets', DatasetsPage),
      page('method/:slug', MethodPage),
      page('methods', MethodsPage),
      page('area/:slug', AreaPage),
      page('search', SearchPage),
      page('author/:slug', AuthorPage),
      page('conference/:slug', ConferencePage),
      // Issue 12: every recorded change of an object.
      page('sota/:slug/history', BoardHistoryPage),
      page('task/:slug/history', TaskHistoryPage),
      page('dataset/:slug/history', DatasetHistoryPage),
      page('method/:slug/history', MethodHistoryPage),
      page('paper/:slug/history', PaperHistoryPage),
      page('playground', PlaygroundPage),
      page('about', AboutPage),
      // Accounts (issue 12).
      page('signin', SignInPage),
      page('signup', SignUpPage),
      page('account', AccountPage),
      page('reset-password', ResetPasswordPage),
      // Contributions (issue 12).
      page('submit', SubmitPage),
      page('submit/paper', SubmitPaperPage),
      page('submit/leaderboard', NewBoardPage),
      page('review', ReviewPage),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
