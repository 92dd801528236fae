/** Unit, property, host and browser tests. Type errors are caught by `npm run typecheck`, so ts-jest only transpiles (isolatedModules in tsconfig.json). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
  testTimeout: 120000,
};
