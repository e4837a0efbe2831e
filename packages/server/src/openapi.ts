import { parseConfig, type Config } from './config.ts';
import { createRecipro } from './server.ts';

/** The parts of an OpenAPI document that recipro's checks read. */
export interface OpenApiDocument {
  readonly openapi: string;
  readonly paths: Record<string, Record<string, OpenApiOperation>>;
  readonly [key: string]: unknown;
}

export interface OpenApiOperation {
  readonly responses?: Record<
    string,
    { description?: string; content?: Record<string, { schema?: unknown }> }
  >;
  readonly [key: string]: unknown;
}

/**
 * The API's OpenAPI document, as `GET /api/openapi.json` serves it, built in this process: the
 * app is made over an in-memory SQLite database, asked for its document and closed, without
 * listening on any port.
 */
export async function describeApi(): Promise<OpenApiDocument> {
  const config: Config = {
    ...parseConfig({}, { logLevel: 'silent', webDir: null, port: 0 }),
    database: { kind: 'sqlite', file: ':memory:' },
  };
  const recipro = await createRecipro(config);
  try {
    await recipro.app.ready();
    return JSON.parse(JSON.stringify(recipro.app.swagger())) as OpenApiDocument;
  } finally {
    await recipro.close();
  }
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
/** What @fastify/swagger writes for a route whose schema names no response at all. */
const UNDESCRIBED = 'Default Response';

/**
 * The routes of a document whose successful answer is not described, one line each: a route
 * without any response schema, a 2xx answer (other than 204) with neither a body schema nor a
 * description saying it has no body, or no 2xx answer at all. Empty when every route is typed.
 */
export function undocumentedResponses(document: OpenApiDocument): string[] {
  const problems: string[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      const label = `${method.toUpperCase()} ${path}`;
      const successes = Object.entries(operation.responses ?? {}).filter(([status]) =>
        /^2\d\d$/.test(status),
      );
      if (successes.length === 0) problems.push(`${label}: no successful answer is described`);
      for (const [status, response] of successes) {
        const schemas = Object.values(response.content ?? {}).filter((m) => m.schema);
        if (status === '204') {
          if (schemas.length > 0) problems.push(`${label}: a 204 answer cannot have a body`);
        } else if (
          schemas.length === 0 &&
          (response.description === undefined || response.description === UNDESCRIBED)
        ) {
          problems.push(`${label}: the ${status} answer has no schema`);
        }
      }
    }
  }
  return problems;
}
