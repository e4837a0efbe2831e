/** A couple circle of Alex and Sam, set up through the API, for the RECIPRO cycle tests. */
import type { BrowserContext, Page } from 'playwright-core';
import { apiAccept, apiCreateCircle, apiInvite, apiSignUp } from './api.ts';
import { launchBrowser, newPhoneContext } from './browser.ts';
import { person, type Person } from './flows.ts';
import { startServer, type RunningServer } from './server.ts';

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

/** A running server, a browser, and Alex's and Sam's pages (phone-sized) in their circle. */
export interface CoupleInBrowser {
  readonly server: RunningServer;
  readonly alexPage: Page;
  readonly samPage: Page;
  readonly couple: Couple;
  /** Closes the pages' contexts, the browser and the server. */
  close(): Promise<void>;
}

/** Starts a server and a browser with two contexts, and sets up the couple's circle. */
export async function openCoupleInBrowser(): Promise<CoupleInBrowser> {
  const server = await startServer();
  const browser = await launchBrowser();
  const contexts = [
    await newPhoneContext(browser, server.url),
    await newPhoneContext(browser, server.url),
  ];
  const close = async () => {
    for (const context of contexts) await context.close();
    await browser.close();
    await server.stop();
  };
  const [a, b] = contexts;
  if (!a || !b) throw new Error('two browser contexts expected');
  const couple = await setUpCouple(a, b, server.url);
  return { server, alexPage: await a.newPage(), samPage: await b.newPage(), couple, close };
}
