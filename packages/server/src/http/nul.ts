import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';

/**
 * NUL (U+0000) is refused in every string a request carries: PostgreSQL cannot hold it in text
 * (it answered with an error that became a 500), and SQLite would keep it, so both databases
 * answer alike only if neither ever sees one. A path or query string can carry it only as
 * `%00`; a JSON body as `\u0000`, in a value or a key, at any depth.
 */
export function installNulRefusal(app: FastifyInstance): void {
  // A callback hook, not an async one: it runs on every request and never waits for anything.
  app.addHook('onRequest', (request, _reply, done) => {
    const url = request.raw.url ?? '';
    const at = url.search(/%00|\0/);
    if (at === -1) return done();
    const query = url.indexOf('?');
    done(nulRefused(query !== -1 && at > query ? 'query' : 'path'));
  });
}

/** Where the first NUL is in a parsed JSON value (as a dotted path), or null when there is none. */
export function nulIn(value: unknown): string | null {
  // Iterative: a deeply nested body must not exhaust the stack.
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\0')) return path;
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i -= 1) stack.push({ value: v[i], path: join(path, i) });
    } else if (v !== null && typeof v === 'object') {
      for (const [key, inner] of Object.entries(v)) {
        const here = join(path, key);
        if (key.includes('\0')) return here;
        stack.push({ value: inner, path: here });
      }
    }
  }
  return null;
}

/** Joins a path; a NUL in a key is shown as the text `\u0000`. */
const join = (path: string, key: string | number) => {
  const shown = String(key).replaceAll('\0', '\\u0000');
  return path === '' ? shown : `${path}.${shown}`;
};

export const nulRefused = (field: string): AppError => {
  const message = 'must not hold a NUL character (U+0000)';
  return new AppError('validation_failed', `The request is not valid: ${field} ${message}.`, {
    details: [{ field, message }],
  });
};
