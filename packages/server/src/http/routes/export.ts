import { Type } from 'typebox';
import { actsFileName, exportFileName } from '../../services/export-file-names.ts';
import { requireUser } from '../session.ts';
import { CircleParams, errors } from '../schemas.ts';
import { EXPORT_JSON_SCHEMA, ExportDocument } from '../schemas-export.ts';
import type { App, AppContext } from '../types.ts';

const tags = ['export'];
const SCHEMA_TEXT = JSON.stringify(EXPORT_JSON_SCHEMA);
const attachment = (fileName: string) => `attachment; filename="${fileName}"`;

/** "Own your data": the whole export as JSON, its JSON Schema, and a circle's acts as CSV. */
export function exportRoutes(app: App, { services }: AppContext): void {
  app.get(
    '/me/export',
    {
      schema: {
        tags,
        summary: 'Everything you can see, as one JSON file (format: /api/export.schema.json)',
        // Documented by the export schema; sent as the text the handler makes.
        response: { 200: Type.Unsafe<string>(ExportDocument), ...errors(401) },
      },
    },
    async (request, reply) => {
      const document = await services.exports.document(requireUser(request));
      // Sent as text: what the export holds is exactly what the service read, never trimmed
      // to the schema on the way out (the tests hold the two equal instead).
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', attachment(exportFileName(document.exportedAt)))
        .header('cache-control', 'no-store')
        .send(JSON.stringify(document));
    },
  );

  app.get(
    '/export.schema.json',
    {
      schema: {
        tags,
        summary: 'The JSON Schema of the export file (works signed out)',
        security: [],
        response: {
          200: {
            description: 'A JSON Schema (draft 2020-12) document',
            content: {
              'application/schema+json': {
                schema: Type.Unsafe<string>(Type.Object({}, { additionalProperties: true })),
              },
            },
          },
        },
      },
    },
    async (_request, reply) =>
      reply.type('application/schema+json; charset=utf-8').send(SCHEMA_TEXT),
  );

  app.get(
    '/circles/:circleId/acts.csv',
    {
      schema: {
        tags,
        summary:
          'The acts of care you can see in a circle, as CSV (date,from,to,form,effort,note,noticed_at)',
        params: CircleParams,
        response: {
          200: { description: 'RFC 4180 CSV', content: { 'text/csv': { schema: Type.String() } } },
          ...errors(401, 404),
        },
      },
    },
    async (request, reply) => {
      const file = await services.exports.actsCsv(requireUser(request), request.params.circleId);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', attachment(actsFileName(file.circle, file.exportedAt)))
        .header('cache-control', 'no-store')
        .send(file.csv);
    },
  );
}
