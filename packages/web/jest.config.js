/**
 * Component tests: React Testing Library in jsdom. The end-to-end tests have their own config
 * (jest.e2e.config.js) because they drive the built app in Chromium.
 * @type {import('jest').Config}
 */
const config = {
  testEnvironment: '<rootDir>/test/jsdom-environment.cjs',
  roots: ['<rootDir>/src', '<rootDir>/build'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFilesAfterEnv: ['<rootDir>/test/setup-tests.ts'],
  // Upper bound for a test; above Testing Library's wait bound (test/setup-tests.ts).
  testTimeout: 60_000,
  moduleNameMapper: {
    '^@pwc/shared$': '<rootDir>/../shared/src/index.ts',
    '\\.css$': '<rootDir>/test/style-stub.cjs',
    // Vite's import.meta.env is not there under jest: the one module that reads it is stubbed.
    '^(\\.{1,2}/)+env$': '<rootDir>/test/env-stub.ts',
  },
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }],
    // The markdown and math libraries are ES modules only: compiled to CommonJS for jest.
    '^.+\\.m?js$': '<rootDir>/test/esm-transform.cjs',
  },
  // Libraries that are CommonJS already (and large) are not transformed.
  transformIgnorePatterns: [
    '/node_modules/\\.pnpm/(?:react|react-dom|scheduler|katex|jsdom|graphql|@apollo\\+client|@testing-library\\+[^/]+)@',
  ],
};

export default config;
