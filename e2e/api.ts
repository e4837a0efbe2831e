/**
 * Setting the stage through the HTTP API, for tests about something else. Requests go through
 * the browser context's own cookie jar, so the page is signed in afterwards.
 */
import type { BrowserContext } from 'playwright-core';
import { PASSWORD, type Person } from './flows.ts';

async function post<T>(context: BrowserContext, baseURL: string, path: string, data?: unknown) {
  const response = await context.request.post(`${baseURL}${path}`, {
    headers: { origin: baseURL },
    ...(data === undefined ? {} : { data }),
  });
  if (!response.ok()) {
    throw new Error(`POST ${path} answered ${response.status()}: ${await response.text()}`);
  }
  return (await response.json()) as T;
}

export const apiSignUp = (context: BrowserContext, baseURL: string, who: Person) =>
  post<{ id: string }>(context, baseURL, '/api/auth/signup', {
    name: who.name,
    email: who.email,
    password: PASSWORD,
  });

/** Creates a circle; the answer also names the creator's own member id in it. */
export const apiCreateCircle = (
  context: BrowserContext,
  baseURL: string,
  name: string,
  kind: 'couple' | 'family' | 'friends' | 'team' = 'couple',
) => post<{ id: string; myMemberId: string }>(context, baseURL, '/api/circles', { name, kind });

export const apiInvite = (context: BrowserContext, baseURL: string, circleId: string) =>
  post<{ token: string }>(context, baseURL, `/api/circles/${circleId}/invitations`);

/**
 * `context` accepts an invitation (a request to join) and `host`, a member, lets them in.
 * Resolves with the new member's id.
 */
export async function apiAccept(
  context: BrowserContext,
  baseURL: string,
  token: string,
  host: BrowserContext,
): Promise<{ memberId: string }> {
  const asked = await post<{ circleId: string; memberId: string }>(
    context,
    baseURL,
    `/api/invitations/${token}/accept`,
  );
  await post(host, baseURL, `/api/circles/${asked.circleId}/members/${asked.memberId}/admit`);
  return { memberId: asked.memberId };
}
