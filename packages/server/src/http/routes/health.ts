import { Health } from '../schemas.ts';
import type { App, AppContext } from '../types.ts';

export function healthRoutes(app: App, { dialect }: AppContext): void {
  app.get(
    '/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Is recipro up?',
        security: [],
        response: { 200: Health },
      },
    },
    async () => ({ status: 'ok' as const, database: dialect }),
  );
}
