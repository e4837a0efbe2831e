/**
 * The pseudo-locale `en-XA`, for development: every English message with its letters accented
 * and about a third longer, between brackets — "[Ŝîĝñ îñ ·····]". Text cut off by a layout, or
 * shown without going through the catalogue (plain English on an en-XA screen), stands out.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Catalogue } from './index.ts';

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdeghiklnorstuwyzABCDEGHIKLNORSTUWYZ'].map((letter, i) => [
    letter,
    [...'åƀçđéĝĥîķļñöŕšţûŵýžÅƁÇĐÉĜĤÎĶĻÑÖŔŠŢÛŴÝŽ'][i]!,
  ]),
);

const accent = (text: string): string => [...text].map((c) => ACCENTED[c] ?? c).join('');

function pseudoElements(elements: readonly MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: accent(element.value) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([name, option]) => [
          name,
          { ...option, value: pseudoElements(option.value) },
        ]),
      );
      return { ...element, options } as MessageFormatElement;
    }
    return element;
  });
}

/** The length of English text grows by about a third in many languages: so does en-XA's. */
const padding = (message: string): string => '·'.repeat(Math.ceil(message.length / 3));

/** The pseudo-locale's message for one English message: same placeholders, longer, accented. */
export function pseudoMessage(message: string): MessageFormatElement[] {
  return [
    { type: TYPE.literal, value: '[' },
    ...pseudoElements(parse(message, { ignoreTag: true })),
    { type: TYPE.literal, value: ` ${padding(message)}]` },
  ];
}

export const pseudoCatalogue = (english: Readonly<Record<string, string>>): Catalogue =>
  Object.fromEntries(Object.entries(english).map(([key, text]) => [key, pseudoMessage(text)]));
