/**
 * Setting the stage for the dashboard tests through the HTTP API: reading a circle and logging
 * (back-dated) acts of care, in the browser context's own cookie jar.
 */
import type { BrowserContext } from 'playwright-core';

export interface CircleMembers {
  readonly myMemberId: string;
  readonly members: readonly { readonly id: string; readonly name: string }[];
}

export async function apiGetCircle(
  context: BrowserContext,
  baseURL: string,
  circleId: string,
): Promise<CircleMembers> {
  const response = await context.request.get(`${baseURL}/api/circles/${circleId}`);
  if (!response.ok()) throw new Error(`GET circle answered ${response.status()}`);
  return (await response.json()) as CircleMembers;
}

export async function apiGetJson<T>(
  context: BrowserContext,
  baseURL: string,
  path: string,
): Promise<T> {
  const response = await context.request.get(`${baseURL}${path}`);
  if (!response.ok()) throw new Error(`GET ${path} answered ${response.status()}`);
  return (await response.json()) as T;
}

const DAY_MS = 86_400_000;

/** Logs one act of care `daysAgo` days before now (an hour earlier, so it is never "future"). */
export async function apiLogAct(
  context: BrowserContext,
  baseURL: string,
  circleId: string,
  act: { toMemberId: string; form: string; daysAgo: number; effort?: 1 | 2 | 3 },
): Promise<void> {
  const at = new Date(Date.now() - act.daysAgo * DAY_MS - 3_600_000).toISOString();
  const response = await context.request.post(`${baseURL}/api/circles/${circleId}/acts`, {
    headers: { origin: baseURL },
    data: { toMemberId: act.toMemberId, form: act.form, effort: act.effort ?? 1, at },
  });
  if (!response.ok()) {
    throw new Error(`logging an act answered ${response.status()}: ${await response.text()}`);
  }
}
