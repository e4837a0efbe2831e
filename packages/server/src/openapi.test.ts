import { describe, expect, it } from 'vitest';
import { undocumentedResponses, type OpenApiDocument } from './openapi.ts';

const doc = (paths: OpenApiDocument['paths']): OpenApiDocument => ({ openapi: '3.1.0', paths });
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const error = json({ $ref: '#/components/schemas/ApiError' });

describe('undocumentedResponses', () => {
  it('passes routes whose answers all have a schema, and 204s without a body', () => {
    expect(
      undocumentedResponses(
        doc({
          '/api/things': {
            parameters: {} as never,
            get: { responses: { 200: { description: 'Default Response', ...json({}) } } },
            post: { responses: { 201: json({ type: 'object' }), 400: error } },
          },
          '/api/things/{id}': {
            delete: { responses: { 204: { description: 'Default Response' }, 404: error } },
          },
          '/api/things.csv': {
            get: {
              responses: { 200: { content: { 'text/csv': { schema: { type: 'string' } } } } },
            },
          },
          '/api/subscriptions': {
            post: { responses: { 201: { description: 'Saved; the answer has no body.' } } },
          },
        }),
      ),
    ).toEqual([]);
  });

  it('names a route without a response schema, and other answers it cannot type', () => {
    expect(
      undocumentedResponses(
        doc({
          // What @fastify/swagger writes for a route whose schema has no `response`.
          '/api/bare': { get: { responses: { 200: { description: 'Default Response' } } } },
          '/api/only-errors': { post: { responses: { 400: error } } },
          '/api/no-responses': { put: {} },
          '/api/gone/{id}': { delete: { responses: { 204: json({ type: 'null' }) } } },
        }),
      ),
    ).toEqual([
      'GET /api/bare: the 200 answer has no schema',
      'POST /api/only-errors: no successful answer is described',
      'PUT /api/no-responses: no successful answer is described',
      'DELETE /api/gone/{id}: a 204 answer cannot have a body',
    ]);
  });
});
