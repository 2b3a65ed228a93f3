import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './app/apollo-client';
import { App } from './app/App';
import './app/styles.css';
import { env } from './env';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App client={createApolloClient(env.graphqlUrl)} />
  </StrictMode>,
);
