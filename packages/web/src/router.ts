/**
 * A tiny client-side router on the History API. The server answers every non-/api path with
 * index.html, so any of these paths can be opened directly.
 */
import { useSyncExternalStore } from 'react';
import { parseCycleRoute, type CycleRoute } from './router/cycle.ts';
import { parseTogetherRoute, type TogetherRoute } from './router/together.ts';
import { parseGuidesRoute, type GuidesRoute } from './router/guides.ts';
import { parseRitualGuideRoute, type RitualGuideRoute } from './router/ritual-guide.ts';
import { parseQuestionRoute, type QuestionRoute } from './router/question.ts';
import { parseReportsRoute, type ReportsRoute } from './router/reports.ts';
import {
  parseAccountRoute,
  parseSignInNotice,
  type AccountRoute,
  type SignInNotice,
} from './router/account.ts';

export type Route =
  | { readonly name: 'home' }
  | {
      readonly name: 'signIn';
      readonly next: string | undefined;
      /** Set when the screen opens after something the person should hear about. */
      readonly notice?: SignInNotice | undefined;
    }
  | { readonly name: 'signUp'; readonly next: string | undefined }
  | { readonly name: 'circle'; readonly circleId: string }
  | { readonly name: 'dashboard'; readonly circleId: string }
  | { readonly name: 'chatImport'; readonly circleId: string }
  | { readonly name: 'invite'; readonly token: string }
  | { readonly name: 'support' }
  | { readonly name: 'updates' }
  | { readonly name: 'firstRun' }
  | { readonly name: 'more' }
  | CycleRoute
  | TogetherRoute
  | QuestionRoute
  | AccountRoute
  | GuidesRoute
  | RitualGuideRoute
  | ReportsRoute
  | { readonly name: 'notFound' };

const CHANGE = 'recipro:navigate';

/** Only same-site paths may be a `next` target: no scheme, no protocol-relative `//host`. */
export function safeNext(value: string | null | undefined): string | undefined {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return undefined;
  }
  return value;
}

export function parseRoute(pathname: string, search: string): Route {
  const next = safeNext(new URLSearchParams(search).get('next'));
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'home' };
  const [first, second] = parts;
  if (parts.length === 1 && first === 'signin') {
    return { name: 'signIn', next, notice: parseSignInNotice(search) };
  }
  if (parts.length === 1 && first === 'signup') return { name: 'signUp', next };
  if (parts.length === 1 && first === 'support') return { name: 'support' };
  if (parts.length === 1 && first === 'updates') return { name: 'updates' };
  if (parts.length === 1 && first === 'start') return { name: 'firstRun' };
  if (parts.length === 1 && first === 'more') return { name: 'more' };
  if (parts.length === 2 && first === 'circles' && second)
    return { name: 'circle', circleId: second };
  if (parts.length === 3 && first === 'circles' && second && parts[2] === 'balance')
    return { name: 'dashboard', circleId: second };
  if (parts.length === 3 && first === 'circles' && second && parts[2] === 'import')
    return { name: 'chatImport', circleId: second };
  if (parts.length === 2 && first === 'invite' && second) return { name: 'invite', token: second };
  const cycle = parseCycleRoute(parts);
  if (cycle) return cycle;
  const together = parseTogetherRoute(parts);
  if (together) return together;
  const question = parseQuestionRoute(parts);
  if (question) return question;
  const account = parseAccountRoute(parts, search);
  if (account) return account;
  const guides = parseGuidesRoute(parts) ?? parseRitualGuideRoute(parts);
  if (guides) return guides;
  const reports = parseReportsRoute(parts);
  if (reports) return reports;
  return { name: 'notFound' };
}

export const paths = {
  home: () => '/',
  circle: (circleId: string) => `/circles/${encodeURIComponent(circleId)}`,
  dashboard: (circleId: string) => `/circles/${encodeURIComponent(circleId)}/balance`,
  chatImport: (circleId: string) => `/circles/${encodeURIComponent(circleId)}/import`,
  signIn: (next?: string) => (next ? `/signin?next=${encodeURIComponent(next)}` : '/signin'),
  signUp: (next?: string) => (next ? `/signup?next=${encodeURIComponent(next)}` : '/signup'),
  support: () => '/support',
  updates: () => '/updates',
  firstRun: () => '/start',
  /** On phones, the destinations that are not in the bottom bar. */
  more: () => '/more',
};

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(CHANGE));
  window.scrollTo(0, 0);
}

/** Calls `onChange` whenever the address changes (before the screens render it). */
export function onLocationChange(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

export const currentLocation = () => `${window.location.pathname}${window.location.search}`;

/** The current path with its query string; re-renders on navigation. */
export function useLocation(): string {
  return useSyncExternalStore(onLocationChange, currentLocation);
}
