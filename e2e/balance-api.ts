/**
 * Setting the stage for the dashboard tests through the HTTP API: reading a circle and logging
 * (back-dated) acts of care, in the browser context's own cookie jar.
 */
import type { BrowserContext } from 'playwright-core';
import type { Body } from '../packages/web/src/api/typed.ts';
import { apiGet, apiPost } from './api.ts';

export const apiGetCircle = (context: BrowserContext, baseURL: string, circleId: string) =>
  apiGet(context, baseURL, '/api/circles/{circleId}', { circleId });

const DAY_MS = 86_400_000;

/** Logs one act of care `daysAgo` days before now (an hour earlier, so it is never "future"). */
export async function apiLogAct(
  context: BrowserContext,
  baseURL: string,
  circleId: string,
  act: {
    toMemberId: string;
    form: Body<'post', '/api/circles/{circleId}/acts'>['form'];
    daysAgo: number;
    effort?: 1 | 2 | 3;
  },
): Promise<void> {
  const at = new Date(Date.now() - act.daysAgo * DAY_MS - 3_600_000).toISOString();
  await apiPost(
    context,
    baseURL,
    '/api/circles/{circleId}/acts',
    { circleId },
    {
      toMemberId: act.toMemberId,
      form: act.form,
      effort: act.effort ?? 1,
      at,
    },
  );
}
