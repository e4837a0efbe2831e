// One lint setup for the whole repository. `npm run lint` runs with --max-warnings 0.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Imports that would give a pure package I/O, or make it depend on an outer layer. */
const impureImports = {
  patterns: [
    {
      group: ['node:*'],
      message: 'core and chat are pure: no Node APIs. Pass I/O in as an argument.',
    },
    {
      group: [
        '@recipro/server',
        '@recipro/server/*',
        '@recipro/web',
        '@recipro/web/*',
        '@recipro/cli',
        '@recipro/cli/*',
      ],
      message:
        'Dependencies point one way: server, web and cli depend on core and chat, never the reverse.',
    },
    {
      group: ['**/server/**', '**/web/**', '**/cli/**'],
      message: 'core and chat must not reach into outer packages.',
    },
  ],
  paths: [
    'fs',
    'path',
    'os',
    'http',
    'https',
    'net',
    'child_process',
    'crypto',
    'worker_threads',
    'better-sqlite3',
    'pg',
    'kysely',
  ].map((name) => ({ name, message: 'core and chat are pure: no I/O modules.' })),
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'coverage/**', 'bench/.out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Tests read untyped JSON replies; `any` there keeps assertions short.
    files: ['**/*.test.ts', '**/test/**/*.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['packages/core/src/**/*.ts', 'packages/chat/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', impureImports],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'core and chat run without a DOM.' },
        { name: 'document', message: 'core and chat run without a DOM.' },
        { name: 'fetch', message: 'core and chat do no I/O.' },
        { name: 'process', message: 'core and chat do not read the environment.' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'Time comes in as an argument in core and chat.',
        },
        {
          object: 'Math',
          property: 'random',
          message: 'core and chat are deterministic: pass a seeded source in.',
        },
      ],
    },
  },
);
