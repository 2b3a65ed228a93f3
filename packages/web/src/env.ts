/** Build-time settings; the only module that reads `import.meta.env`. */
export const env = {
  /** The GraphQL endpoint; same origin by default (the server serves the app and the API). */
  graphqlUrl: (import.meta.env.VITE_GRAPHQL_URL as string | undefined) ?? '/graphql',
  /** True in `vite` dev mode. */
  dev: import.meta.env.DEV,
} as const;

/** The API server's origin (scheme, host, port), for links and snippets that leave this page. */
export function serverOrigin(): string {
  return new URL(env.graphqlUrl, window.location.href).origin;
}
