#!/usr/bin/env -S npx tsx
// `npm run gen:api` writes the web's types of the HTTP API (packages/web/src/api/schema.d.ts)
// from the OpenAPI document the server builds in-process; `npm run check:api` generates them
// into a temporary folder and fails when they differ from the committed ones, or when a route
// answers without a response schema.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { describeApi, undocumentedResponses } from '@recipro/server';

const root = resolve(import.meta.dirname, '..');
const target = join(root, 'packages/web/src/api/schema.d.ts');
const BANNER = `/**
 * The HTTP API's request and response types, generated from the server's OpenAPI document by
 * openapi-typescript. Do not edit: change the route's schema and run \`npm run gen:api\`
 * (\`npm run check:api\` fails while this file and the server disagree).
 */
`;

const mode = process.argv[2];
if (mode !== '--write' && mode !== '--check') {
  console.error('usage: api-types.ts --write | --check');
  process.exit(2);
}

const document = await describeApi();
const undocumented = undocumentedResponses(document);
if (undocumented.length > 0) {
  console.error('Every route needs a response schema. These have none:');
  for (const line of undocumented) console.error(`  ${line}`);
  process.exit(1);
}

const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], {
  immutable: true,
  silent: true,
});
const text = await prettier.format(BANNER + astToString(ast), {
  ...(await prettier.resolveConfig(target)),
  filepath: target,
});

const folder = mkdtempSync(join(tmpdir(), 'recipro-api-'));
try {
  const fresh = join(folder, 'schema.d.ts');
  writeFileSync(fresh, text);
  const name = relative(root, target);
  if (mode === '--write') {
    writeFileSync(target, readFileSync(fresh));
    console.log(`wrote ${name} (${Object.keys(document.paths).length} paths)`);
  } else {
    const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (committed !== text) {
      const a = committed.split('\n');
      const b = text.split('\n');
      let line = 0;
      while (line < a.length && a[line] === b[line]) line += 1;
      console.error(
        `${name} differs from the server's OpenAPI document (first at line ${line + 1}):\n` +
          `  committed: ${a[line] ?? '(end of file)'}\n  generated: ${b[line] ?? '(end of file)'}\n` +
          'Run `npm run gen:api` and commit the result.',
      );
      process.exit(1);
    }
    console.log(`${name} matches the server's OpenAPI document`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
