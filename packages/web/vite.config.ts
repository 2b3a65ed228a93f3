import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import { precompiledDocuments } from './build/precompiled-documents';
import { routeMap } from './build/route-map';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

// `pnpm dev` runs the API on PORT (default 4000); the dev server proxies /graphql to it.
const apiPort = process.env.PWC_API_PORT ?? process.env.PORT ?? '4000';

export default defineConfig({
  // Each page's GraphQL documents ship with that page's chunk, not all of them in the entry; the
  // route map (dist/.vite/routes.json) tells the server which page module each path loads.
  plugins: [react(), precompiledDocuments(webRoot), routeMap(webRoot)],
  resolve: {
    // rxjs (under Apollo Client) as ES2015 rather than its ES5 build: smaller, without tslib.
    conditions: ['es2015', ...defaultClientConditions],
    // The shared domain rules are plain TypeScript: bundle the source, not the CommonJS build.
    alias: [
      {
        find: /^@pwc\/shared$/,
        replacement: fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
      },
    ],
  },
  server: {
    proxy: { '/graphql': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: true } },
  },
  preview: {
    proxy: { '/graphql': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: true } },
  },
  optimizeDeps: {
    // GraphiQL's worker set-up imports Monaco's workers with `?worker`, which only Vite's own
    // transform understands (the dependency pre-bundler cannot read those files), so these two
    // modules are served as they are in dev; the production build bundles them normally.
    exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'],
  },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // dist/.vite/manifest.json maps each route module to its chunks (read by scripts/bundle-size.mjs).
    manifest: true,
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      // GraphiQL ships React-compiler output with "use no memo" directives; the note is noise.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
      output: {
        codeSplitting: {
          // The libraries every page needs, cached across deploys of the app's own code. Heavy
          // libraries (GraphiQL + Monaco, chart.js, react-markdown + KaTeX) are reached only through
          // dynamic import() of the playground route, the chart and the markdown renderer, so they
          // land in their own lazy chunks; naming them in a group here would also pull in their
          // shared dependencies (react, graphql) and make the entry depend on them.
          groups: [
            {
              name: 'vendor',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|@apollo[\\/]client|rxjs|@wry|optimism|tslib)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
