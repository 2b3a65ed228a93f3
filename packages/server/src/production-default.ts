// Imported first by the entry points: libraries read NODE_ENV when they load (graphql-js, for
// one, adds development-only type checks to every field it resolves), so the server's default
// of production must be in the environment before any of them is imported.
process.env.NODE_ENV ??= 'production';
