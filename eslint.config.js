// ESLint (flat config) with typescript-eslint's recommended rules, in `npm test` through `npm run lint`.
// Generated code (src/contract/generated, src/services/generated) is checked by codegen:check instead.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'data/',
      '.tmp/',
      'dist/',
      '.scratch/',
      'bench/results/',
      'src/contract/generated/',
      'src/services/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Plain JavaScript files (this config, the test-prerequisites script) run on Node.
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // Tests call services through node-soap, whose clients are built from the WSDL at run time and typed `any`.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
