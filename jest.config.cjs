/** Jest runs TypeScript through SWC; the path aliases mirror tsconfig.json. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

// msw 2 pulls in ESM-only packages; jest (CommonJS) needs them transformed.
const esmOnlyPackages = [
  'until-async',
  'rettime',
  '@open-draft',
  '@mswjs',
  'outvariant',
  'strict-event-emitter',
  'headers-polyfill',
  'is-node-process',
  '@bundled-es-modules',
  // d3's geometry modules (the report page's charts) ship as ES modules only.
  'd3-[a-z-]+',
  'internmap',
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyPackages.join('|')})/)`],
  moduleNameMapper: {
    '^(plugin|server|ui|migrations)/(.*)$': '<rootDir>/$1/$2',
    '^test/(.*)$': '<rootDir>/test/$1',
  },
  maxWorkers: 2,
  testTimeout: 60000,
};
