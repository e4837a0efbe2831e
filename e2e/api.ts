/**
 * Setting the stage through the HTTP API, for tests about something else. Requests go through
 * the browser context's (or page's) own cookie jar, so the page is signed in afterwards. Each
 * call names a route of the OpenAPI document; its body and answer are typed from the types the
 * web app uses (packages/web/src/api/schema.d.ts).
 */
import type { APIRequestContext, APIResponse, BrowserContext } from 'playwright-core';
import type { components } from '../packages/web/src/api/schema.d.ts';
import { fillPath, type Body, type PathOf, type Reply } from '../packages/web/src/api/typed.ts';
import { PASSWORD, type Person } from './flows.ts';

/** A browser context or a page: anything with its own request context and cookie jar. */
export interface Requester {
  readonly request: APIRequestContext;
}

type Params = Readonly<Record<string, string>>;

/** An error answer, in the one shape every route gives. */
export type ApiErrorBody = components['schemas']['ApiError'];

const bodyOf = async (response: APIResponse): Promise<unknown> => {
  const text = await response.text();
  return text === '' ? undefined : JSON.parse(text);
};

/** POSTs to a route (`path` a template of the document, filled from `params`); its answer. */
export async function apiPost<P extends PathOf<'post'>>(
  who: Requester,
  baseURL: string,
  path: P,
  params: Params = {},
  data?: Body<'post', P>,
): Promise<Reply<'post', P>> {
  const url = `${baseURL}${fillPath(path, params)}`;
  const response = await who.request.post(url, {
    headers: { origin: baseURL },
    ...(data === undefined ? {} : { data }),
  });
  if (!response.ok()) {
    throw new Error(`POST ${url} answered ${response.status()}: ${await response.text()}`);
  }
  // The route's response schema, generated: the one place a reply here is given its type.
  return (await bodyOf(response)) as Reply<'post', P>;
}

/** GETs a route (`path` a template of the document, filled from `params`); its answer. */
export async function apiGet<P extends PathOf<'get'>>(
  who: Requester,
  baseURL: string,
  path: P,
  params: Params = {},
): Promise<Reply<'get', P>> {
  const url = `${baseURL}${fillPath(path, params)}`;
  const response = await who.request.get(url);
  if (!response.ok()) throw new Error(`GET ${url} answered ${response.status()}`);
  return (await bodyOf(response)) as Reply<'get', P>;
}

export const apiSignUp = (context: BrowserContext, baseURL: string, who: Person) =>
  apiPost(
    context,
    baseURL,
    '/api/auth/signup',
    {},
    {
      name: who.name,
      email: who.email,
      password: PASSWORD,
    },
  );

/** Creates a circle; the answer also names the creator's own member id in it. */
export const apiCreateCircle = (
  context: BrowserContext,
  baseURL: string,
  name: string,
  kind: Body<'post', '/api/circles'>['kind'] = 'couple',
) => apiPost(context, baseURL, '/api/circles', {}, { name, kind });

export const apiInvite = (context: BrowserContext, baseURL: string, circleId: string) =>
  apiPost(context, baseURL, '/api/circles/{circleId}/invitations', { circleId });

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
  const asked = await apiPost(context, baseURL, '/api/invitations/{token}/accept', { token });
  await apiPost(host, baseURL, '/api/circles/{circleId}/members/{memberId}/admit', {
    circleId: asked.circleId,
    memberId: asked.memberId,
  });
  return { memberId: asked.memberId };
}
