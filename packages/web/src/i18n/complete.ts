/**
 * Each language's whole catalogue, every area (areas.ts) included, in one object: for the tests
 * that read whole catalogues. The app never imports it: it loads areas with their screens.
 */
import type { Locale } from '@recipro/core';
import { ar } from './ar.ts';
import { arChat } from './ar-chat.ts';
import { arReports } from './ar-reports.ts';
import { arGuideBodies } from './ar-guide-bodies.ts';
import { arInsights } from './ar-insights.ts';
import { arDailyQuestions } from './ar-daily-questions.ts';
import { arPrompts } from './ar-prompts.ts';
import { arCheckinItems } from './ar-checkin-items.ts';
import { arRepairGuide } from './ar-repair-guide.ts';
import { en } from './en.ts';
import { enChat } from './en-chat.ts';
import { enReports } from './en-reports.ts';
import { enGuideBodies } from './en-guide-bodies.ts';
import { enInsights } from './en-insights.ts';
import { enDailyQuestions } from './en-daily-questions.ts';
import { enPrompts } from './en-prompts.ts';
import { enCheckinItems } from './en-checkin-items.ts';
import { enRepairGuide } from './en-repair-guide.ts';
import { es } from './es.ts';
import { esChat } from './es-chat.ts';
import { esReports } from './es-reports.ts';
import { esGuideBodies } from './es-guide-bodies.ts';
import { esInsights } from './es-insights.ts';
import { esDailyQuestions } from './es-daily-questions.ts';
import { esPrompts } from './es-prompts.ts';
import { esCheckinItems } from './es-checkin-items.ts';
import { esRepairGuide } from './es-repair-guide.ts';
import { hi } from './hi.ts';
import { hiChat } from './hi-chat.ts';
import { hiReports } from './hi-reports.ts';
import { hiGuideBodies } from './hi-guide-bodies.ts';
import { hiInsights } from './hi-insights.ts';
import { hiDailyQuestions } from './hi-daily-questions.ts';
import { hiPrompts } from './hi-prompts.ts';
import { hiCheckinItems } from './hi-checkin-items.ts';
import { hiRepairGuide } from './hi-repair-guide.ts';

export const completeCatalogues: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: {
    ...en,
    ...enGuideBodies,
    ...enRepairGuide,
    ...enChat,
    ...enReports,
    ...enInsights,
    ...enDailyQuestions,
    ...enPrompts,
    ...enCheckinItems,
  },
  es: {
    ...es,
    ...esGuideBodies,
    ...esRepairGuide,
    ...esChat,
    ...esInsights,
    ...esDailyQuestions,
    ...esPrompts,
    ...esCheckinItems,
    ...esReports,
  },
  hi: {
    ...hi,
    ...hiGuideBodies,
    ...hiRepairGuide,
    ...hiChat,
    ...hiInsights,
    ...hiDailyQuestions,
    ...hiPrompts,
    ...hiCheckinItems,
    ...hiReports,
  },
  ar: {
    ...ar,
    ...arGuideBodies,
    ...arRepairGuide,
    ...arChat,
    ...arInsights,
    ...arDailyQuestions,
    ...arPrompts,
    ...arCheckinItems,
    ...arReports,
  },
};
