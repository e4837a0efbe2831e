import { Health, Ready, errors } from '../schemas.ts';
import type { App, AppContext } from '../types.ts';

export function healthRoutes(app: App, { dialect, services }: AppContext): void {
  app.get(
    '/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Is recipro up? (The process answers; the database is not asked.)',
        security: [],
        response: { 200: Health },
      },
    },
    async () => ({ status: 'ok' as const, database: dialect }),
  );

  app.get(
    '/ready',
    {
      schema: {
        tags: ['health'],
        summary:
          'Can this process serve requests? Its database answers and has every migration (503 otherwise).',
        security: [],
        response: { 200: Ready, ...errors(503) },
      },
    },
    async () => services.readiness.ready(),
  );
}
