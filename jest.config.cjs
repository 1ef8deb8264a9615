/** Jest runs TypeScript through SWC; the path aliases mirror tsconfig.json. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(until-async)/)'],
  moduleNameMapper: {
    '^(plugin|server|ui|migrations)/(.*)$': '<rootDir>/$1/$2',
    '^test/(.*)$': '<rootDir>/test/$1',
  },
  maxWorkers: 2,
  testTimeout: 60000,
};
