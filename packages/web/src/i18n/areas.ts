/**
 * Parts of the catalogue that only some screens show — the guides' bodies, the repair guide, a
 * chat's import and report, the dashboard's insights, the question a day (the circle's home and
 * the question's screen), recipro's prompts and its own check-in's items (the cycle's screens,
 * a ritual's guide) — load with those screens (Routes.tsx waits for them), not with the first screen's JavaScript (`npm run check:bundle`). Once loaded, an
 * area's messages are part of the current catalogue, and a change of language brings them along
 * in the new one.
 */
import type { Locale } from '@recipro/core';
import { activeLocale, addMessages, type AppLocale, type Catalogue } from './index.ts';

export type Area =
  | 'guideBodies'
  | 'repairGuide'
  | 'chat'
  | 'insights'
  | 'reports'
  | 'dailyQuestions'
  | 'prompts'
  | 'checkinItems';
type Loader = () => Promise<Catalogue>;

const AREAS: Readonly<Record<Area, Readonly<Record<Locale, Loader>>>> = {
  guideBodies: {
    en: () => import('./en-guide-bodies.ts').then((m) => m.enGuideBodies),
    es: () => import('./es-guide-bodies.ts').then((m) => m.esGuideBodies),
    hi: () => import('./hi-guide-bodies.ts').then((m) => m.hiGuideBodies),
    ar: () => import('./ar-guide-bodies.ts').then((m) => m.arGuideBodies),
  },
  repairGuide: {
    en: () => import('./en-repair-guide.ts').then((m) => m.enRepairGuide),
    es: () => import('./es-repair-guide.ts').then((m) => m.esRepairGuide),
    hi: () => import('./hi-repair-guide.ts').then((m) => m.hiRepairGuide),
    ar: () => import('./ar-repair-guide.ts').then((m) => m.arRepairGuide),
  },
  chat: {
    en: () => import('./en-chat.ts').then((m) => m.enChat),
    es: () => import('./es-chat.ts').then((m) => m.esChat),
    hi: () => import('./hi-chat.ts').then((m) => m.hiChat),
    ar: () => import('./ar-chat.ts').then((m) => m.arChat),
  },
  insights: {
    en: () => import('./en-insights.ts').then((m) => m.enInsights),
    es: () => import('./es-insights.ts').then((m) => m.esInsights),
    hi: () => import('./hi-insights.ts').then((m) => m.hiInsights),
    ar: () => import('./ar-insights.ts').then((m) => m.arInsights),
  },
  reports: {
    en: () => import('./en-reports.ts').then((m) => m.enReports),
    es: () => import('./es-reports.ts').then((m) => m.esReports),
    hi: () => import('./hi-reports.ts').then((m) => m.hiReports),
    ar: () => import('./ar-reports.ts').then((m) => m.arReports),
  },
  dailyQuestions: {
    en: () => import('./en-daily-questions.ts').then((m) => m.enDailyQuestions),
    es: () => import('./es-daily-questions.ts').then((m) => m.esDailyQuestions),
    hi: () => import('./hi-daily-questions.ts').then((m) => m.hiDailyQuestions),
    ar: () => import('./ar-daily-questions.ts').then((m) => m.arDailyQuestions),
  },
  prompts: {
    en: () => import('./en-prompts.ts').then((m) => m.enPrompts),
    es: () => import('./es-prompts.ts').then((m) => m.esPrompts),
    hi: () => import('./hi-prompts.ts').then((m) => m.hiPrompts),
    ar: () => import('./ar-prompts.ts').then((m) => m.arPrompts),
  },
  checkinItems: {
    en: () => import('./en-checkin-items.ts').then((m) => m.enCheckinItems),
    es: () => import('./es-checkin-items.ts').then((m) => m.esCheckinItems),
    hi: () => import('./hi-checkin-items.ts').then((m) => m.hiCheckinItems),
    ar: () => import('./ar-checkin-items.ts').then((m) => m.arCheckinItems),
  },
};

/** The areas asked for so far: a change of language loads them again, in the new language. */
const wanted = new Set<Area>();

async function messagesOf(area: Area, locale: AppLocale): Promise<Catalogue> {
  if (locale !== 'en-XA') return AREAS[area][locale]();
  const english = (await AREAS[area].en()) as Readonly<Record<string, string>>;
  return (await import('./pseudo.ts')).pseudoCatalogue(english);
}

/** Loads an area's messages in the current language into the catalogue (once is enough). */
export async function loadArea(area: Area): Promise<void> {
  wanted.add(area);
  const { locale } = activeLocale();
  const messages = await messagesOf(area, locale);
  if (activeLocale().locale === locale) addMessages(messages);
}

/** Every area asked for so far, in `locale`: what a change of language must bring along. */
export async function areasIn(locale: AppLocale): Promise<Catalogue> {
  const parts = await Promise.all([...wanted].map((area) => messagesOf(area, locale)));
  return Object.assign({}, ...parts) as Catalogue;
}
