/**
 * The dark colour scheme changes colours and nothing else: inside `prefers-color-scheme: dark`
 * the style sheets only give colour variables another colour. The browser tests rely on it: in
 * dark they run axe's colour rules again, not every rule (e2e/axe.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('.', import.meta.url));

const styleSheets = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return styleSheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });

/** The text inside each `@media (prefers-color-scheme: dark) { … }` of `css`. */
function darkBlocks(css: string): string[] {
  const blocks: string[] = [];
  const opening = /@media[^{]*prefers-color-scheme:\s*dark[^{]*\{/g;
  for (let match = opening.exec(css); match; match = opening.exec(css)) {
    let depth = 1;
    let at = opening.lastIndex;
    while (depth > 0 && at < css.length) {
      if (css[at] === '{') depth += 1;
      if (css[at] === '}') depth -= 1;
      at += 1;
    }
    blocks.push(css.slice(opening.lastIndex, at - 1));
  }
  return blocks;
}

/** Every declaration (`property: value`) inside the rules of a block. */
const declarations = (block: string): string[] =>
  [...block.matchAll(/\{([^{}]*)\}/g)].flatMap(([, body]) =>
    (body ?? '')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split(';')
      .map((declaration) => declaration.trim())
      .filter((declaration) => declaration !== ''),
  );

describe('the dark colour scheme', () => {
  const sheets = styleSheets(SRC).map((path) => ({ path, css: readFileSync(path, 'utf8') }));

  it('is declared somewhere (the check below would pass on nothing)', () => {
    expect(sheets.flatMap(({ css }) => darkBlocks(css)).length).toBeGreaterThan(0);
  });

  it('only gives colour variables another colour', () => {
    const other = sheets.flatMap(({ path, css }) =>
      darkBlocks(css)
        .flatMap(declarations)
        .filter((declaration) => !/^--[\w-]+:\s*#[0-9a-f]{3,8}$/i.test(declaration))
        .map((declaration) => `${path.slice(SRC.length)}: ${declaration}`),
    );
    expect(other).toEqual([]);
  });

  it('finds a declaration that is not a colour (the check can fail)', () => {
    const css = '@media (prefers-color-scheme: dark) { .a { --bg: #000; display: none; } }';
    expect(darkBlocks(css).flatMap(declarations)).toEqual(['--bg: #000', 'display: none']);
  });
});
