// src/env.ts for component tests: jest cannot load import.meta.env (Vite fills it at build time).
export const env = { graphqlUrl: '/graphql', dev: false } as const;

export function serverOrigin(): string {
  return new URL(env.graphqlUrl, window.location.href).origin;
}
