// One lint setup for the whole repository. `npm run lint` runs with --max-warnings 0.
import { readdirSync } from 'node:fs';
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

/**
 * The web app's folders (packages/web/src) and what each may import (docs/ARCHITECTURE.md):
 * - app-wide modules: the root `*.ts` files (API clients, errors, router, session, validation,
 *   focus, the words for forms of care, the current circle, the service worker) and `api/`,
 *   `i18n/`, `router/`; they import only each other;
 * - shared UI: `hooks/` and `components/`; they import each other and the app-wide modules;
 * - features: every other folder; each imports itself, the shared UI and the app-wide modules,
 *   never another feature;
 * - composers: `screens/` (one per route) and `shell/` (the frame around every screen) may also
 *   import any feature; `App.tsx`, `Routes.tsx` and `main.tsx` put it all together.
 * A new folder is a feature unless it is named here. Tests may import what they test.
 */
const WEB_SRC = 'packages/web/src';
const webInfrastructure = ['api', 'i18n', 'router'];
const webShared = ['hooks', 'components'];
const webComposers = ['screens', 'shell'];
const webFeatures = readdirSync(new URL(`./${WEB_SRC}/`, import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .filter((name) => ![...webInfrastructure, ...webShared, ...webComposers].includes(name))
  .sort();

/** A relative source (`./x/…`, `../x/…`, `../../x`) in one of `folders` of packages/web/src. */
const webFolderSource = (folders) => {
  const odd = folders.find((name) => !/^[a-z][a-z0-9-]*$/.test(name));
  if (odd) throw new Error(`eslint.config.js: name the web folder "${odd}" in lower case`);
  return `^(\\.\\.?/)+(${folders.join('|')})(/|$)`;
};

/** The web rule for `files`: no import, static or dynamic, from any of `folders`. */
const webBoundary = (files, folders, message) => ({
  files,
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ regex: webFolderSource(folders), message }] },
    ],
    'no-restricted-syntax': [
      'error',
      {
        selector: `ImportExpression[source.value=/${webFolderSource(folders).replaceAll('/', '\\/')}/]`,
        message,
      },
    ],
  },
});

const webBoundaries = [
  webBoundary(
    [`${WEB_SRC}/*.ts`, ...webInfrastructure.map((folder) => `${WEB_SRC}/${folder}/**`)],
    [...webShared, ...webFeatures, ...webComposers],
    'App-wide modules (api, i18n, router, session, errors, ...) import only each other.',
  ),
  webBoundary(
    webShared.map((folder) => `${WEB_SRC}/${folder}/**`),
    [...webFeatures, ...webComposers],
    'hooks/ and components/ are shared by features: they import no feature, screen or shell.',
  ),
  ...webFeatures.map((feature) =>
    webBoundary(
      [`${WEB_SRC}/${feature}/**`],
      [...webFeatures.filter((other) => other !== feature), ...webComposers],
      `A feature imports only itself, hooks/, components/ and the app-wide modules: move what ${feature}/ shares with another feature into hooks/ or components/.`,
    ),
  ),
  ...webComposers.map((composer) =>
    webBoundary(
      [`${WEB_SRC}/${composer}/**`],
      webComposers.filter((other) => other !== composer),
      'screens/ and shell/ compose features; neither imports the other.',
    ),
  ),
];

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
  ...webBoundaries,
);
