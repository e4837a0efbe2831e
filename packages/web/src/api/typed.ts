/**
 * The HTTP API as its generated types describe it (schema.d.ts, from the server's OpenAPI
 * document): each call names a method and a path template of the document, and its input and
 * answer are typed from that route's schemas. A thin layer over the one request helper
 * (request.ts), which keeps the cookie session, JSON bodies and the error handling.
 */
import type { paths } from './schema.d.ts';
import { query, request } from './request.ts';

export type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';

/** The path templates that answer to `method`. */
export type PathOf<M extends Method> = {
  [P in keyof paths]: paths[P][M] extends { readonly responses: unknown } ? P : never;
}[keyof paths];

/** The operation of the document for one method and path. */
export type Operation<M extends Method, P extends PathOf<M>> = Extract<
  paths[P][M],
  { readonly responses: unknown }
>;

type Responses<O> = O extends { readonly responses: infer R } ? R : never;
type JsonOf<R> = R extends { readonly content: { readonly 'application/json': infer B } }
  ? B
  : undefined;
type SuccessBody<R> =
  | (R extends { readonly 200: infer X } ? JsonOf<X> : never)
  | (R extends { readonly 201: infer X } ? JsonOf<X> : never)
  | (R extends { readonly 202: infer X } ? JsonOf<X> : never)
  | (R extends { readonly 204: unknown } ? undefined : never);

/** What a successful call answers: the JSON body of its 2xx response, undefined without one. */
export type Reply<M extends Method, P extends PathOf<M>> = SuccessBody<Responses<Operation<M, P>>>;

/** The JSON body a call sends. */
export type Body<M extends Method, P extends PathOf<M>> =
  Operation<M, P> extends {
    readonly requestBody: { readonly content: { readonly 'application/json': infer B } };
  }
    ? B
    : never;

type Parameters_<O> = O extends { readonly parameters: infer X } ? X : never;

/** The query parameters a call takes. */
export type Query<M extends Method, P extends PathOf<M>> = NonNullable<
  Parameters_<Operation<M, P>> extends { readonly query?: infer Q } ? Q : never
>;
type PathInput<O> =
  Parameters_<O> extends { readonly path: infer X } ? { readonly path: X } : unknown;
type QueryInput<O> =
  Parameters_<O> extends { readonly query: infer Q }
    ? { readonly query: Q }
    : Parameters_<O> extends { readonly query?: infer Q }
      ? [Q] extends [never | undefined]
        ? unknown
        : { readonly query?: Q }
      : unknown;
type BodyInput<O> = O extends {
  readonly requestBody: { readonly content: { readonly 'application/json': infer B } };
}
  ? { readonly body: B }
  : O extends {
        readonly requestBody?: { readonly content: { readonly 'application/json': infer B } };
      }
    ? [B] extends [never]
      ? unknown
      : { readonly body?: B }
    : unknown;

/** What a call takes besides its method and path: path parameters, query and body, as needed. */
export type Input<O> = PathInput<O> & QueryInput<O> & BodyInput<O>;
type Args<O> = object extends Input<O> ? [input?: Input<O>] : [input: Input<O>];

interface LooseInput {
  readonly path?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly body?: unknown;
}

/** Fills `{name}` in a path template, each value percent-encoded. */
export function fillPath(template: string, values: LooseInput['path'] = {}): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for {${name}} in ${template}`);
    return encodeURIComponent(value);
  });
}

/** One call of the API, typed by its route. */
export function call<M extends Method, P extends PathOf<M>>(
  method: M,
  path: P,
  ...[input]: Args<Operation<M, P>>
): Promise<Reply<M, P>> {
  const loose = (input ?? {}) as LooseInput;
  const url = fillPath(path, loose.path) + query({ ...loose.query });
  // The one place a reply is given its type: the route's response schema, generated above.
  return request(method.toUpperCase(), url, loose.body) as Promise<Reply<M, P>>;
}

const bound =
  <M extends Method>(method: M) =>
  <P extends PathOf<M>>(path: P, ...args: Args<Operation<M, P>>): Promise<Reply<M, P>> =>
    call(method, path, ...args);

/** `api.get('/api/circles/{circleId}', { path: { circleId } })` and so on. */
export const api = {
  get: bound('get'),
  put: bound('put'),
  post: bound('post'),
  patch: bound('patch'),
  delete: bound('delete'),
};
