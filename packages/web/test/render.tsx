import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';

/** Renders UI inside a memory router at `path`, with the app's error boundary per route. */
export function renderAt(
  path: string,
  routes: RouteObject[],
): RenderResult & { router: ReturnType<typeof createMemoryRouter> } {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return { ...render(<RouterProvider router={router} />), router };
}

/** Renders one element at `path` (for components that read the URL or render links). */
export function renderWithRouter(
  ui: ReactElement,
  path = '/',
): RenderResult & { router: ReturnType<typeof createMemoryRouter> } {
  return renderAt(path, [{ path: '*', element: ui }]);
}
