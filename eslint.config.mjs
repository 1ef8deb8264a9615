// ESLint (issue 13 item 6): typescript-eslint's recommended rules over the app, its scripts and tests. Type-aware
// rules are left out: the project service triples lint time on a 2-core machine and tsc already checks the types.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const sources = '**/*.{ts,tsx,mjs,cjs,js}';

export default tseslint.config(
  { ignores: ['node_modules/', '.twenty/', 'dist/', 'coverage/', 'public/', '**/*.d.ts', '**/*.d.mts'] },
  { files: [sources], extends: [js.configs.recommended, ...tseslint.configs.recommended] },
  {
    files: [sources],
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
      },
    },
    rules: {
      // The code drops a field by destructuring it into a `_name` binding; the underscore says "deliberately unused".
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // CommonJS files (the bin, jest's and depcruise's configs) load modules with require() by definition.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // A list of FieldSpecs mixes a different value type per field (an existential type TypeScript cannot spell), so
    // the partner field tables and the conflict resolver that walks them use `any` for the per-field parameters.
    files: ['server/sync/conflict-resolution.ts', 'server/sync/partners/{events,mapper,push-person}.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Test doubles stand in for SDK clients and wire answers whose full types add nothing to what a test checks.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
