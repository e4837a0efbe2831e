/** A couple circle of Alex and Sam, set up through the API, for the RECIPRO cycle tests. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiAccept, apiCreateCircle, apiInvite, apiSignUp } from './api.ts';
import { launchBrowser, newPhoneContext } from './browser.ts';
import { person, type Person } from './flows.ts';
import { startServer, type RunningServer } from './server.ts';

export interface Couple {
  readonly alex: Person;
  readonly sam: Person;
  /** Alex's and Sam's member ids in the circle, for acts of care logged between them. */
  readonly alexId: string;
  readonly samId: string;
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
  const { id: circleId, myMemberId: alexId } = await apiCreateCircle(a, baseURL, circleName);
  const { token } = await apiInvite(a, baseURL, circleId);
  const { memberId: samId } = await apiAccept(b, baseURL, token, a);
  return { alex, sam, alexId, samId, circleId, circleName };
}

/** A running server, a browser, and Alex's and Sam's pages (phone-sized) in their circle. */
export interface CoupleInBrowser {
  readonly server: RunningServer;
  readonly alexPage: Page;
  readonly samPage: Page;
  readonly couple: Couple;
  /** Closes the pages' contexts, the browser and the server. */
  close(): Promise<void>;
}

/**
 * Starts a server (`env` adds settings for it) and a browser with two contexts, and sets up the
 * couple's circle. When any of it fails, it closes what it had opened: the caller then has nothing to close it with.
 */
export async function openCoupleInBrowser(
  env: Record<string, string> = {},
): Promise<CoupleInBrowser> {
  const server = await startServer(env);
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const close = async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server.stop();
  };
  try {
    browser = await launchBrowser();
    const a = await newPhoneContext(browser, server.url);
    contexts.push(a);
    const b = await newPhoneContext(browser, server.url);
    contexts.push(b);
    const couple = await setUpCouple(a, b, server.url);
    return { server, alexPage: await a.newPage(), samPage: await b.newPage(), couple, close };
  } catch (error) {
    await close();
    throw error;
  }
}
