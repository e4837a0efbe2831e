import type { CircleKind } from '@recipro/core';
import type { Instrument, SentInstrument } from '../api-cycle.ts';
import { hasMessage, t } from '../i18n/index.ts';

/**
 * A check-in's questions in the reader's language. The server sends a published questionnaire
 * (the CSI) in its authors' English, which stays so: no validated translation is part of recipro
 * yet (its screen says so, see AnswerForm). recipro's own items come without words (null), and
 * every language words each item, choice and instruction under its id, for the circle's kind
 * where the words differ (the catalogue's area `checkinItems`, i18n/*-checkin-items.ts).
 */
function worded(key: string, kind: CircleKind): string {
  for (const candidate of [`${key}.${kind}`, key]) {
    if (hasMessage(candidate)) return t(candidate);
  }
  // Something newer than this copy of the app: it says so, and how to read it.
  return t('question.newer');
}

/** True when the instrument's questions are shown in English to a reader of another language. */
export const staysInEnglish = (instrument: SentInstrument | Instrument): boolean =>
  instrument.citation !== null;

/** The instrument with its items, choices and instructions in the reader's words. */
export function inReadersWords(instrument: SentInstrument, kind: CircleKind): Instrument {
  const id = instrument.id;
  const text = (sent: string | null, key: string) => sent ?? worded(key, kind);
  return {
    ...instrument,
    items: instrument.items.map((item) => {
      const key = `checkinItem.${id}.${item.id}`;
      return item.kind === 'choice'
        ? {
            ...item,
            text: text(item.text, key),
            options: item.options.map((option, position) => ({
              ...option,
              label: text(option.label, `checkinOption.${id}.${item.id}.${position}`),
            })),
          }
        : {
            ...item,
            left: text(item.left, `${key}.left`),
            right: text(item.right, `${key}.right`),
          };
    }),
    instructions: instrument.instructions.map((instruction, position) => ({
      ...instruction,
      text: text(instruction.text, `checkinInstruction.${id}.${position}`),
    })),
  };
}
