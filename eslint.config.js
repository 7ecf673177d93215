import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const markupFromStrings = [
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Render text, never markup.' },
  { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Render text, never markup.' },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Render text, never markup.',
  },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never markup.' },
];

/** Builders, fakes and contracts for tests live in src/testing; product code never ships them. */
const testSupport = ['**/testing/*', '**/testing/**'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'e2e-artifacts/', 'scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...markupFromStrings],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine and its model run in the panel, the CLI, tests and benchmarks: no browser, extension or UI API.
    files: ['src/core/**/*.ts', 'src/model/**/*.ts'],
    ignores: ['src/core/**/*.test.ts', 'src/model/**/*.test.ts'],
    languageOptions: {
      globals: { ...globals.es2022, atob: 'readonly', TextDecoder: 'readonly', URL: 'readonly' },
    },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'preact',
            'preact/*',
            '@preact/*',
            'webextension-polyfill',
            '**/platform/*',
            '**/panel/*',
            '**/devtools/*',
            '**/cli/*',
            'node:*',
            ...testSupport,
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'chrome',
        'browser',
        'navigator',
        'localStorage',
        'indexedDB',
      ],
    },
  },
  {
    // The model is the vocabulary every layer shares, so it depends on nothing but itself.
    files: ['src/model/**/*.ts'],
    ignores: ['src/model/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['preact', 'preact/*', '@preact/*', 'webextension-polyfill', 'node:*', '../*', '!./*'] },
      ],
    },
  },
  {
    // Browser APIs are reached through src/platform adapters only.
    files: ['src/panel/**', 'src/devtools/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['webextension-polyfill'] }],
    },
  },
  {
    files: ['src/panel/**', 'src/devtools/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['webextension-polyfill'], patterns: testSupport }],
    },
  },
  {
    files: ['src/cli/**', 'src/platform/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: testSupport }] },
  },
);
