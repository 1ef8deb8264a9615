// Architecture rules (issue 13 item 6), checked by `npm run lint` (depcruise). test/architecture/lint-rules.test.ts
// breaches each rule on purpose and expects depcruise to name it.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A cycle, even through type-only imports, ties modules together so neither can be read or moved alone.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'sdk-only-in-server-host',
      severity: 'error',
      comment: 'Host work stays in server/host/: the rest of server/ gets values and ports passed in (D51).',
      from: { path: '^server/', pathNot: '^server/host/' },
      to: { path: '(^|/)node_modules/twenty-(client-)?sdk/' },
    },
    {
      name: 'ui-sdk-front-component-and-rest-only',
      severity: 'error',
      comment: 'Front components run in the browser: they need twenty-sdk/front-component and the REST client only.',
      from: { path: '^ui/' },
      to: {
        path: '(^|/)node_modules/twenty-(client-)?sdk/',
        pathNot: '(^|/)node_modules/twenty-(sdk/dist/front-component|client-sdk/dist/rest)',
      },
    },
    {
      name: 'ui-no-server-values',
      severity: 'error',
      comment:
        'ui/ takes the route contracts from server/ as types only; a value would pull server code into the bundle.',
      from: { path: '^ui/' },
      to: { path: '^server/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'server-not-ui',
      severity: 'error',
      comment: 'The server never depends on the screens.',
      from: { path: '^server/' },
      to: { path: '^ui/' },
    },
    {
      name: 'server-plugin-constants-only',
      severity: 'error',
      comment: 'From plugin/ the server reads only the shared constants, never the definitions that load twenty-sdk.',
      from: { path: '^server/' },
      to: { path: '^plugin/', pathNot: '^plugin/constants/' },
    },
    {
      name: 'streams-metakocka-through-port',
      severity: 'error',
      comment:
        'A stream (partners, products, documents) reaches Metakocka through the sync port (server/sync/mk-port.ts), ' +
        'never the client modules of server/metakocka/, so the port says everything a stream needs of Metakocka.',
      from: { path: '^server/sync/(partners|products|documents)/' },
      to: { path: '^server/metakocka/' },
    },
    {
      name: 'crm-not-sync',
      severity: 'error',
      comment:
        'server/crm/ is the Twenty side every layer builds on; the sync builds on it, so it never reaches back into ' +
        'server/sync/, not even for a type (a type the two share lives in server/crm/).',
      from: { path: '^server/crm/' },
      to: { path: '^server/sync/' },
    },
    {
      name: 'app-not-test',
      severity: 'error',
      comment: 'Shipped code never depends on tests, fakes or fixtures.',
      from: { path: '^(server|ui|plugin)/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.twenty|dist|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.test.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts', '.json'],
    },
    skipAnalysisNotInRules: true,
  },
};
