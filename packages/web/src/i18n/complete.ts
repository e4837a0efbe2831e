/**
 * Each language's whole catalogue, every area (areas.ts) included, in one object: for the tests
 * that read whole catalogues. The app never imports it: it loads areas with their screens.
 */
import { QUESTION_BANK, type Locale } from '@recipro/core';
import { ar } from './ar.ts';
import { arChat } from './ar-chat.ts';
import { arGuideBodies } from './ar-guide-bodies.ts';
import { arRepairGuide } from './ar-repair-guide.ts';
import { en } from './en.ts';
import { enChat } from './en-chat.ts';
import { enGuideBodies } from './en-guide-bodies.ts';
import { enRepairGuide } from './en-repair-guide.ts';
import { es } from './es.ts';
import { esChat } from './es-chat.ts';
import { esGuideBodies } from './es-guide-bodies.ts';
import { esRepairGuide } from './es-repair-guide.ts';
import { hi } from './hi.ts';
import { hiChat } from './hi-chat.ts';
import { hiGuideBodies } from './hi-guide-bodies.ts';
import { hiRepairGuide } from './hi-repair-guide.ts';

/**
 * English has no catalogue of the daily questions: the server sends their English words, which
 * the web shows as they are (question/text.ts); other languages word them under their ids.
 */
const enDailyQuestions = Object.fromEntries(
  QUESTION_BANK.map((question) => [`dailyQuestion.${question.id}`, question.text]),
);

export const completeCatalogues: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: { ...en, ...enGuideBodies, ...enRepairGuide, ...enChat, ...enDailyQuestions },
  es: { ...es, ...esGuideBodies, ...esRepairGuide, ...esChat },
  hi: { ...hi, ...hiGuideBodies, ...hiRepairGuide, ...hiChat },
  ar: { ...ar, ...arGuideBodies, ...arRepairGuide, ...arChat },
};
