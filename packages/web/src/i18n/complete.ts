/**
 * Each language's whole catalogue, every area (areas.ts) included, in one object: for the tests
 * that read whole catalogues. The app never imports it: it loads areas with their screens.
 */
import { CIRCLE_KINDS, getInstrument, wordedFor, type Locale } from '@recipro/core';
import { ar } from './ar.ts';
import { arChat } from './ar-chat.ts';
import { arGuideBodies } from './ar-guide-bodies.ts';
import { arInsights } from './ar-insights.ts';
import { arDailyQuestions } from './ar-daily-questions.ts';
import { arPrompts } from './ar-prompts.ts';
import { arRepairGuide } from './ar-repair-guide.ts';
import { en } from './en.ts';
import { enChat } from './en-chat.ts';
import { enGuideBodies } from './en-guide-bodies.ts';
import { enInsights } from './en-insights.ts';
import { enDailyQuestions } from './en-daily-questions.ts';
import { enPrompts } from './en-prompts.ts';
import { enRepairGuide } from './en-repair-guide.ts';
import { es } from './es.ts';
import { esChat } from './es-chat.ts';
import { esGuideBodies } from './es-guide-bodies.ts';
import { esInsights } from './es-insights.ts';
import { esDailyQuestions } from './es-daily-questions.ts';
import { esPrompts } from './es-prompts.ts';
import { esRepairGuide } from './es-repair-guide.ts';
import { hi } from './hi.ts';
import { hiChat } from './hi-chat.ts';
import { hiGuideBodies } from './hi-guide-bodies.ts';
import { hiInsights } from './hi-insights.ts';
import { hiDailyQuestions } from './hi-daily-questions.ts';
import { hiPrompts } from './hi-prompts.ts';
import { hiRepairGuide } from './hi-repair-guide.ts';

/**
 * English has no catalogue of recipro's own check-in ("Who carries what?"): each item, choice and instruction by id,
 * for each circle kind where the words differ (cycle/instrument-words.ts).
 */
function checkinEntries(): [string, string][] {
  const byKey = new Map<string, Map<string, string>>();
  const put = (key: string, kind: string, text: string) =>
    byKey.set(key, (byKey.get(key) ?? new Map()).set(kind, text));
  for (const kind of CIRCLE_KINDS) {
    const instrument = wordedFor(getInstrument('reciprocity')!, kind);
    for (const item of instrument.items) {
      const key = `checkinItem.reciprocity.${item.id}`;
      if (item.kind === 'choice') {
        put(key, kind, item.text);
        item.options.forEach((option, n) =>
          put(`checkinOption.reciprocity.${item.id}.${n}`, kind, option.label),
        );
      } else {
        put(`${key}.left`, kind, item.left);
        put(`${key}.right`, kind, item.right);
      }
    }
    instrument.instructions.forEach((instruction, n) =>
      put(`checkinInstruction.reciprocity.${n}`, kind, instruction.text),
    );
  }
  return [...byKey].flatMap(([key, byKind]) =>
    new Set(byKind.values()).size === 1
      ? [[key, [...byKind.values()][0]!] as [string, string]]
      : [...byKind].map(([kind, text]) => [`${key}.${kind}`, text] as [string, string]),
  );
}
const enCheckinItems = Object.fromEntries(checkinEntries());

export const completeCatalogues: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: {
    ...en,
    ...enGuideBodies,
    ...enRepairGuide,
    ...enChat,
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
  },
  hi: {
    ...hi,
    ...hiGuideBodies,
    ...hiRepairGuide,
    ...hiChat,
    ...hiInsights,
    ...hiDailyQuestions,
    ...hiPrompts,
  },
  ar: {
    ...ar,
    ...arGuideBodies,
    ...arRepairGuide,
    ...arChat,
    ...arInsights,
    ...arDailyQuestions,
    ...arPrompts,
  },
};
