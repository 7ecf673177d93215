import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import redaction from './scripts/eslint-redaction.js';
import uiText from './scripts/eslint-ui-text.js';

/** Faultline's own rules: words users read (eslint-ui-text.js), the Redacted brand (eslint-redaction.js). */
const faultline = { rules: { ...uiText.rules, ...redaction.rules } };

const markupFromStrings = [
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Render text, never markup.' },
  { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Render text, never markup.' },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Render text, never markup.',
  },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never markup.' },
];

/** Helpers that drive vitest (the history store contract) live in e2e/support, with the e2e ones. */
const vitestOutsideTests = {
  selector: "ImportDeclaration[source.value='vitest']",
  message: 'Only tests import vitest under src: helpers that use it live in e2e/support.',
};

/** Builders and fakes for tests live in src/testing; product code never ships them. */
const testSupport = ['**/testing/*', '**/testing/**'];

/** The helpers of redacted.ts that bypass redaction, and who may call them. */
const redactionBypass = (allowed) => [
  'error',
  {
    patterns: [
      {
        group: ['**/redact/redacted.ts', '**/redact/redact.ts'],
        importNames: [
          'seal',
          ...(allowed.assembled ? [] : ['assembled']),
          ...(allowed.unredacted ? [] : ['unredacted']),
        ],
        message:
          'seal is for src/core/redact, assembled for the report writers (src/core/report, src/cli), unredacted for scan --raw (src/cli).',
      },
    ],
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'e2e-artifacts/', 'scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { faultline },
    rules: {
      'no-restricted-syntax': ['error', ...markupFromStrings],
      // `Redacted` is made in src/core/redact only (redacted.ts): no other file may assert it.
      'faultline/no-forged-redaction': 'error',
      '@typescript-eslint/no-restricted-imports': redactionBypass({}),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Product code is linted with types, so that a cast to an alias of Redacted imported from another
    // module is seen for what it is (faultline/no-forged-redaction asks the checker).
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'src/testing/**', 'src/core/redact/**'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-syntax': ['error', ...markupFromStrings, vitestOutsideTests] },
  },
  {
    // The engine, its model and the dictionary run in the panel, the CLI, tests and benchmarks: no browser,
    // extension or UI API.
    files: ['src/core/**/*.ts', 'src/model/**/*.ts', 'src/i18n/**/*.ts'],
    ignores: ['src/core/**/*.test.ts', 'src/model/**/*.test.ts', 'src/i18n/**/*.test.ts'],
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
  {
    files: ['src/core/report/**'],
    rules: { '@typescript-eslint/no-restricted-imports': redactionBypass({ assembled: true }) },
  },
  {
    files: ['src/cli/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': redactionBypass({ assembled: true, unredacted: true }),
    },
  },
  {
    // Words users read come from src/i18n: one home per sentence, in every language.
    files: ['src/panel/**/*.tsx', 'src/devtools/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    plugins: { faultline },
    // Names and notations, not language: the product, a time zone, a file format, status classes.
    rules: { 'faultline/no-jsx-text': ['error', { allow: ['Faultline', 'UTC', 'Markdown', '[1-5]xx'] }] },
  },
  {
    files: ['src/panel/**/*.ts', 'src/panel/**/*.tsx', 'src/devtools/**/*.ts', 'src/platform/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    plugins: { faultline },
    rules: { 'faultline/no-literal-sentence': ['error', { allow: ['faultline'] }] },
  },
  {
    // The redaction itself, and tests and their helpers, which may build redacted fixtures.
    files: ['src/core/redact/**', '**/*.test.ts', '**/*.test.tsx', 'src/testing/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': 'off',
      'faultline/no-forged-redaction': 'off',
    },
  },
);
