/**
 * The OpenAPI document as the server serves it, for the tests that walk every route. The
 * document's own route is not in the document, so it is asked for raw and its shape checked
 * here before anything reads it.
 */
import type { OpenApiDocument } from '../../src/openapi.ts';
import type { Client } from './client.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isResponse = (value: unknown): boolean =>
  isRecord(value) &&
  (value.description === undefined || typeof value.description === 'string') &&
  (value.content === undefined ||
    (isRecord(value.content) && Object.values(value.content).every(isRecord)));

const isOperation = (value: unknown): boolean =>
  isRecord(value) &&
  (value.responses === undefined ||
    (isRecord(value.responses) && Object.values(value.responses).every(isResponse)));

/** Whether a parsed body has the parts of an OpenAPI document that the checks read. */
export const isOpenApiDocument = (value: unknown): value is OpenApiDocument =>
  isRecord(value) &&
  typeof value.openapi === 'string' &&
  isRecord(value.paths) &&
  Object.values(value.paths).every(
    (item) => isRecord(item) && Object.values(item).every(isOperation),
  );

/** The document in a parsed body; throws (failing the test) when it is not one. */
export function documentIn(body: unknown): OpenApiDocument {
  if (!isOpenApiDocument(body)) {
    throw new Error(`expected an OpenAPI document, got ${JSON.stringify(body).slice(0, 200)}`);
  }
  return body;
}

/** The document `GET /api/openapi.json` serves. */
export async function servedDocument(client: Client): Promise<OpenApiDocument> {
  const reply = await client.raw('GET', '/api/openapi.json');
  if (reply.status !== 200) throw new Error(`expected the OpenAPI document, got ${reply.status}`);
  return documentIn(reply.body);
}

/** Every route of a document: its path template and its method, upper case. */
export const documentedRoutes = (
  document: OpenApiDocument,
): { template: string; method: string }[] =>
  Object.entries(document.paths).flatMap(([template, operations]) =>
    Object.keys(operations).map((method) => ({ template, method: method.toUpperCase() })),
  );

/** The value at `keys` inside a parsed JSON value; undefined where there is none. */
export function at(value: unknown, ...keys: string[]): unknown {
  let here = value;
  for (const key of keys) {
    if (!isRecord(here) || !Object.hasOwn(here, key)) return undefined;
    here = here[key];
  }
  return here;
}
