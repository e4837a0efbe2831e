import type { CircleKind } from '@recipro/core';
import type { Instrument } from '../api-cycle.ts';
import { hasMessage, t } from '../i18n/index.ts';

/**
 * recipro's own check-in questions in the reader's language: the server sends an instrument's
 * items in English, worded for the circle's kind; another language words each item, choice and
 * instruction under its id (i18n/*-checkin-items.ts), for that kind where the words differ. A
 * published questionnaire (CSI) keeps its authors' English: no validated translation is part of
 * recipro yet (its screen says so, see AnswerForm).
 */
function worded(key: string, kind: CircleKind, english: string): string {
  for (const candidate of [`${key}.${kind}`, key]) {
    if (hasMessage(candidate)) return t(candidate);
  }
  return english;
}

/** True when the instrument's questions are shown in English to a reader of another language. */
export const staysInEnglish = (instrument: Instrument): boolean =>
  instrument.citation !== null ||
  !instrument.items.every((item) =>
    [`checkinItem.${instrument.id}.${item.id}`, `checkinOption.${instrument.id}.${item.id}.0`].some(
      (key) =>
        hasMessage(key) ||
        ['couple', 'family', 'friends', 'team'].some((kind) => hasMessage(`${key}.${kind}`)),
    ),
  );

/** The instrument with its items, choices and instructions in the reader's language. */
export function inReadersWords(instrument: Instrument, kind: CircleKind): Instrument {
  if (instrument.citation !== null) return instrument;
  const base = `${instrument.id}`;
  return {
    ...instrument,
    items: instrument.items.map((item) => {
      const key = `checkinItem.${base}.${item.id}`;
      return item.kind === 'choice'
        ? {
            ...item,
            text: worded(key, kind, item.text),
            options: item.options.map((option, position) => ({
              ...option,
              label: worded(`checkinOption.${base}.${item.id}.${position}`, kind, option.label),
            })),
          }
        : {
            ...item,
            left: worded(`${key}.left`, kind, item.left),
            right: worded(`${key}.right`, kind, item.right),
          };
    }),
    instructions: instrument.instructions.map((instruction, position) => ({
      ...instruction,
      text: worded(`checkinInstruction.${base}.${position}`, kind, instruction.text),
    })),
  };
}
