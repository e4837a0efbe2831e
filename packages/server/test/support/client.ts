/**
 * A tiny HTTP client for API tests: real requests over the network to a listening server,
 * keeping the session cookie like a browser would.
 *
 * Each call names a route of the OpenAPI document by its path template and fills it from
 * `params` — `client.post('/api/circles/{circleId}/acts', { circleId }, body)` — so its body,
 * query and answer are typed from the generated types the web app and the browser tests use
 * (packages/web/src/api/schema.d.ts). `raw` is for the requests that are wrong on purpose
 * (malformed JSON, NUL characters, unknown routes, bodies or queries the schema refuses).
 */
import type { components } from '../../../web/src/api/schema.d.ts';
import {
  fillPath,
  type Body,
  type Method,
  type PathOf,
  type Query,
  type Reply,
} from '../../../web/src/api/typed.ts';

/** An error answer, in the one shape every route gives. */
export type ApiErrorBody = components['schemas']['ApiError'];
export type ApiError = ApiErrorBody['error'];

/** The `{name}`s of a path template. */
type ParamNames<P extends string> = P extends `${string}{${infer N}}${infer Rest}`
  ? N | ParamNames<Rest>
  : never;
/** The values that fill a path template: exactly its `{name}`s. */
export type PathParams<P extends string> = [ParamNames<P>] extends [never]
  ? Readonly<Record<string, never>> // `{}` alone would take any object, a body passed by mistake too
  : { readonly [K in ParamNames<P>]: string };
/** The params argument: required when the template has names, optional otherwise. */
type ParamsArg<P extends string> = [ParamNames<P>] extends [never]
  ? [params?: PathParams<P>]
  : [params: PathParams<P>];

/** The rest arguments of `get` and `delete` once TypeScript has checked them by route. */
type LooseArgs = [
  Readonly<Record<string, string>> | undefined,
  (CallOptions<object> & { readonly body?: unknown }) | undefined,
];

export interface CallOptions<Q> {
  /** The route's query parameters, as its schema declares them. */
  readonly query?: Q;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A deletion's options: a few routes take a JSON body too (the password to delete an account). */
export interface DeleteOptions<P extends PathOf<'delete'>> extends CallOptions<Query<'delete', P>> {
  readonly body?: Body<'delete', P>;
}

const isErrorBody = (value: unknown): value is ApiErrorBody => {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const { error } = value;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  );
};

/** The error of a 4xx/5xx answer; throws (failing the test) if there is none in the shape. */
function errorOf(status: number, parsed: unknown): ApiError {
  if (status < 400 || !isErrorBody(parsed)) {
    throw new Error(`expected an error answer, got ${status}: ${JSON.stringify(parsed)}`);
  }
  return parsed.error;
}

/**
 * The answer to a typed call.
 *
 * Why two accessors and not `body: Reply | ApiErrorBody`: a union would make every test narrow
 * before reading a field, and `expect(status).toBe(201)` does not narrow, so tests would be
 * back to casts. Instead `body` is the route's success reply and `error` the error shape, and
 * each is checked when read: `body` throws unless the status is 2xx, `error` throws unless it
 * is 4xx/5xx with `{ error: { code, message } }`. So reading the wrong one fails the test
 * loudly, and the types never claim more than the status guarantees. `parsed` is whatever came
 * back (JSON, or the text when it was not JSON), untyped, for checks of a whole payload.
 */
export class Answer<T> {
  constructor(
    readonly status: number,
    readonly headers: Headers,
    readonly parsed: unknown,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  /** The success reply, typed by the route's 2xx response schema. */
  get body(): T {
    if (!this.ok) {
      throw new Error(`expected a 2xx answer, got ${this.status}: ${JSON.stringify(this.parsed)}`);
    }
    // The route's response schema, generated: the one place a reply here is given its type.
    return this.parsed as T;
  }

  /** The `error` of a 4xx/5xx answer in the error shape. */
  get error(): ApiError {
    return errorOf(this.status, this.parsed);
  }
}

/** The answer to a raw request: nothing about its body is assumed. */
export class RawAnswer {
  constructor(
    readonly status: number,
    readonly headers: Headers,
    /** JSON when it parsed, the text otherwise, null when empty. */
    readonly body: unknown,
  ) {}

  /** The same as `body`, named as on a typed answer. */
  get parsed(): unknown {
    return this.body;
  }

  /** The `error` of a 4xx/5xx answer in the error shape. */
  get error(): ApiError {
    return errorOf(this.status, this.body);
  }
}

const queryString = (query: object | undefined): string => {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) search.set(name, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
};

export class Client {
  cookie: string | null = null;

  constructor(readonly baseUrl: string) {}

  /** Sends one request; the status, headers and parsed body (JSON, else the text). */
  private async send(
    method: string,
    path: string,
    body?: unknown,
    headers: Readonly<Record<string, string>> = {},
  ): Promise<{ status: number; headers: Headers; parsed: unknown }> {
    const sent: Record<string, string> = { ...headers };
    if (this.cookie) sent.cookie = this.cookie;
    const init: RequestInit = { method, headers: sent };
    if (body !== undefined) {
      sent['content-type'] ??= 'application/json';
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const response = await fetch(`${this.baseUrl}${path}`, init);
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair && !pair.endsWith('=') ? pair : null;
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? null : JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, parsed };
  }

  private async call<M extends Method, P extends PathOf<M>>(
    method: M,
    path: P,
    params: Readonly<Record<string, string>> | undefined,
    body: unknown,
    options: CallOptions<object> = {},
  ): Promise<Answer<Reply<M, P>>> {
    const url = fillPath(path, params) + queryString(options.query);
    const { status, headers, parsed } = await this.send(
      method.toUpperCase(),
      url,
      body,
      options.headers,
    );
    return new Answer<Reply<M, P>>(status, headers, parsed);
  }

  get<P extends PathOf<'get'>>(
    path: P,
    ...args: [...ParamsArg<P>, options?: CallOptions<Query<'get', P>>]
  ) {
    const [params, options] = args as unknown as LooseArgs;
    return this.call('get', path, params, undefined, options);
  }

  delete<P extends PathOf<'delete'>>(
    path: P,
    ...args: [...ParamsArg<P>, options?: DeleteOptions<P>]
  ) {
    const [params, options] = args as unknown as LooseArgs;
    return this.call('delete', path, params, options?.body, options);
  }

  post<P extends PathOf<'post'>>(
    path: P,
    params: PathParams<P>,
    body?: Body<'post', P>,
    options?: CallOptions<Query<'post', P>>,
  ) {
    return this.call('post', path, params, body, options);
  }

  put<P extends PathOf<'put'>>(
    path: P,
    params: PathParams<P>,
    body?: Body<'put', P>,
    options?: CallOptions<Query<'put', P>>,
  ) {
    return this.call('put', path, params, body, options);
  }

  patch<P extends PathOf<'patch'>>(
    path: P,
    params: PathParams<P>,
    body?: Body<'patch', P>,
    options?: CallOptions<Query<'patch', P>>,
  ) {
    return this.call('patch', path, params, body, options);
  }

  /**
   * A request outside the typed routes, on purpose: a body or query the schema refuses,
   * malformed JSON (a string body is sent as it is), an unknown route.
   */
  async raw(
    method: string,
    path: string,
    body?: unknown,
    headers?: Readonly<Record<string, string>>,
  ): Promise<RawAnswer> {
    const { status, headers: got, parsed } = await this.send(method, path, body, headers);
    return new RawAnswer(status, got, parsed);
  }
}
