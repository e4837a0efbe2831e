/** A couple circle of Alex and Sam, set up through the API, for the RECIPRO cycle tests. */
import type { BrowserContext } from 'playwright-core';
import { apiAccept, apiCreateCircle, apiInvite, apiSignUp } from './api.ts';
import { person, type Person } from './flows.ts';

export interface Couple {
  readonly alex: Person;
  readonly sam: Person;
  readonly circleId: string;
  readonly circleName: string;
}

/** Signs Alex up in `a` and Sam in `b`; Alex creates the circle and Sam joins it. */
export async function setUpCouple(
  a: BrowserContext,
  b: BrowserContext,
  baseURL: string,
): Promise<Couple> {
  const alex = person('Alex');
  const sam = person('Sam');
  const circleName = 'Alex & Sam';
  await apiSignUp(a, baseURL, alex);
  await apiSignUp(b, baseURL, sam);
  const { id: circleId } = await apiCreateCircle(a, baseURL, circleName);
  const { token } = await apiInvite(a, baseURL, circleId);
  await apiAccept(b, baseURL, token);
  return { alex, sam, circleId, circleName };
}
