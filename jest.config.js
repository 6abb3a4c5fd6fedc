/** Two projects: unit tests (pure functions, no services) and integration tests, which share one
 * devnet + Postgres + indexer run prepared by test/support/global-setup.ts. */
const transform = { '^.+\\.ts$': ['ts-jest', { diagnostics: false, tsconfig: '<rootDir>/tsconfig.jest.json' }] }

module.exports = {
    testTimeout: 120000,
    // polkadot.js keeps a timer alive for a moment after disconnect; never let that hold CI open
    forceExit: true,
    projects: [
        {
            displayName: 'unit',
            testEnvironment: 'node',
            transform,
            testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
        },
        {
            displayName: 'integration',
            testEnvironment: 'node',
            transform,
            testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
            globalSetup: '<rootDir>/test/support/global-setup.ts',
            globalTeardown: '<rootDir>/test/support/global-teardown.ts',
        },
    ],
}
