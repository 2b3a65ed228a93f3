import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { screen } from '@testing-library/react';
import { Outlet } from 'react-router';
import { renderAt } from '../../test/render';
import { PaperPageDocument } from '../graphql/graphql';
import { createCache } from './cache';
import { routes } from './routes';

function renderApp(path: string, mocks: ConstructorParameters<typeof MockedProvider>[0]['mocks'] = []) {
  return renderAt(path, [
    {
      element: (
        <MockedProvider mocks={mocks} cache={createCache()}>
          <Outlet />
        </MockedProvider>
      ),
      children: routes,
    },
  ]);
}

describe('not found', () => {
  // React and the router report the errors that the route boundaries catch; they are expected here.
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => {}));
  afterEach(() => jest.restoreAllMocks());

  it('shows the not-found page for an unknown path, with its own title', async () => {
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(document.title).toBe('Page not found | Papers with Code 2');
    expect(document.querySelector('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });

  it('shows the not-found page when a paper slug matches nothing', async () => {
    renderApp('/paper/no-such-paper', [
      {
        request: { query: PaperPageDocument, variables: { slug: 'no-such-paper' } },
        result: { data: { paper: null } },
      },
    ]);
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('No paper "no-such-paper" in the archive.')).toBeInTheDocument();
    // The rest of the app (header search, footer) is still there.
    expect(screen.getByRole('search')).toBeInTheDocument();
    expect(screen.getByText(/Data sourced from the/)).toBeInTheDocument();
  });

  it('shows an error the reader can retry when the API fails', async () => {
    renderApp('/paper/bert', [
      {
        request: { query: PaperPageDocument, variables: { slug: 'bert' } },
        result: { errors: [new GraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] },
      },
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent('This page could not be loaded');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
