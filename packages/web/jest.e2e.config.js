/**
 * End-to-end tests: the built app (dist/) served by the built server against the bundled sample
 * archive, driven in headless Chromium. Run `pnpm build` first (the root test script does).
 * @type {import('jest').Config}
 */
const config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.e2e.ts'],
  globalSetup: '<rootDir>/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/global-teardown.ts',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }],
  },
  // One browser at a time against one server.
  maxWorkers: 1,
  // An upper bound, not an expectation: each wait inside a test has its own (e2e/wait.ts), and
  // a busy machine makes a test take several times as long.
  testTimeout: 300_000,
};

export default config;
